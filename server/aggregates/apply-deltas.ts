// Adds count increments to the aggregate tables, inside the transaction that stored the votes.
import type { Transaction } from 'kysely';
import type { Database } from '../store/schema';
import type { CountDeltas } from './count-deltas';

/** Rows per statement: keeps bound parameters far below SQLite's and PostgreSQL's limits. */
const CHUNK = 200;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** Upserts "count = count + delta": correct with several collectors writing at once. */
export async function applyDeltas(trx: Transaction<Database>, deltas: CountDeltas): Promise<void> {
  for (const rows of chunks(deltas.faces)) {
    await trx
      .insertInto('face_counts')
      .values(rows)
      .onConflict((oc) =>
        oc
          .columns(['office_id', 'day', 'hour', 'service_id', 'channel', 'face'])
          .doUpdateSet((eb) => ({ count: eb('face_counts.count', '+', eb.ref('excluded.count')) })),
      )
      .execute();
  }
  for (const rows of chunks(deltas.reasons)) {
    await trx
      .insertInto('reason_counts')
      .values(rows)
      .onConflict((oc) =>
        oc
          .columns(['office_id', 'day', 'service_id', 'channel', 'reason_id'])
          .doUpdateSet((eb) => ({ count: eb('reason_counts.count', '+', eb.ref('excluded.count')) })),
      )
      .execute();
  }
  for (const rows of chunks(deltas.followUps)) {
    await trx
      .insertInto('follow_up_counts')
      .values(rows)
      .onConflict((oc) =>
        oc
          .columns(['office_id', 'day', 'service_id', 'channel', 'follow_up'])
          .doUpdateSet((eb) => ({ count: eb('follow_up_counts.count', '+', eb.ref('excluded.count')) })),
      )
      .execute();
  }
}
