// Reads one office with its administration's name, or every office for the dashboard's picker (archived ones on request).
import type { OfficeSummary } from '../../contract/report';
import type { Db } from '../../store/database';
import { byCodePoint } from '../../store/text-order';

function officeQuery(db: Db) {
  return db
    .selectFrom('offices')
    .innerJoin('administrations', 'administrations.id', 'offices.administration_id')
    .select([
      'offices.id',
      'offices.name',
      'offices.time_zone',
      'offices.archived_at',
      'administrations.id as administration_id',
      'administrations.name as administration_name',
    ]);
}

type OfficeRow = Awaited<ReturnType<ReturnType<typeof officeQuery>['executeTakeFirstOrThrow']>>;

function toSummary(r: OfficeRow): OfficeSummary {
  return { id: r.id, name: r.name, timeZone: r.time_zone, administration: { id: r.administration_id, name: r.administration_name }, ...(r.archived_at ? { archivedAt: r.archived_at } : {}) };
}

export async function getOffice(db: Db, officeId: string): Promise<OfficeSummary | null> {
  const row = await officeQuery(db).where('offices.id', '=', officeId).executeTakeFirst();
  return row ? toSummary(row) : null;
}

/** Offices still open; with `archived`, the archived ones too (they keep their reports), tagged. */
export async function listOffices(db: Db, { archived = false } = {}): Promise<OfficeSummary[]> {
  const rows = await officeQuery(db)
    .$if(!archived, (q) => q.where('offices.archived_at', 'is', null))
    .orderBy('administrations.name', byCodePoint)
    .orderBy('offices.name', byCodePoint)
    .execute();
  return rows.map(toSummary);
}
