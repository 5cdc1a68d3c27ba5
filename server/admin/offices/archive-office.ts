// Archives an office and its terminals: its votes and reports stay, its terminals stop taking votes.
import type { Office } from '../../contract/admin';
import { recordAudit, type Actor } from '../../audit/record-audit';
import type { Db } from '../../store/database';
import { liveTerminalIds } from '../affected-terminals';
import { lockAdministrationOfOffice } from '../lock-administration';
import { getOfficeDetails } from './get-offices';
import { getLastChange } from '../../audit/get-last-change';
import { refuseStale } from '../item-version';

/**
 * The terminals go with it (same timestamp) so that no list shows a live terminal in a closed
 * office; their tokens stop working either way (findTerminalByToken). Returns the terminals that
 * were live, to be told. Archiving twice changes nothing. With `version` (the office as the list
 * showed it), a change made meanwhile by someone else refuses it: 409 stale, nothing archived.
 */
export async function archiveOffice(db: Db, officeId: string, actor: Actor, now: Date, version?: string): Promise<{ office: Office; terminalIds: string[] }> {
  const at = now.toISOString();
  const terminalIds = await db.transaction().execute(async (trx) => {
    await lockAdministrationOfOffice(trx, officeId);
    const current = await trx.selectFrom('offices').select(['administration_id', 'archived_at']).where('id', '=', officeId).executeTakeFirstOrThrow();
    if (current.archived_at) return [];
    // Read under the administration's lock, as the office form's save does (save-office.ts).
    const stored = (await getOfficeDetails(trx, officeId))!;
    await refuseStale(version, stored.version!, 'office', () => getLastChange(trx, current.administration_id, 'office', officeId, ['office.create', 'office.update']));
    const terminals = await liveTerminalIds(trx, { officeId });
    await trx.updateTable('offices').set({ archived_at: at }).where('id', '=', officeId).execute();
    if (terminals.length) await trx.updateTable('terminals').set({ archived_at: at }).where('id', 'in', terminals).execute();
    await recordAudit(trx, { actor, administrationId: current.administration_id, action: 'office.archive', targetType: 'office', targetId: officeId, details: { terminals } }, now);
    return terminals;
  });
  return { office: (await getOfficeDetails(db, officeId))!, terminalIds };
}
