// The monthly report of one office as a PDF: a summary page, then a page per service.
import { buildOfficeReport, type ReportContext } from '../../office/build-office-report';
import { newPdf } from './pdf-document';

/** The office's report over `from`..`to` (local days, both included) as an A4 PDF in Italian. Errors as buildOfficeReport's. */
export async function officeReportPdf(ctx: ReportContext, officeId: string, from: string, to: string): Promise<Buffer> {
  const report = await buildOfficeReport(ctx, officeId, from, to);
  const { doc, finish } = newPdf({ title: `Rapporto di gradimento: ${report.office.name}`, author: report.office.administration, subject: `Dal ${from} al ${to}` });
  doc.font('bold').fontSize(18).text(report.office.administration);
  doc.font('regular').fontSize(14).text(report.office.name);
  doc.fontSize(11).text(`Dal ${from} al ${to}: ${report.totals.total} giudizi.`);
  for (const s of report.byService) {
    doc.addPage();
    doc.font('bold').fontSize(16).text(s.name);
    doc.font('regular').fontSize(11).text(`${s.total} giudizi`);
  }
  return finish();
}
