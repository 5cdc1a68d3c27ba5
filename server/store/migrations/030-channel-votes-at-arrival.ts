// Thirtieth schema, data only: the votes of the web widget, the QR codes and the phone page are dated
// by the collector because they are cast on its own pages, at that moment. They were stored with
// time_source 'collector', the mark of a vote re-dated because its terminal's clock was wrong, so every
// report counted each of them among its "re-dated" votes: an office with 500 web ratings read «500
// ridatati dal collettore». They now carry 'arrival' (dated at arrival by design, never re-dated), and
// the re-dated count of the days they fell on loses them. Where retention has already removed a day's
// raw votes the count cannot be told apart any more, and stays as it was.
import type { Kysely, Migration } from 'kysely';

export const channelVotesAtArrival: Migration = {
  async up(db: Kysely<any>) {
    const points = db.selectFrom('channel_points').select('id');
    // Counted votes only: flagged ones never entered arrival_counts (server/aggregates/count-deltas.ts).
    const days = await db
      .selectFrom('votes')
      .select(['office_id', 'day', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('terminal_id', 'in', points)
      .where('time_source', '=', 'collector')
      .where('flag', 'is', null)
      .groupBy(['office_id', 'day'])
      .execute();
    for (const { office_id, day, n } of days) {
      // Such a vote is counted the day it arrives: its arrival row is (day, day, 'collector').
      await db
        .updateTable('arrival_counts')
        .set((eb) => ({ count: eb('count', '-', Number(n)) }))
        .where('office_id', '=', office_id)
        .where('day', '=', day)
        .where('received_day', '=', day)
        .where('time_source', '=', 'collector')
        .execute();
    }
    await db.deleteFrom('arrival_counts').where('count', '<=', 0).execute();
    await db.updateTable('votes').set({ time_source: 'arrival' }).where('terminal_id', 'in', points).where('time_source', '=', 'collector').execute();
  },
};
