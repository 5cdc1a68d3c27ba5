// Subscriptions as stored: create, list (one's own, an administration's), cancel (by a person or by the link);
// changing one is update-subscription.ts.
import { randomUUID } from 'node:crypto';
import type { Frequency, Subscription, UnsubscribeInfo } from '../contract/subscriptions';
import { DEFAULT_DASHBOARD_LANGUAGE, isDashboardLanguage, type DashboardLanguage } from '../contract/languages';
import { recordAudit, type Actor } from '../audit/record-audit';
import { AppError } from '../http/app-error';
import type { Db } from '../store/database';
import { mayReadReport } from './may-read-report';
import { subscriptionDedupePrefix } from './subscription-dedupe';

function query(db: Db) {
  return db
    .selectFrom('subscriptions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('administrations as a', 'a.id', 's.administration_id')
    .leftJoin('offices as o', 'o.id', 's.office_id')
    .select([
      's.id',
      's.user_id',
      'u.name as user_name',
      'u.email',
      's.administration_id',
      'a.name as administration_name',
      's.office_id',
      'o.name as office_name',
      's.frequency',
      's.language',
      's.created_at',
      's.created_by',
      'u.disabled_at',
      'a.archived_at as administration_archived_at',
      'o.archived_at as office_archived_at',
    ])
    .where('s.cancelled_at', 'is', null);
}

type Row = Awaited<ReturnType<ReturnType<typeof query>['execute']>>[number];
const toSubscription = (r: Row): Subscription => ({
  id: r.id,
  userId: r.user_id,
  userName: r.user_name,
  email: r.email,
  administrationId: r.administration_id,
  administrationName: r.administration_name,
  officeId: r.office_id,
  officeName: r.office_name,
  frequency: r.frequency as Frequency,
  language: isDashboardLanguage(r.language) ? r.language : DEFAULT_DASHBOARD_LANGUAGE,
  createdAt: r.created_at,
  createdBy: r.created_by,
  // What send-reports.ts's liveSubscriptions leaves out, named here so the person and the admins see it.
  paused: r.administration_archived_at ? 'administration-archived' : r.office_archived_at ? 'office-archived' : r.disabled_at ? 'person-disabled' : null,
});

/** Paused too when the person may no longer read the report (send-reports.ts skips it then): roles are read per subscription. */
async function withAccess(db: Db, subscriptions: Subscription[]): Promise<Subscription[]> {
  for (const s of subscriptions) {
    if (s.paused === null && !(await mayReadReport(db, s.userId, s.administrationId, s.officeId))) s.paused = 'no-read-access';
  }
  return subscriptions;
}

export async function getSubscription(db: Db, id: string): Promise<Subscription | null> {
  const row = await query(db).where('s.id', '=', id).executeTakeFirst();
  return row ? (await withAccess(db, [toSubscription(row)]))[0]! : null;
}

export async function listUserSubscriptions(db: Db, userId: string): Promise<Subscription[]> {
  return withAccess(db, (await query(db).where('s.user_id', '=', userId).orderBy('s.created_at').orderBy('s.id').execute()).map(toSubscription));
}

/** An administration's subscriptions; with an office, those to that office's report only. */
export async function listAdministrationSubscriptions(db: Db, administrationId: string, officeId?: string): Promise<Subscription[]> {
  let q = query(db).where('s.administration_id', '=', administrationId);
  if (officeId) q = q.where('s.office_id', '=', officeId);
  return withAccess(db, (await q.orderBy('u.name').orderBy('s.created_at').execute()).map(toSubscription));
}

export interface NewSubscription {
  userId: string;
  administrationId: string;
  officeId: string | null;
  frequency: Frequency;
  /** Of the e-mails and their PDF. */
  language: DashboardLanguage;
}

/** Whether the person already receives this report at this frequency (another live subscription than `except`). */
export async function receivesAlready(db: Db, s: Pick<NewSubscription, 'userId' | 'administrationId' | 'officeId' | 'frequency'>, except?: string): Promise<boolean> {
  let same = db
    .selectFrom('subscriptions')
    .select('id')
    .where('user_id', '=', s.userId)
    .where('administration_id', '=', s.administrationId)
    .where('frequency', '=', s.frequency)
    .where('cancelled_at', 'is', null);
  same = s.officeId ? same.where('office_id', '=', s.officeId) : same.where('office_id', 'is', null);
  if (except) same = same.where('id', '!=', except);
  return (await same.executeTakeFirst()) !== undefined;
}

export async function createSubscription(db: Db, input: NewSubscription, actor: Actor, now: Date): Promise<Subscription> {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    // The person's row locked first (store/row-locks.ts): the same subscription sent twice at once on
    // PostgreSQL passed the check below twice, and the person got every e-mail twice.
    await trx.selectFrom('users').select('id').where('id', '=', input.userId).forUpdate().execute();
    if (await receivesAlready(trx, input)) throw new AppError('conflict', (w) => w.receivesAlready);
    await trx
      .insertInto('subscriptions')
      .values({ id, user_id: input.userId, administration_id: input.administrationId, office_id: input.officeId, frequency: input.frequency, language: input.language, created_at: now.toISOString(), created_by: actor.email })
      .execute();
    await recordAudit(
      trx,
      { actor, administrationId: input.administrationId, action: 'subscription.create', targetType: 'subscription', targetId: id, details: { userId: input.userId, officeId: input.officeId, frequency: input.frequency, language: input.language } },
      now,
    );
  });
  return (await getSubscription(db, id))!;
}

