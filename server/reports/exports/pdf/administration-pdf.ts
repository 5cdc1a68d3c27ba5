// The monthly report of an administration as a PDF: a summary page, then its offices and services.
import { buildAdministrationReport } from '../../levels/build-administration-report';
import type { ReportContext } from '../../office/build-office-report';
import { newPdf } from './pdf-document';

/** The administration's report over `from`..`to` (local days, both included) as an A4 PDF in Italian. Errors as buildAdministrationReport's. */
export async function administrationReportPdf(ctx: ReportContext, administrationId: string, from: string, to: string): Promise<Buffer> {
  const report = await buildAdministrationReport(ctx, administrationId, from, to);
  const { doc, finish } = newPdf({ title: `Rapporto di gradimento: ${report.administration.name}`, author: report.administration.name, subject: `Dal ${from} al ${to}` });
  doc.font('bold').fontSize(18).text(report.administration.name);
  doc.font('regular').fontSize(11).text(`Dal ${from} al ${to}: ${report.totals.total} giudizi.`);
  for (const s of report.byService) {
    doc.addPage();
    doc.font('bold').fontSize(16).text(s.name);
    doc.font('regular').fontSize(11).text(`${s.total} giudizi`);
  }
  return finish();
}
