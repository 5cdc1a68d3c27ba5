// The words of the report files in English: the download buttons of the office and administration reports, the yearly report, printing (kiosk/dashboard/export-labels.ts is the Italian original).
import type { X as Italian } from '../../export-labels';
import type { Translation } from '../translation';

export const X: Translation<typeof Italian> = {
  downloads: 'Download the report',
  csv: 'CSV',
  xlsx: 'Excel',
  pdf: 'PDF',
  csvHint: 'Votes by day, service and channel, with the reasons: opens in Excel or LibreOffice',
  csvHintAdministration: 'Votes by day, office, service and channel, with the reasons: opens in Excel or LibreOffice',
  xlsxHint: 'Workbook with one sheet per view: summary, services, days, hours, reasons, participation, service charter',
  xlsxHintAdministration: 'Workbook with one sheet per view: summary, offices, services, days, reasons, participation, service charter',
  pdfHint: 'Report to print or attach: a summary page, then one page per service',
  print: 'Print',
  bulletinDownloads: 'Download the bulletin',
  bulletinPdfHint: 'The bulletin on one page, to print or attach',
  /** On paper only, where the period picker is not printed. */
  printedPeriod: (from: string, to: string) => `Period: from ${from} to ${to}`,
  printHint: 'Print this page as it appears, without menus or buttons',
  chartNotPrinted: 'Chart not printed because it was not drawn yet: to have it, print with the report’s “Print” button.',
  yearlyTitle: 'Annual report',
  yearlyNote: 'The year’s results by office and service, with the service charter check: for the performance report.',
  year: 'Year',
  yearlyPdf: (year: string) => `Annual report ${year} (PDF)`,
  yearlyXlsx: (year: string) => `Annual report ${year} (Excel)`,
  logoTitle: 'Logo in the PDF reports',
  logoNote: (kb: number) => `At the top of every page of the administration’s PDFs, beside its name. A PNG or JPEG file of at most ${kb} KB.`,
  logoAbsent: 'No logo: the PDFs show only the administration’s name.',
  logoPresent: (type: string, width: number, height: number, kb: number, when: string) => `${type} logo of ${width} × ${height} pixels (${kb} KB), uploaded on ${when}.`,
  logoUpload: 'Upload the logo…',
  logoReplace: 'Replace the logo…',
  logoRemove: 'Remove the logo',
  logoAlt: 'The logo as it appears in the PDFs',
  logoWrongType: (name: string) => `‘${name}’ is not a PNG or JPEG image: save it in one of these formats and try again.`,
  logoTooLarge: (kb: number, max: number) => `The file is ${kb} KB, the maximum is ${max} KB: save it smaller (about 500 pixels wide is enough for a logo).`,
};
