// Sends what the outbox holds: each due message claimed by one process, sent, then marked sent,
// rescheduled with backoff, or (after the last attempt) failed and reported to the administration.
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { recordAudit } from '../audit/record-audit';
import { PROCESS_ID } from '../jobs/lease';
import type { WebhookPrivateNetworks } from '../config';
import type { Db } from '../store/database';
import { retryDelayMs } from './backoff';
import { recipientRefusal, refusalText } from './recipient-refused';
import { isPermanentMailError, type MailSender } from './mail-transport';
import type { EmailPayload, WebhookPayload } from './outbox';
import { sendWebhook } from './send-webhook';
import { ForbiddenAddressError, webhookNetwork } from './webhook-address';

/** A claim outlives the slowest attempt (SMTP's 30 s socket timeout) with room to spare. */
const CLAIM_MS = 2 * 60_000;
const BATCH = 50;

export interface OutboxRun {
  sent: number;
  retrying: number;
  failed: number;
}

export interface Outbox {
  /** Sends every message due at `now`; runs one at a time per process. */
  deliverDue(now: Date): Promise<OutboxRun>;
  /** Soon, without waiting for the next tick of the job (a message was just queued). */
  kick(): void;
  close(): Promise<void>;
}

export interface OutboxDeps {
  db: Db;
  /** null: e-mail is off (SMTP_URL unset); queued e-mails fail with that reason. */
  mail: MailSender | null;
  log: FastifyBaseLogger;
  now: () => Date;
  /** false: kick() does nothing and messages go at the job's ticks only (tests drive them). */
  live: boolean;
  /** Which private or local addresses webhook calls may reach (WEBHOOK_PRIVATE_NETWORKS); deny when not given. */
  webhookPrivateNetworks?: WebhookPrivateNetworks;
  /** How long a claim lasts before it is renewed (tests shorten it); CLAIM_MS otherwise. */
  claimMs?: number;
}

class FinalFailure extends Error {}

const laterOf = (a: Date, b: Date) => (b.getTime() > a.getTime() ? b : a);

/**
 * An alert's close waits for its open: a receiver down when the alert opened gets `alert.opened`
 * at a retry, and a close sent before it would leave the ticket that call opens for ever. Answers
 * when the open is next tried, or null when it is not waiting (sent, given up, or none).
 */
async function openStillWaiting(db: Db, row: { source: string; kind: string; dedupe_key: string }): Promise<string | null> {
  if (row.source !== 'alert' || row.kind !== 'webhook' || !row.dedupe_key.endsWith(':alert.closed')) return null;
  const open = await db
    .selectFrom('outbox')
    .select('next_attempt_at')
    .where('dedupe_key', '=', `${row.dedupe_key.slice(0, -':alert.closed'.length)}:alert.opened`)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return open?.next_attempt_at ?? null;
}

