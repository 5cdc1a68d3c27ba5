// Ages the terminals' stored heartbeats, as if time had gone by on the clock they are judged by: on
// PostgreSQL the database's (server/store/shared-clock.ts), which a test cannot move.
import type { Store } from '../../../server/store/database';

export async function ageHeartbeats(c: { store: Store }, ms: number): Promise<void> {
  for (const row of await c.store.db.selectFrom('terminal_status').select(['terminal_id', 'reported_at']).execute()) {
    const reportedAt = new Date(Date.parse(row.reported_at) - ms).toISOString();
    await c.store.db.updateTable('terminal_status').set({ reported_at: reportedAt }).where('terminal_id', '=', row.terminal_id).execute();
  }
}
