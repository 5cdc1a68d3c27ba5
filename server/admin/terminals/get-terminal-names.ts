// Reads the names of several terminals at once, with the place each belongs to (for the reader's scope).
import type { Db } from '../../store/database';
import { byCodePoint } from '../../store/text-order';

/** The terminals among `ids` (archived too; not channel points, as GET /terminals/:id), with their office and administration. */
export async function getTerminalNames(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('terminals')
    .innerJoin('offices', 'offices.id', 'terminals.office_id')
    .select(['terminals.id', 'terminals.name', 'terminals.office_id', 'offices.administration_id'])
    .where('terminals.id', 'in', [...ids])
    // A channel point's terminal row is not a terminal (targets.ts's terminalTarget leaves it out too).
    .where((eb) => eb.not(eb.exists(eb.selectFrom('channel_points').select('channel_points.id').whereRef('channel_points.id', '=', 'terminals.id'))))
    .orderBy('terminals.id', byCodePoint)
    .execute();
}
