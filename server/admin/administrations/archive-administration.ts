// Archives an administration with its offices and terminals: votes, services and reports stay; terminals stop.
import type { Administration } from '../../contract/admin';
import { recordAudit, type Actor } from '../../audit/record-audit';
import type { Db } from '../../store/database';
import { liveTerminalIds } from '../affected-terminals';
import { getAdministration, versionOfName } from './get-administrations';
import { getLastChange } from '../../audit/get-last-change';
import { refuseStale } from '../item-version';

/**
 * An administration that leaves the consortium must stop taking votes at once, so its offices
 * and terminals are archived with it (same timestamp). Nothing is deleted. Returns the terminals
 * that were live, so they can be told. Archiving twice changes nothing. With `version` (the
 * administration as the list showed it), a rename made meanwhile by someone else refuses it: 409
 * stale, nothing archived.
 */
export async function archiveAdministration(db: Db, id: string, actor: Actor, now: Date, version?: string): Promise<{ administration: Administration; terminalIds: string[] }> {
  const at = now.toISOString();
  const terminalIds = await db.transaction().execute(async (trx) => {
    // Locked (store/row-locks.ts): a second archiving at once waits, then sees the first's and changes nothing.
    const current = await trx.selectFrom('administrations').select(['name', 'archived_at']).where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    if (current.archived_at) return [];
    await refuseStale(version, versionOfName(current.name), 'administration', () => getLastChange(trx, id, 'administration', id, ['administration.create', 'administration.update']));
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
