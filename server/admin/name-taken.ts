// One live name per list: two services (offices, administrations) called alike cannot be told apart on
// the dashboard, in the reports, or by the people-served CSV import, which picks a service by its name.
import { AppError } from '../http/app-error';
import type { Archivable } from '../http/words/manage-en';
import type { Db } from '../store/database';
import { trimName } from './checks';

type Named = Exclude<Archivable, 'terminal'>;

/** Letter case and invisible edges aside: «anagrafe» and «Anagrafe\u200B» are the same name. */
const key = (name: string) => trimName(name).toLocaleLowerCase('it');

/**
 * Refuses `name` when another live item of the same list bears it: an administration among the
 * installation's, an office or a service among its administration's. Archived ones free their name.
 * `except`: the item being renamed.
 */
export async function refuseTakenName(db: Db, what: Named, name: string, administrationId: string | null, except?: string): Promise<void> {
  // Two people saving the same name at once on PostgreSQL: each transaction would read the list
  // before the other's row is committed, and both pass (the second then failed on the id made from
  // the name: a 500). Locking the list's owner first makes the second wait for the first's commit,
  // and its read below sees that name. db must be the saving transaction. SQLite runs one write
  // transaction at a time already; the lock clause is left out there (store/row-locks.ts).
  // In one order (by id): two transactions locking the same rows in different orders could deadlock.
  if (what === 'administration') await db.selectFrom('administrations').select('id').where('archived_at', 'is', null).orderBy('id').forUpdate().execute();
  else await db.selectFrom('administrations').select('id').where('id', '=', administrationId!).forUpdate().execute();
  const rows =
    what === 'administration'
      ? await db.selectFrom('administrations').select(['id', 'name']).where('archived_at', 'is', null).execute()
      : await db
          .selectFrom(what === 'office' ? 'offices' : 'services')
          .select(['id', 'name'])
          .where('administration_id', '=', administrationId!)
          .where('archived_at', 'is', null)
          .execute();
  const taken = rows.find((r) => r.id !== except && key(r.name) === key(name));
  if (taken) throw new AppError('conflict', (w) => w.nameTaken(what, taken.name), [{ field: '/name', reason: (w) => w.nameTakenBy(taken.id) }]);
}
