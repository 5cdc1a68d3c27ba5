// The scales the live terminals of some offices show (and the one each showed before its last change).
import type { Db } from '../../store/database';

export async function getTerminalScales(db: Db, officeIds: readonly string[]): Promise<number[]> {
  if (officeIds.length === 0) return [];
  const rows = await db.selectFrom('terminals').select(['scale', 'previous_scale']).distinct().where('office_id', 'in', [...officeIds]).where('archived_at', 'is', null).execute();
  return [...new Set(rows.flatMap((r) => (r.previous_scale === null ? [Number(r.scale)] : [Number(r.scale), Number(r.previous_scale)])))].sort();
}
