// Lists the terminals in service, for the start-up banner (and, later, the admin pages).
import type { Db } from './database';

export async function listTerminals(db: Db) {
  return db
    .selectFrom('terminals')
    .innerJoin('offices', 'offices.id', 'terminals.office_id')
    .select(['terminals.id', 'terminals.name', 'terminals.mode', 'offices.name as office_name'])
    .where('terminals.archived_at', 'is', null)
    .orderBy('offices.name')
    .orderBy('terminals.name')
    .execute();
}
