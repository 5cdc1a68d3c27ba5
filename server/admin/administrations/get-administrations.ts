// Reads administrations in the contract's shape: one, or all of them by name.
import type { Administration } from '../../contract/admin';
import type { Db } from '../../store/database';
import { digestVersion } from '../item-version';
import { byCodePoint } from '../../store/text-order';

/** The version of what the rename form edits, as stored: a rename by someone else changes it (save-administration.ts checks it). */
export const versionOfName = (name: string) => digestVersion([name]);

const COLUMNS = ['id', 'name', 'archived_at', 'created_at'] as const;

function toAdministration(r: { id: string; name: string; archived_at: string | null; created_at: string }): Administration {
  return { id: r.id, name: r.name, archivedAt: r.archived_at, createdAt: r.created_at, version: versionOfName(r.name) };
}

export async function getAdministration(db: Db, id: string): Promise<Administration | null> {
  const row = await db.selectFrom('administrations').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? toAdministration(row) : null;
}

/** Archived ones included (they carry archivedAt): their reports stay readable. */
export async function listAdministrations(db: Db): Promise<Administration[]> {
  const rows = await db.selectFrom('administrations').select(COLUMNS).orderBy('name', byCodePoint).orderBy('id', byCodePoint).execute();
  return rows.map(toAdministration);
}
