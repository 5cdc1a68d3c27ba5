// The collector's way out (issue 8): the outbox, the SMTP connection when e-mail is on, and the jobs
// that send what is due and sweep what was sent. app.ts builds it once and hands it to the features.
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config';
import type { Job } from '../jobs/scheduler';
import type { Db } from '../store/database';
import { createOutbox, type Outbox } from './deliver-outbox';
import { sweepOutbox } from './deliveries';
import { mailSender } from './mail-transport';

export interface Delivery {
  outbox: Outbox;
  /** MAIL_FROM when e-mail is on, else null. */
  mailFrom: string | null;
  jobs: Job[];
}

/** How often the outbox is looked at even without a kick: retries fall due between messages. */
export const OUTBOX_EVERY_MS = 30_000;

export function createDelivery(config: Readonly<Config>, db: Db, log: FastifyBaseLogger, now: () => Date, live: boolean): Delivery {
  const outbox = createOutbox({ db, mail: config.mail ? mailSender(config.mail) : null, log, now, live, webhookPrivateNetworks: config.webhookPrivateNetworks });
  return {
    outbox,
    mailFrom: config.mail?.from ?? null,
    jobs: [
      { name: 'deliver-outbox', everyMs: OUTBOX_EVERY_MS, run: (at) => outbox.deliverDue(at) },
      { name: 'sweep-outbox', everyMs: 6 * 3_600_000, run: (at) => sweepOutbox(db, at) },
    ],
  };
}
