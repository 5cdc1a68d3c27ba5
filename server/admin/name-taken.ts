// One live name per list: two services (offices, administrations) called alike cannot be told apart on
// the dashboard, in the reports, or by the people-served CSV import, which picks a service by its name;
// two API keys, webhooks or alert rules called alike cannot be told apart in their lists, in the audit
// log, or in the alert e-mails that name their rule.
import { AppError } from '../http/app-error';
import type { NamedKind } from '../http/words/manage-en';
import type { Db } from '../store/database';
import { trimName } from './checks';

/** Letter case and invisible edges aside: «anagrafe» and «Anagrafe\u200B» are the same name. */
/** Names compared as people read them: trimmed, spaces folded, case aside. */
export const nameKey = (name: string) => trimName(name).toLocaleLowerCase('it');
const key = nameKey;

/** Whether two names are the same name for this rule (letter case and invisible edges aside). */
export const sameName = (a: string, b: string) => key(a) === key(b);

type Named = { id: string; name: string };

/**
 * The live items of an administration's list, by what frees a name in it: an archived office or
 * service, a revoked API key, a deleted webhook or alert rule.
 */
const LIVE: Readonly<Record<Exclude<NamedKind, 'administration'>, (db: Db, administrationId: string) => Promise<Named[]>>> = {
  office: (db, a) => db.selectFrom('offices').select(['id', 'name']).where('administration_id', '=', a).where('archived_at', 'is', null).execute(),
  service: (db, a) => db.selectFrom('services').select(['id', 'name']).where('administration_id', '=', a).where('archived_at', 'is', null).execute(),
  'api key': (db, a) => db.selectFrom('api_keys').select(['id', 'name']).where('administration_id', '=', a).where('revoked_at', 'is', null).execute(),
  webhook: (db, a) => db.selectFrom('webhooks').select(['id', 'name']).where('administration_id', '=', a).where('deleted_at', 'is', null).execute(),
  'alert rule': (db, a) => db.selectFrom('alert_rules').select(['id', 'name']).where('administration_id', '=', a).where('deleted_at', 'is', null).execute(),
};

/**
 * Locks every live administration, in one order (by id), until the transaction ends: the lock an
 * administration's name check takes, which a rename takes before reading the administration too.
 */
export async function lockLiveAdministrations(trx: Db): Promise<void> {
  await trx.selectFrom('administrations').select('id').where('archived_at', 'is', null).orderBy('id').forUpdate().execute();
}

/**
 * Refuses `name` when another live item of the same list bears it: an administration among the
 * installation's; an office, a service, an API key, a webhook or an alert rule among its
 * administration's. Archived (revoked, deleted) ones free their name. `except`: the item being renamed.
 */
export async function refuseTakenName(db: Db, what: NamedKind, name: string, administrationId: string | null, except?: string): Promise<void> {
  // Two people saving the same name at once on PostgreSQL: each transaction would read the list
  // before the other's row is committed, and both pass (the second then failed on the id made from
  // the name: a 500; or, for lists with random ids, stored a second item of that name). Locking the
  // list's owner first makes the second wait for the first's commit, and its read below sees that
  // name. db must be the saving transaction; the administration's row is the first it locks
  // (lock-administration.ts). SQLite runs one write transaction at a time already; the lock clause is
  // left out there (store/row-locks.ts).
  // In one order (by id): two transactions locking the same rows in different orders could deadlock.
  if (what === 'administration') await lockLiveAdministrations(db);
  else await db.selectFrom('administrations').select('id').where('id', '=', administrationId!).forUpdate().execute();
  const rows = what === 'administration' ? await db.selectFrom('administrations').select(['id', 'name']).where('archived_at', 'is', null).execute() : await LIVE[what](db, administrationId!);
  const taken = rows.find((r) => r.id !== except && key(r.name) === key(name));
  if (taken) throw new AppError('conflict', (w) => w.nameTaken(what, taken.name), [{ field: '/name', reason: (w) => w.nameTakenBy() }]);
}
