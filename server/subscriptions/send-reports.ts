// The scheduled-report job: for every live subscription, every period due and not yet sent, builds
// the report and its PDF and queues the e-mail. The delivery record (unique per subscription and
// period) and the message go in one transaction, so each report is queued once, whichever
// collector gets there first and however long the collector was down (periods.ts).
import type { FastifyBaseLogger } from 'fastify';
import { DEFAULT_DASHBOARD_LANGUAGE, isDashboardLanguage, type DashboardLanguage } from '../contract/languages';
import { PAGES, API_BASE, withLanguage } from '../contract/api';
import { subscriptionPaths, type Frequency } from '../contract/subscriptions';
import type { Outbox } from '../delivery/deliver-outbox';
import { enqueue, type EmailPayload } from '../delivery/outbox';
import { buildAdministrationReport } from '../reports/levels/build-administration-report';
import { buildOfficeReport, type ReportContext } from '../reports/office/build-office-report';
import type { Db } from '../store/database';
import { mayReadReport } from './may-read-report';
import { subscriptionDedupeKey } from './subscription-dedupe';
import { owedPeriods, timeZoneOf, type Schedule } from './owed-periods';
import type { DuePeriod } from './periods';
import { administrationSections, officeSections, renderReportEmail, type ReportEmail } from './report-email';
import { unsubscribeToken } from './unsubscribe-token';

/** The PDF of a report in a language, from the exports (server/reports/exports/pdf); null: sent without one. */
export interface ReportPdfs {
  office(ctx: ReportContext, officeId: string, from: string, to: string, language: DashboardLanguage): Promise<Buffer>;
  administration(ctx: ReportContext, administrationId: string, from: string, to: string, language: DashboardLanguage): Promise<Buffer>;
}

export interface ReportSenderDeps {
  db: Db;
  minSample: number;
  /** PUBLIC_URL: the links in the e-mail. */
  publicUrl: string;
  outbox: Outbox;
  pdfs: ReportPdfs | null;
  log: FastifyBaseLogger;
}

interface LiveSubscription extends Schedule {
  user_id: string;
  email: string;
  language: string;
}