/** Cancels a live subscription; `actor` null means the unsubscribe link. Returns false when it was not live. */
export async function cancelSubscription(db: Db, id: string, actor: Actor | null, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    // Locked: a second cancellation at once (two clicks on the link) waits, then finds it cancelled and records nothing.
    const row = await trx.selectFrom('subscriptions').select(['administration_id', 'user_id', 'office_id', 'frequency']).where('id', '=', id).where('cancelled_at', 'is', null).forUpdate().executeTakeFirst();
    if (!row) return false;
    await trx
      .updateTable('subscriptions')
      .set({ cancelled_at: now.toISOString(), cancelled_by: actor?.email ?? 'unsubscribe-link' })
      .where('id', '=', id)
      .execute();
    // "You will receive no more": its reports still waiting in the outbox (a retry after a refusal can
    // wait hours) go with it. One being handed to the mail server this very moment cannot be called back.
    const dropped = await trx.deleteFrom('outbox').where('dedupe_key', 'like', `${subscriptionDedupePrefix(id)}%`).where('status', '=', 'pending').where('claimed_by', 'is', null).executeTakeFirst();
    await recordAudit(
      trx,
      { actor, administrationId: row.administration_id, action: 'subscription.cancel', targetType: 'subscription', targetId: id, details: { userId: row.user_id, officeId: row.office_id, frequency: row.frequency, via: actor ? 'dashboard' : 'unsubscribe-link', unsent: Number(dropped.numDeletedRows) } },
      now,
    );
    return true;
  });
}

/** What an unsubscribe link is about, for the page that asks to confirm. */
export async function unsubscribeInfo(db: Db, id: string): Promise<UnsubscribeInfo | null> {
  const row = await db
    .selectFrom('subscriptions as s')
    .innerJoin('administrations as a', 'a.id', 's.administration_id')
    .leftJoin('offices as o', 'o.id', 's.office_id')
    .select(['s.frequency', 's.cancelled_at', 'a.name as administration_name', 'o.name as office_name'])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  return { frequency: row.frequency as Frequency, report: row.office_name ?? row.administration_name, active: row.cancelled_at === null };
}

/** The office (or administration) whose report a subscription sends, for the access check. */
export async function subscriptionTarget(db: Db, id: string) {
  const row = await db.selectFrom('subscriptions').select(['administration_id', 'office_id']).where('id', '=', id).where('cancelled_at', 'is', null).executeTakeFirst();
  if (!row) return null;
  return row.office_id
    ? ({ kind: 'office', administrationId: row.administration_id, officeId: row.office_id } as const)
    : ({ kind: 'administration', administrationId: row.administration_id } as const);
}
