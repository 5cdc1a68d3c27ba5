// The scheduled-report job, with the PDFs of the exports attached.
import type { Job } from '../jobs/scheduler';
import { administrationReportPdf } from '../reports/exports/pdf/administration-pdf';
import { officeReportPdf } from '../reports/exports/pdf/office-pdf';
import { sendDueReports, type ReportPdfs, type ReportSenderDeps } from './send-reports';

/** Reports fall due at 06:00 office time; looking every 10 minutes sends them by 06:10. */
export const SUBSCRIPTIONS_EVERY_MS = 10 * 60_000;

export const REPORT_PDFS: ReportPdfs = { office: officeReportPdf, administration: administrationReportPdf };

/** Only while e-mail is on: reports missed while it was off (within 31 days) go out once it is back. */
export function subscriptionJobs(deps: Omit<ReportSenderDeps, 'pdfs'> & { emailOn: boolean }): Job[] {
  if (!deps.emailOn) return [];
  return [{ name: 'send-subscriptions', everyMs: SUBSCRIPTIONS_EVERY_MS, run: (at) => sendDueReports({ ...deps, pdfs: REPORT_PDFS }, at) }];
}