async function liveSubscriptions(db: Db): Promise<LiveSubscription[]> {
  return db
    .selectFrom('subscriptions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('administrations as a', 'a.id', 's.administration_id')
    .leftJoin('offices as o', 'o.id', 's.office_id')
    .select(['s.id', 's.user_id', 'u.email', 's.administration_id', 's.office_id', 's.frequency', 's.language', 's.created_at', 's.frequency_since'])
    .where('s.cancelled_at', 'is', null)
    .where('u.disabled_at', 'is', null)
    .where('a.archived_at', 'is', null)
    .where('o.archived_at', 'is', null)
    .orderBy('s.created_at')
    .execute();
}

async function compose(deps: ReportSenderDeps, s: LiveSubscription, period: DuePeriod, now: Date, timeZone: string): Promise<{ email: ReportEmail; pdf: Buffer | null; name: string }> {
  const ctx: ReportContext = { db: deps.db, minSample: deps.minSample, now };
  const range = `from=${period.from}&to=${period.to}`;
  const token = await unsubscribeToken(deps.db, s.id, now);
  const frequency = s.frequency as Frequency;
  // The e-mail, its figures and its PDF in the subscription's language; the names stay as the administration typed them.
  const language = isDashboardLanguage(s.language) ? s.language : DEFAULT_DASHBOARD_LANGUAGE;
  // Its links open the dashboard in the same language.
  const links = { unsubscribe: withLanguage(`${deps.publicUrl}${subscriptionPaths.unsubscribePage(token)}`, language), report: '' };
  if (s.office_id) {
    const report = await buildOfficeReport(ctx, s.office_id, period.from, period.to);
    links.report = withLanguage(`${deps.publicUrl}${PAGES.dashboard}?office=${encodeURIComponent(s.office_id)}&${range}`, language);
    const pdf = deps.pdfs ? await deps.pdfs.office(ctx, s.office_id, period.from, period.to, language) : null;
    const email = renderReportEmail({ title: report.office.name, subtitle: report.office.administration, frequency, language, ...period, sections: officeSections(report, language), links, pdf: pdf !== null });
    return { email, pdf, name: s.office_id };
  }
  const report = await buildAdministrationReport(ctx, s.administration_id, period.from, period.to);
  links.report = withLanguage(`${deps.publicUrl}${PAGES.dashboard}?level=administration&administration=${encodeURIComponent(s.administration_id)}&${range}`, language);
  const pdf = deps.pdfs ? await deps.pdfs.administration(ctx, s.administration_id, period.from, period.to, language) : null;
  const email = renderReportEmail({ title: report.administration.name, subtitle: null, frequency, language, ...period, sections: administrationSections(report, timeZone, language), links, pdf: pdf !== null });
  return { email, pdf, name: s.administration_id };
}

export interface SendResult {
  queued: number;
  /** Periods skipped because the person may no longer read that report. */
  refused: number;
}

export async function sendDueReports(deps: ReportSenderDeps, now: Date): Promise<SendResult> {
  const { db } = deps;
  const result: SendResult = { queued: 0, refused: 0 };
  for (const s of await liveSubscriptions(db)) {
    const timeZone = await timeZoneOf(db, s);
    const owed = await owedPeriods(db, s, timeZone, now);
    if (owed.length === 0) continue;
    // Roles change: a report goes only to someone who may read it on the day it is sent. The lists
    // show the subscription paused meanwhile ('no-read-access'), and the periods that fall due are not
    // owed once the role is back (as for an account enabled again): no month of reports in one morning.
    if (!(await mayReadReport(db, s.user_id, s.administration_id, s.office_id))) {
      result.refused += owed.length;
      deps.log.warn({ subscription: s.id }, 'scheduled report not sent: the person may no longer read this report');
      await db.updateTable('subscriptions').set({ frequency_since: now.toISOString() }).where('id', '=', s.id).execute();
      continue;
    }
    for (const period of owed) {
      try {
        const { email, pdf, name } = await compose(deps, s, period, now, timeZone);
        // Opened in a browser, it leads to the page in the e-mail's language.
        const unsubscribeApi = withLanguage(`${deps.publicUrl}${API_BASE}/unsubscribe?token=${encodeURIComponent(await unsubscribeToken(db, s.id, now))}`, isDashboardLanguage(s.language) ? s.language : DEFAULT_DASHBOARD_LANGUAGE);
        const payload: EmailPayload = {
          to: s.email,
          ...email,
          // RFC 8058: mail programs offer their own "unsubscribe" button, which POSTs here.
          headers: { 'List-Unsubscribe': `<${unsubscribeApi}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
          ...(pdf ? { attachments: [{ filename: `gradimento-${name}-${period.from}-${period.to}.pdf`, contentType: 'application/pdf', contentBase64: pdf.toString('base64') }] } : {}),
        };
        const queued = await db.transaction().execute(async (trx) => {
          // Read again, locked, as the report is queued: its building took seconds, and whoever
          // unsubscribed meanwhile was told «non riceverai più» (cancelling drops what is already
          // queued, under the same lock; this catches what was not yet).
          const still = await trx.selectFrom('subscriptions').select('cancelled_at').where('id', '=', s.id).forUpdate().executeTakeFirst();
          if (!still || still.cancelled_at) return false;
          const claimed = await trx
            .insertInto('subscription_deliveries')
            .values({ subscription_id: s.id, period_from: period.from, period_to: period.to, outbox_id: '', created_at: now.toISOString() })
            .onConflict((oc) => oc.columns(['subscription_id', 'period_from', 'period_to']).doNothing())
            .executeTakeFirst();
          // Another collector queued this period first: nothing to do.
          if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0) return false;
          const id = await enqueue(
            trx,
            { kind: 'email', source: 'subscription', dedupeKey: subscriptionDedupeKey(s.id, period), administrationId: s.administration_id, officeId: s.office_id, email: payload },
            now,
          );
          await trx.updateTable('subscription_deliveries').set({ outbox_id: id ?? '' }).where('subscription_id', '=', s.id).where('period_from', '=', period.from).where('period_to', '=', period.to).execute();
          return id !== null;
        });
        if (queued) result.queued += 1;
      } catch (err) {
        // The report could not be built: nothing was recorded, so the next run tries this period again.
        deps.log.error({ err, subscription: s.id, period }, 'scheduled report could not be prepared; it will be tried again');
      }
    }
  }
  if (result.queued > 0) deps.outbox.kick();
  return result;
}
