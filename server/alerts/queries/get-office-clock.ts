// An office's zone, opening hours and holidays (the silence rule counts only open time), or those of the administration's first office.
import type { OpeningHours } from '../../contract/admin';
import { DEFAULT_TIME_ZONE } from '../../admin/offices/save-office';
import { parseOpeningHours } from '../../admin/opening-hours';
import type { Db } from '../../store/database';

export async function getOfficeClock(db: Db, administrationId: string, officeId: string | null): Promise<{ timeZone: string; hours: OpeningHours | null; holidays: Set<string> }> {
  let q = db.selectFrom('offices').select(['time_zone', 'opening_hours', 'holidays']).where('administration_id', '=', administrationId);
  q = officeId ? q.where('id', '=', officeId) : q.orderBy('created_at').orderBy('id');
  const row = await q.limit(1).executeTakeFirst();
  return { timeZone: row?.time_zone ?? DEFAULT_TIME_ZONE, hours: row ? parseOpeningHours(row.opening_hours) : null, holidays: new Set(row ? (JSON.parse(row.holidays) as string[]) : []) };
}
