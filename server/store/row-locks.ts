// SQLite has no row locks, and needs none: one connection, and one writer at a time for the whole file.
import { OperationNodeTransformer, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type SelectQueryNode, type UnknownRow } from 'kysely';

const LOCKS = new Set(['ForUpdate', 'ForNoKeyUpdate', 'ForShare', 'ForKeyShare', 'NoWait', 'SkipLocked']);

class DropRowLocks extends OperationNodeTransformer {
  protected override transformSelectQuery(node: SelectQueryNode): SelectQueryNode {
    const out = super.transformSelectQuery(node);
    return out.endModifiers ? Object.freeze({ ...out, endModifiers: out.endModifiers.filter((m) => !m.modifier || !LOCKS.has(m.modifier)) }) : out;
  }
}

/** Whether a select anywhere in the tree (a subquery too) ends with a lock clause; reads the nodes, copies nothing. */
function hasRowLock(node: object): boolean {
  const n = node as { kind?: string; endModifiers?: readonly { modifier?: string }[] };
  if (n.kind === 'SelectQueryNode' && n.endModifiers?.some((m) => m.modifier !== undefined && LOCKS.has(m.modifier))) return true;
  // for...in rather than Object.values: no array per node (this runs for every query).
  for (const key in node) {
    const value = (node as Record<string, unknown>)[key];
    if (typeof value === 'object' && value !== null && hasRowLock(value)) return true;
  }
  return false;
}

/**
 * Queries lock the rows they read with `.forUpdate()` where PostgreSQL's concurrent
 * transactions need it (server/participation/record-people-served.ts); on SQLite, where every
 * write transaction already runs alone, this plugin leaves the clause out.
 */
export class WithoutRowLocks implements KyselyPlugin {
  readonly #transformer = new DropRowLocks();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    // Only a query that locks is rebuilt: the transformer copies every node of the tree, and an
    // office report's thirty queries paid that for nothing (issue 6, docs/performance.md).
    return hasRowLock(args.node) ? this.#transformer.transformNode(args.node) : args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
