// Thirty-eighth schema: an office's hour rollups without the QR codes' votes. A QR code is handed out
// at the counter and the citizen votes on their own phone, in the corridor or at home in the evening:
// counted in the heatmap and a day's hours (tally_office_hour, tally_office_weekhour), an evening's
// votes read as taps on a terminal after closing and swelled the votes "outside opening hours".
// Ingest now leaves them out of both (contract/channels.ts `inOfficeHours`, count-deltas.ts); this
// takes out what it had added. Unlike the website's ratings (migration 033) they share the channel
// sportello with the counters' votes, so the per-face hour rollup cannot tell them apart: they are
// found among the stored votes, by their QR point. Votes that retention (RETENTION_DAYS) had already
// removed cannot be found, and stay in the hours they were counted in.
import { sql, type Kysely, type Migration } from 'kysely';
import { onPostgres } from '../on-postgres';
import { TALLY_NAMES, tallySums } from './022-totals-rollups';

/** The channel point kind as it was named when this migration was written. */
const QR = 'qr';

export const officeHoursWithoutQr: Migration = {
  async up(db: Kysely<any>) {
    // Monday = 0, as the heatmap counts weekdays (count-deltas.ts `weekdayOf`).
    const weekday = onPostgres(db) ? sql`((extract(dow from cast(day as date))::integer + 6) % 7)` : sql`((cast(strftime('%w', day) as integer) + 6) % 7)`;
    const minus = (table: string) => sql.join(TALLY_NAMES.map((c) => sql`${sql.ref(c)} = ${sql.table(table)}.${sql.ref(c)} - q.${sql.ref(c)}`));
    const names = sql.join(TALLY_NAMES.map((c) => sql.ref(c)));
    // The QR votes counted in the figures (a flagged one never was), one row per scale and face, as
    // tallySums reads the per-face rollup.
    const faces = sql`(select office_id, day, hour, scale, face, count(*) as count from votes
        where flag is null and terminal_id in (select id from channel_points where kind = ${QR})
        group by office_id, day, hour, scale, face) v`;
    await sql`with q (office_id, day, hour, ${names}) as (
        select office_id, day, hour, ${tallySums()} from ${faces} group by office_id, day, hour)
      update tally_office_hour set ${minus('tally_office_hour')} from q
      where tally_office_hour.office_id = q.office_id and tally_office_hour.day = q.day and tally_office_hour.hour = q.hour`.execute(db);
    await sql`with q (office_id, month, weekday, hour, ${names}) as (
        select office_id, substr(day, 1, 7), ${weekday}, hour, ${tallySums()} from ${faces} group by office_id, substr(day, 1, 7), ${weekday}, hour)
      update tally_office_weekhour set ${minus('tally_office_weekhour')} from q
      where tally_office_weekhour.office_id = q.office_id and tally_office_weekhour.month = q.month
        and tally_office_weekhour.weekday = q.weekday and tally_office_weekhour.hour = q.hour`.execute(db);
    // Hours that held only QR votes: no row, as ingest would have left them.
    await sql`delete from tally_office_hour where votes = 0`.execute(db);
    await sql`delete from tally_office_weekhour where votes = 0`.execute(db);
  },
};
