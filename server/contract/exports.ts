// The export files and the administration's logo: their paths and limits, shared by the dashboard and the collector (no TypeBox, no Node).
import { API_BASE } from './api';

const office = (id: string) => `${API_BASE}/offices/${encodeURIComponent(id)}`;
const administration = (id: string) => `${API_BASE}/administrations/${encodeURIComponent(id)}`;

/**
 * Each takes ?from=YYYY-MM-DD&to=YYYY-MM-DD, except the yearly ones (?year=YYYY); the files also take
 * ?lang=, one of DASHBOARD_LANGUAGES (contract/languages.ts), the language they are written in (Italian by default).
 */
export const exportPaths = {
  officeCsv: (officeId: string) => `${office(officeId)}/report.csv`,
  officeXlsx: (officeId: string) => `${office(officeId)}/report.xlsx`,
  officePdf: (officeId: string) => `${office(officeId)}/report.pdf`,
  administrationCsv: (id: string) => `${administration(id)}/report.csv`,
  administrationXlsx: (id: string) => `${administration(id)}/report.xlsx`,
  administrationPdf: (id: string) => `${administration(id)}/report.pdf`,
  yearly: (id: string) => `${administration(id)}/yearly-report`,
  yearlyXlsx: (id: string) => `${administration(id)}/yearly-report.xlsx`,
  yearlyPdf: (id: string) => `${administration(id)}/yearly-report.pdf`,
  administrationBulletinPdf: (id: string) => `${administration(id)}/bulletin.pdf`,
  installationBulletinPdf: `${API_BASE}/installation/bulletin.pdf`,
  logo: (id: string) => `${administration(id)}/logo`,
};

/** A logo is a PNG or a JPEG (what pdfkit embeds), sent as the request body with its own Content-Type. */
export const LOGO_MEDIA_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoMediaType = (typeof LOGO_MEDIA_TYPES)[number];
/** 200 KiB: plenty for a crest printed 4 cm wide; it is stored in the database and embedded in every PDF. */
export const MAX_LOGO_BYTES = 200 * 1024;
/** Neither side longer than this many pixels. */
export const MAX_LOGO_SIDE = 4000;
/** The first year a yearly report may be asked for. */
export const FIRST_REPORT_YEAR = 2000;
/**
 * The last year any day the collector is given may fall in (a report's period, a holiday, a standard's
 * start, a people-served figure): past 9999 the calendar arithmetic leaves four-digit years, and a
 * report in year 9999 looped until the process ran out of memory.
 */
export const LAST_CALENDAR_YEAR = 2099;
