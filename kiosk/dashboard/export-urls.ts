// Addresses of the report files the dashboard links to: the office's and the administration's for a period, the yearly report for a year, each in the dashboard's language.
import type { DashboardLanguage } from '../../server/contract/languages';
import { exportPaths } from '../../server/contract/exports';
import { LANGUAGE } from './i18n/locale';
import type { Period } from './period';
import type { BulletinPeriod } from './url-state';

// The language is always named, Italian too: the file is in the language of the page the link was on,
// whatever the collector's default.
const withPeriod = (path: string, period: Period, lang: DashboardLanguage) => `${path}?${new URLSearchParams({ from: period.from, to: period.to, lang })}`;
const withYear = (path: string, year: string, lang: DashboardLanguage) => `${path}?${new URLSearchParams({ year, lang })}`;

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

/** `lang`: the file's language, the dashboard's by default (read when the link is drawn). */
export function officeExportUrl(officeId: string, period: Period, format: ExportFormat, lang: DashboardLanguage = LANGUAGE): string {
  const path = { csv: exportPaths.officeCsv, xlsx: exportPaths.officeXlsx, pdf: exportPaths.officePdf }[format](officeId);
  return withPeriod(path, period, lang);
}

export function administrationExportUrl(administrationId: string, period: Period, format: ExportFormat, lang: DashboardLanguage = LANGUAGE): string {
  const path = { csv: exportPaths.administrationCsv, xlsx: exportPaths.administrationXlsx, pdf: exportPaths.administrationPdf }[format](administrationId);
  return withPeriod(path, period, lang);
}

/** The bulletin's PDF: an administration's, or the installation's when `administrationId` is undefined. */
export function bulletinExportUrl(administrationId: string | undefined, period: BulletinPeriod, lang: DashboardLanguage = LANGUAGE): string {
  const path = administrationId ? exportPaths.administrationBulletinPdf(administrationId) : exportPaths.installationBulletinPdf;
  const when: [string, string] = period.kind === 'month' ? ['month', period.month] : ['year', period.year];
  return `${path}?${new URLSearchParams([when, ['lang', lang]])}`;
}

export function yearlyExportUrl(administrationId: string, year: string, format: 'xlsx' | 'pdf', lang: DashboardLanguage = LANGUAGE): string {
  return withYear(format === 'pdf' ? exportPaths.yearlyPdf(administrationId) : exportPaths.yearlyXlsx(administrationId), year, lang);
}
