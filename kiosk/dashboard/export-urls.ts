// Addresses of the report files the dashboard links to: the office's and the administration's for a period, the yearly report for a year.
import { exportPaths } from '../../server/contract/exports';
import type { Period } from './period';

const withPeriod = (path: string, period: Period) => `${path}?${new URLSearchParams({ from: period.from, to: period.to })}`;
const withYear = (path: string, year: string) => `${path}?${new URLSearchParams({ year })}`;

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

export function officeExportUrl(officeId: string, period: Period, format: ExportFormat): string {
  const path = { csv: exportPaths.officeCsv, xlsx: exportPaths.officeXlsx, pdf: exportPaths.officePdf }[format](officeId);
  return withPeriod(path, period);
}

export function administrationExportUrl(administrationId: string, period: Period, format: ExportFormat): string {
  const path = { csv: exportPaths.administrationCsv, xlsx: exportPaths.administrationXlsx, pdf: exportPaths.administrationPdf }[format](administrationId);
  return withPeriod(path, period);
}

export function yearlyExportUrl(administrationId: string, year: string, format: 'xlsx' | 'pdf'): string {
  return withYear(format === 'pdf' ? exportPaths.yearlyPdf(administrationId) : exportPaths.yearlyXlsx(administrationId), year);
}
