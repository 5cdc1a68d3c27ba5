// Creates or updates an office, with its audit entry; archived offices and administrations are not changed.
import type { Office } from '../../contract/admin';
import { recordAudit, type Actor } from '../../audit/record-audit';
import type { Db } from '../../store/database';
import { liveTerminalIds } from '../affected-terminals';
import { lockAdministration, lockAdministrationOfOffice } from '../lock-administration';
import { refuseArchived } from '../checks';
import { getLastChange } from '../../audit/get-last-change';
import { refuseStale } from '../item-version';
import { newId } from '../new-id';
import { normaliseOpeningHours } from '../opening-hours';
import { getOfficeDetails } from './get-offices';
import { officeColumns, type OfficeFieldsInput } from './office-input';
import { refuseTakenName } from '../name-taken';

/** A new office's zone when none is given: the installation serves Italian public offices. */
export const DEFAULT_TIME_ZONE = 'Europe/Rome';

export async function createOffice(db: Db, administrationId: string, fields: OfficeFieldsInput & { name: string }, actor: Actor, now: Date): Promise<Office> {
  const id = await db.transaction().execute(async (trx) => {
    const administration = await lockAdministration(trx, administrationId);
    refuseArchived(administration, 'administration');
    await refuseTakenName(trx, 'office', fields.name, administrationId);
    const id = await newId(administrationId, fields.name, async (c) => !!(await trx.selectFrom('offices').select('id').where('id', '=', c).executeTakeFirst()));
    const complete = {
      address: '',
      timeZone: DEFAULT_TIME_ZONE,
      openingHours: normaliseOpeningHours({}),
      holidays: [],
      ...fields,
    };
    await trx
      .insertInto('offices')
      .values({ id, administration_id: administrationId, name: complete.name, time_zone: complete.timeZone, archived_at: null, created_at: now.toISOString(), ...officeColumns(complete) })
      .execute();
    await recordAudit(trx, { actor, administrationId, action: 'office.create', targetType: 'office', targetId: id, details: complete }, now);
    return id;
  });
  return (await getOfficeDetails(db, id))!;
}

/**
 * Returns the office and, when its name or time zone changed, the terminals that show them. With
 * `version` (the office as the person read it), a change made meanwhile by someone else refuses it:
 * 409 stale, nothing stored.
 */
export async function updateOffice(db: Db, officeId: string, fields: OfficeFieldsInput, actor: Actor, now: Date, version?: string): Promise<{ office: Office; terminalIds: string[] }> {
  await db.transaction().execute(async (trx) => {
    await lockAdministrationOfOffice(trx, officeId);
    const current = await trx.selectFrom('offices').select(['administration_id', 'archived_at']).where('id', '=', officeId).executeTakeFirstOrThrow();
    refuseArchived(current, 'office');
    // Read under the administration's lock: no other change of the office can land between this check and the write.
    const stored = (await getOfficeDetails(trx, officeId))!;
    await refuseStale(version, stored.version!, 'office', () => getLastChange(trx, current.administration_id, 'office', officeId, ['office.create', 'office.update']));
    if (fields.name !== undefined) await refuseTakenName(trx, 'office', fields.name, current.administration_id, officeId);
    const columns = officeColumns(fields);
    if (Object.keys(columns).length === 0) return;
    await trx.updateTable('offices').set(columns).where('id', '=', officeId).execute();
    await recordAudit(trx, { actor, administrationId: current.administration_id, action: 'office.update', targetType: 'office', targetId: officeId, details: { ...fields } }, now);
  });
  const shown = fields.name !== undefined || fields.timeZone !== undefined;
  return { office: (await getOfficeDetails(db, officeId))!, terminalIds: shown ? await liveTerminalIds(db, { officeId }) : [] };
}
