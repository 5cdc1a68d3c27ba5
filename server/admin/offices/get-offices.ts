// Reads offices in the contract's shape (address, time zone, opening hours, holidays): one, or an administration's.
import type { Office } from '../../contract/admin';
import type { Db } from '../../store/database';
import { digestVersion } from '../item-version';
import { parseOpeningHours } from '../opening-hours';
import { byCodePoint } from '../../store/text-order';

function officeQuery(db: Db) {
  return db.selectFrom('offices').select(['id', 'administration_id', 'name', 'address', 'time_zone', 'opening_hours', 'holidays', 'archived_at']);
}

type OfficeRow = Awaited<ReturnType<ReturnType<typeof officeQuery>['executeTakeFirstOrThrow']>>;

function toOffice(r: OfficeRow): Office {
  return {
    id: r.id,
    administrationId: r.administration_id,
    name: r.name,
    address: r.address,
    timeZone: r.time_zone,
    openingHours: parseOpeningHours(r.opening_hours),
    holidays: JSON.parse(r.holidays) as string[],
    archivedAt: r.archived_at,
    // What the office form edits, as stored: a change by someone else changes it (save-office.ts checks it).
    version: digestVersion([r.name, r.address, r.time_zone, r.opening_hours, r.holidays]),
  };
}

export async function getOfficeDetails(db: Db, officeId: string): Promise<Office | null> {
  const row = await officeQuery(db).where('id', '=', officeId).executeTakeFirst();
  return row ? toOffice(row) : null;
}

/** Archived ones included (they carry archivedAt), by name. */
export async function listAdministrationOffices(db: Db, administrationId: string): Promise<Office[]> {
  const rows = await officeQuery(db).where('administration_id', '=', administrationId).orderBy('name', byCodePoint).orderBy('id', byCodePoint).execute();
  return rows.map(toOffice);
}
