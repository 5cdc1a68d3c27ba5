// One live name among an office's terminals: two called alike cannot be told apart on the terminals page, in the list of those needing attention or in the audit log.
import { AppError } from '../../http/app-error';
import type { Db } from '../../store/database';
import { sameName } from '../name-taken';

/**
 * Refuses `name` when another live terminal of the office bears it (letter case and spacing aside, as
 * nameKey compares). Archived terminals free their name; channel points (rows of the same table,
 * named by the collector, listed on the channels page) are another list. `except`: the terminal
 * being renamed. No unique index backs this: installations made before it may hold two terminals
 * called alike, and a migration must not fail on them; they stay until someone renames one.
 * The caller has locked the office's administration first (lock-administration.ts), so two
 * terminals called alike saved at once on PostgreSQL are read one after the other.
 */
export async function refuseTakenTerminalName(db: Db, officeId: string, name: string, except?: string): Promise<void> {
  const rows = await db
    .selectFrom('terminals')
    .select(['id', 'name'])
    .where('office_id', '=', officeId)
    .where('archived_at', 'is', null)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('channel_points').select('channel_points.id').whereRef('channel_points.id', '=', 'terminals.id'))))
    .execute();
  const taken = rows.find((r) => r.id !== except && sameName(r.name, name));
  if (taken) throw new AppError('conflict', (w) => w.terminalNameTaken(taken.name), [{ field: '/name', reason: (w) => w.nameTakenBy() }]);
}
