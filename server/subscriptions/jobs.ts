// The scheduled-report job, with the PDFs of the exports attached.
import type { Job } from '../jobs/scheduler';
import { administrationReportPdf } from '../reports/exports/pdf/administration-pdf';
import { officeReportPdf } from '../reports/exports/pdf/office-pdf';
import { exportText } from '../reports/exports/words/export-text';
import { sendDueReports, type ReportPdfs, type ReportSenderDeps } from './send-reports';

/** Reports fall due at 06:00 office time; looking every 10 minutes sends them by 06:10. */
export const SUBSCRIPTIONS_EVERY_MS = 10 * 60_000;

/** In the subscription's language, as the e-mail they come with (report-email.ts). */
export const REPORT_PDFS: ReportPdfs = {
  office: (ctx, officeId, from, to, language) => officeReportPdf(ctx, officeId, from, to, exportText(language)),
  administration: (ctx, administrationId, from, to, language) => administrationReportPdf(ctx, administrationId, from, to, exportText(language)),
};

/** Only while e-mail is on: reports missed while it was off (within 31 days) go out once it is back. */
export function subscriptionJobs(deps: Omit<ReportSenderDeps, 'pdfs'> & { emailOn: boolean }): Job[] {
  if (!deps.emailOn) return [];
  return [{ name: 'send-subscriptions', everyMs: SUBSCRIPTIONS_EVERY_MS, run: (at) => sendDueReports({ ...deps, pdfs: REPORT_PDFS }, at) }];
}