export function createOutbox({ db, mail, log, now, live, webhookPrivateNetworks = 'deny', claimMs = CLAIM_MS }: OutboxDeps): Outbox {
  const network = webhookNetwork(webhookPrivateNetworks);
  // Claims name this outbox, not only the process: tests run two collectors in one process.
  const holder = `${PROCESS_ID}:${randomUUID().slice(0, 8)}`;
  let running: Promise<OutboxRun> | null = null;
  let again = false;
  let closed = false;

  /**
   * Keeps a claim alive while its message is being sent: a slow relay (30 s a step) or a paused
   * process could outlast the claim, and another collector would take the message and send it again.
   */
  function keepClaimed(id: string): () => void {
    const timer = setInterval(() => {
      void db
        .updateTable('outbox')
        .set({ claimed_until: new Date(now().getTime() + claimMs).toISOString() })
        .where('id', '=', id)
        .where('claimed_by', '=', holder)
        .execute()
        .catch((err: unknown) => log.warn({ err, delivery: id }, 'delivery claim not renewed'));
    }, claimMs / 4);
    timer.unref?.();
    return () => clearInterval(timer);
  }

  async function attempt(id: string, at: Date): Promise<keyof OutboxRun | null> {
    const claimed = await db
      .updateTable('outbox')
      .set({ claimed_by: holder, claimed_until: new Date(at.getTime() + claimMs).toISOString() })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', at.toISOString())]))
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return null; // another process has it
    const row = await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const openAt = await openStillWaiting(db, row);
    if (openAt !== null) {
      // Not an attempt: put back just after the open's next try, no attempt counted.
      const after = new Date(Math.max(Date.parse(openAt), at.getTime()) + 1000).toISOString();
      await db.updateTable('outbox').set({ next_attempt_at: after, claimed_by: null, claimed_until: null }).where('id', '=', id).where('claimed_by', '=', holder).execute();
      return 'retrying';
    }
    const attempts = Number(row.attempts) + 1;
    const release = keepClaimed(id);
    try {
      if (row.kind === 'email') {
        if (!mail) throw new FinalFailure('E-mail is off on this collector (SMTP_URL is not set): set SMTP_URL and MAIL_FROM, restart, then retry.');
        const refused = await recipientRefusal(db, row);
        if (refused) throw new FinalFailure(refusalText(refused, row));
        await mail.send(JSON.parse(row.payload) as EmailPayload).catch((err: unknown) => {
          throw isPermanentMailError(err) ? new FinalFailure(`the mail server refused it: ${(err as Error).message}`) : err;
        });
      } else {
        const hook = row.webhook_id ? await db.selectFrom('webhooks').select(['secret', 'deleted_at']).where('id', '=', row.webhook_id).executeTakeFirst() : undefined;
        if (!hook || hook.deleted_at) throw new FinalFailure('the webhook was deleted before this call could be made');
        // A forbidden address stays forbidden at the next attempt: failed at once, the admin told why.
        await sendWebhook(row.recipient, hook.secret, JSON.parse(row.payload) as WebhookPayload, row.id, at, network).catch((err: unknown) => {
          throw err instanceof ForbiddenAddressError ? new FinalFailure(err.message) : err;
        });
      }
    } catch (err) {
      release();
      const message = (err instanceof Error ? err.message : String(err)).slice(0, 500);
      const delay = err instanceof FinalFailure ? null : retryDelayMs(attempts);
      if (delay !== null) {
        await db
          .updateTable('outbox')
          .set({ attempts, last_error: message, next_attempt_at: new Date(at.getTime() + delay).toISOString(), claimed_by: null, claimed_until: null })
          .where('id', '=', id)
          .where('claimed_by', '=', holder)
          .execute();
        log.warn({ delivery: id, kind: row.kind, attempts, err: message }, 'delivery failed; it will be tried again');
        return 'retrying';
      }
      // Given up: the message stays, marked failed, and the administration's admins see it on the
      // dashboard (deliveries) and in the audit log, where they can send it again once fixed.
      await db.transaction().execute(async (trx) => {
        const done = await trx
          .updateTable('outbox')
          .set({ status: 'failed', attempts, last_error: message, failed_at: at.toISOString(), claimed_by: null, claimed_until: null })
          .where('id', '=', id)
          .where('claimed_by', '=', holder)
          .executeTakeFirst();
        if (Number(done.numUpdatedRows) !== 1) return;
        await recordAudit(
          trx,
          {
            actor: null,
            administrationId: row.administration_id,
            action: 'delivery.fail',
            targetType: 'delivery',
            targetId: id,
            details: { kind: row.kind, source: row.source, recipient: row.recipient, subject: row.subject, attempts, error: message },
          },
          at,
        );
      });
      log.error({ delivery: id, kind: row.kind, recipient: row.recipient, attempts, err: message }, 'delivery given up: reported to the administration');
      return 'failed';
    }
    release();
    await db
      .updateTable('outbox')
      .set({ status: 'sent', attempts, sent_at: at.toISOString(), last_error: null, claimed_by: null, claimed_until: null })
      .where('id', '=', id)
      .where('claimed_by', '=', holder)
      .execute();
    return 'sent';
  }

  async function run(at: Date): Promise<OutboxRun> {
    const result: OutboxRun = { sent: 0, retrying: 0, failed: 0 };
    for (;;) {
      const due = await db
        .selectFrom('outbox')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', at.toISOString())
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', at.toISOString())]))
        .orderBy('next_attempt_at')
        .limit(BATCH)
        .execute();
      let progressed = 0;
      for (const { id } of due) {
        // Claimed, signed and dated at the moment of its attempt, not the run's start: a run that
        // took minutes (a slow mail relay on the 1st of the month) otherwise wrote claims already
        // expired, which another collector could take and send again, and signed calls minutes old.
        const outcome = await attempt(id, laterOf(at, now()));
        if (!outcome) continue;
        result[outcome] += 1;
        progressed += 1;
      }
      // A full batch may hide more due messages; one that got no further (claimed elsewhere) stops the loop.
      if (due.length < BATCH || progressed === 0) return result;
    }
  }

  const outbox: Outbox = {
    async deliverDue(at) {
      while (running) await running.catch(() => undefined);
      running = run(at).finally(() => (running = null));
      return running;
    },
    kick() {
      if (!live || closed) return;
      if (running) {
        again = true;
        return;
      }
      setImmediate(() => {
        void outbox
          .deliverDue(now())
          .catch((err: unknown) => log.error({ err }, 'sending the outbox failed'))
          .finally(() => {
            if (!again) return;
            again = false;
            outbox.kick();
          });
      });
    },
    async close() {
      closed = true;
      // A message being sent finishes (and is marked) before the connection goes.
      while (running) await running.catch(() => undefined);
      mail?.close();
      await network.close();
    },
  };
  return outbox;
}
