// Checks people-served figures against the office they are for: known services, real days, not the future, one figure per key.
import { localBucket } from '../aggregates/time-bucket';
import type { PeopleServedEntry } from '../contract/participation';
import type { Problem } from '../http/app-error';
import { dayProblem } from '../reports/period';
import type { Db } from '../store/database';
import type { ServedFigure } from './record-people-served';
import type { NamedService } from './service-lookup';

export interface OfficeForFigures {
  id: string;
  administrationId: string;
  timeZone: string;
  /** When the office, or its administration, was archived: figures are refused then, as every other change is. */
  officeArchivedAt: string | null;
  administrationArchivedAt: string | null;
}

export async function getOfficeForFigures(db: Db, officeId: string): Promise<OfficeForFigures | null> {
  const row = await db
    .selectFrom('offices as o')
    .innerJoin('administrations as a', 'a.id', 'o.administration_id')
    .select(['o.id', 'o.administration_id', 'o.time_zone', 'o.archived_at as office_archived_at', 'a.archived_at as administration_archived_at'])
    .where('o.id', '=', officeId)
    .executeTakeFirst();
  return row
    ? { id: row.id, administrationId: row.administration_id, timeZone: row.time_zone, officeArchivedAt: row.office_archived_at, administrationArchivedAt: row.administration_archived_at }
    : null;
}

/** Every service of the administration, archived ones too: figures of past days may name them. */
export async function serviceIdsOf(db: Db, administrationId: string): Promise<Map<string, NamedService>> {
  const rows = await db.selectFrom('services').select(['id', 'name', 'archived_at']).where('administration_id', '=', administrationId).execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, archived: r.archived_at !== null }]));
}

/**
 * Returns the figures to store, or every problem: `at(i, field)` names where entry i came from
 * (a JSON pointer of the body, or a CSV line), so each problem points at what to fix.
 */
export function checkFigures(
  office: OfficeForFigures,
  services: ReadonlyMap<string, unknown>,
  entries: readonly PeopleServedEntry[],
  now: Date,
  at: (index: number, field: string) => Pick<Problem, 'field' | 'line'>,
): { figures: ServedFigure[]; problems: Problem[] } {
  const today = localBucket(now, office.timeZone).day;
  const problems: Problem[] = [];
  const figures: ServedFigure[] = [];
  const seen = new Map<string, number>();
  entries.forEach((e, i) => {
    const before = problems.length;
    if (!services.has(e.serviceId)) problems.push({ ...at(i, 'serviceId'), reason: (w) => w.servedServiceForeign(e.serviceId) });
    const dayWrong = dayProblem(e.day);
    if (dayWrong) problems.push({ ...at(i, 'day'), reason: dayWrong });
    else if (e.day > today) problems.push({ ...at(i, 'day'), reason: (w) => w.servedDayAhead(e.day, today) });
    const channel = e.channel ?? 'sportello';
    const key = `${e.serviceId}\u0000${channel}\u0000${e.day}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const firstAt = at(first, 'day');
      problems.push({ ...at(i, 'day'), reason: (w) => w.servedTwice(firstAt.line, first + 1) });
    }
    else seen.set(key, i);
    if (problems.length === before) figures.push({ officeId: office.id, serviceId: e.serviceId, channel, day: e.day, served: e.served });
  });
  return { figures, problems };
}
