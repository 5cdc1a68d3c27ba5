// SQLite has no row locks, and needs none: one connection, and one writer at a time for the whole file.
import { OperationNodeTransformer, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type SelectQueryNode, type UnknownRow } from 'kysely';

const LOCKS = new Set(['ForUpdate', 'ForNoKeyUpdate', 'ForShare', 'ForKeyShare', 'NoWait', 'SkipLocked']);

class DropRowLocks extends OperationNodeTransformer {
  protected override transformSelectQuery(node: SelectQueryNode): SelectQueryNode {
    const out = super.transformSelectQuery(node);
    return out.endModifiers ? Object.freeze({ ...out, endModifiers: out.endModifiers.filter((m) => !m.modifier || !LOCKS.has(m.modifier)) }) : out;
  }
}

/**
 * Queries lock the rows they read with `.forUpdate()` where PostgreSQL's concurrent
 * transactions need it (server/participation/record-people-served.ts); on SQLite, where every
 * write transaction already runs alone, this plugin leaves the clause out.
 */
export class WithoutRowLocks implements KyselyPlugin {
  readonly #transformer = new DropRowLocks();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
