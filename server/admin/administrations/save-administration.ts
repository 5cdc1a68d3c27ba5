// Creates an administration (with the national programme's default reasons) or renames one, with its audit entry.
import type { Administration } from '../../contract/admin';
import { DEFAULT_REASONS, defaultReasonTranslationRows } from '../../contract/quality';
import { recordAudit, type Actor } from '../../audit/record-audit';
import type { Db } from '../../store/database';
import { liveTerminalIds } from '../affected-terminals';
import { refuseArchived } from '../checks';
import { getLastChange } from '../../audit/get-last-change';
import { refuseStale } from '../item-version';
import { newId } from '../new-id';
import { getAdministration, versionOfName } from './get-administrations';
import { lockLiveAdministrations, refuseTakenName } from '../name-taken';

export async function createAdministration(db: Db, name: string, actor: Actor, now: Date): Promise<Administration> {
  const at = now.toISOString();
  const id = await db.transaction().execute(async (trx) => {
    await refuseTakenName(trx, 'administration', name, null);
    const id = await newId(null, name, async (c) => !!(await trx.selectFrom('administrations').select('id').where('id', '=', c).executeTakeFirst()));
    await trx.insertInto('administrations').values({ id, name, created_at: at }).execute();
    // Every administration starts with the programme's reasons, as the demo one does; it can change them.
    await trx
      .insertInto('reasons')
      .values(DEFAULT_REASONS.map((r, position) => ({ id: `${id}-${r.code}`, administration_id: id, ...r, position, archived_at: null })))
      .execute();
    await trx.insertInto('reason_translations').values(defaultReasonTranslationRows(id)).execute();
    await recordAudit(trx, { actor, administrationId: id, action: 'administration.create', targetType: 'administration', targetId: id, details: { name } }, now);
    return id;
  });
  return (await getAdministration(db, id))!;
}

/**
 * Returns the terminals whose configuration shows the name. With `version` (the administration as the
 * person read it), a rename made meanwhile by someone else refuses it: 409 stale, nothing stored.
 */
export async function renameAdministration(db: Db, id: string, name: string, actor: Actor, now: Date, version?: string): Promise<{ administration: Administration; terminalIds: string[] }> {
  await db.transaction().execute(async (trx) => {
    // The name check's lock first: every live administration, this one too, in one order, so an archiving
    // under way finishes before the read below, which then refuses. Locking this row alone first would
    // deadlock two renames.
    await lockLiveAdministrations(trx);
    const current = await trx.selectFrom('administrations').select(['name', 'archived_at']).where('id', '=', id).executeTakeFirstOrThrow();
    refuseArchived(current, 'administration');
    // Read under that lock: no other rename can land between this check and the write. The version
    // before the name: a rename from an older copy hears that someone renamed it meanwhile (who, when),
    // not only that the name it typed is taken.
    await refuseStale(version, versionOfName(current.name), 'administration', () => getLastChange(trx, id, 'administration', id, ['administration.create', 'administration.update']));
    await refuseTakenName(trx, 'administration', name, null, id);
    await trx.updateTable('administrations').set({ name }).where('id', '=', id).execute();
    await recordAudit(trx, { actor, administrationId: id, action: 'administration.update', targetType: 'administration', targetId: id, details: { name, previousName: current.name } }, now);
  });
  return { administration: (await getAdministration(db, id))!, terminalIds: await liveTerminalIds(db, { administrationId: id }) };
}
