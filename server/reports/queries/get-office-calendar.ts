// An office's opening hours and holidays: what the heatmap draws and "outside opening hours" means.
import type { OpeningHours } from '../../contract/admin';
import { parseOpeningHours } from '../../admin/opening-hours';
import type { Db } from '../../store/database';

export async function getOfficeCalendar(db: Db, officeId: string): Promise<{ openingHours: OpeningHours; holidays: string[] }> {
  const row = await db.selectFrom('offices').select(['opening_hours', 'holidays']).where('id', '=', officeId).executeTakeFirstOrThrow();
  return { openingHours: parseOpeningHours(row.opening_hours), holidays: JSON.parse(row.holidays) as string[] };
}
