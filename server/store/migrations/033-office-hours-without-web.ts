// Thirty-third schema: an office's hour rollups without the website's ratings. The heatmap and a day's
// hours (tally_office_hour, tally_office_weekhour) are about the hours an office serves people in,
// drawn against its opening hours; a rating on the comune's website is given at any hour, on any day,
// and counted there it reads as a tap on a totem after closing (an evening's ratings would swell the
// votes "outside opening hours"). Ingest now leaves the web channel out of both (count-deltas.ts);
// this takes out what it had added, from the per-face hour rollup, which keeps each vote's channel and
// outlives retention. The report gives the number of web ratings beside the heatmap instead.
import { sql, type Kysely, type Migration } from 'kysely';
import { onPostgres } from '../on-postgres';
import { TALLY_NAMES, tallySums } from './022-totals-rollups';

/** The channel as it was named when this migration was written. */
const WEB = 'web';

export const officeHoursWithoutWeb: Migration = {
  async up(db: Kysely<any>) {
    // Monday = 0, as the heatmap counts weekdays (count-deltas.ts `weekdayOf`).
    const weekday = onPostgres(db) ? sql`((extract(dow from cast(day as date))::integer + 6) % 7)` : sql`((cast(strftime('%w', day) as integer) + 6) % 7)`;
    const minus = (table: string) => sql.join(TALLY_NAMES.map((c) => sql`${sql.ref(c)} = ${sql.table(table)}.${sql.ref(c)} - w.${sql.ref(c)}`));
    const names = sql.join(TALLY_NAMES.map((c) => sql.ref(c)));
    // The web's tallies as a named query with its columns listed: both stores accept that form.
    await sql`with w (office_id, day, hour, ${names}) as (
        select office_id, day, hour, ${tallySums()} from face_counts where channel = ${WEB} group by office_id, day, hour)
      update tally_office_hour set ${minus('tally_office_hour')} from w
      where tally_office_hour.office_id = w.office_id and tally_office_hour.day = w.day and tally_office_hour.hour = w.hour`.execute(db);
    await sql`with w (office_id, month, weekday, hour, ${names}) as (
        select office_id, substr(day, 1, 7), ${weekday}, hour, ${tallySums()} from face_counts where channel = ${WEB} group by office_id, substr(day, 1, 7), ${weekday}, hour)
      update tally_office_weekhour set ${minus('tally_office_weekhour')} from w
      where tally_office_weekhour.office_id = w.office_id and tally_office_weekhour.month = w.month
        and tally_office_weekhour.weekday = w.weekday and tally_office_weekhour.hour = w.hour`.execute(db);
    // Hours that held only web ratings: no row, as ingest would have left them.
    await sql`delete from tally_office_hour where votes = 0`.execute(db);
    await sql`delete from tally_office_weekhour where votes = 0`.execute(db);
  },
};
