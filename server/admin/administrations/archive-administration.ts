// Archives an administration with its offices and terminals: votes, services and reports stay; terminals stop.
import type { Administration } from '../../contract/admin';
import { recordAudit, type Actor } from '../../audit/record-audit';
import type { Db } from '../../store/database';
import { liveTerminalIds } from '../affected-terminals';
import { getAdministration } from './get-administrations';

/**
 * An administration that leaves the consortium must stop taking votes at once, so its offices
 * and terminals are archived with it (same timestamp). Nothing is deleted. Returns the terminals
 * that were live, so they can be told. Archiving twice changes nothing.
 */
export async function archiveAdministration(db: Db, id: string, actor: Actor, now: Date): Promise<{ administration: Administration; terminalIds: string[] }> {
  const at = now.toISOString();
  const terminalIds = await db.transaction().execute(async (trx) => {
    // Locked (store/row-locks.ts): a second archiving at once waits, then sees the first's and changes nothing.
    const current = await trx.selectFrom('administrations').select('archived_at').where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    if (current.archived_at) return [];
    const terminals = await liveTerminalIds(trx, { administrationId: id });
    const offices = await trx.selectFrom('offices').select('id').where('administration_id', '=', id).where('archived_at', 'is', null).execute();
    await trx.updateTable('administrations').set({ archived_at: at }).where('id', '=', id).execute();
    if (terminals.length) await trx.updateTable('terminals').set({ archived_at: at }).where('id', 'in', terminals).execute();
    if (offices.length) await trx.updateTable('offices').set({ archived_at: at }).where('id', 'in', offices.map((o) => o.id)).execute();
    await recordAudit(
      trx,
      { actor, administrationId: id, action: 'administration.archive', targetType: 'administration', targetId: id, details: { offices: offices.map((o) => o.id), terminals } },
      now,
    );
    return terminals;
  });
  return { administration: (await getAdministration(db, id))!, terminalIds };
}
