// The query strings of the report files (CSV, XLSX, PDF): the period or year of the report each exports, and the language it is written in.
import { Type, type Static } from 'typebox';
import { DASHBOARD_LANGUAGES, DEFAULT_DASHBOARD_LANGUAGE } from './languages';
import { BulletinQuerySchema, LevelQuerySchema } from './levels';
import { ReportQuerySchema } from './report';
import { YearlyQuerySchema } from './yearly';

/** The dashboard's languages: the download links carry the one the manager reads the dashboard in. */
const Lang = Type.Optional(
  Type.Enum(DASHBOARD_LANGUAGES, {
    default: DEFAULT_DASHBOARD_LANGUAGE,
    description:
      'The language of the file: it (Italian, the default) or en (English). Headers, sheet names, sentences, dates and numbers (a decimal comma in Italian, a point in English; an English CSV is comma-separated, an Italian one semicolon-separated) are in it; the names of the administration, offices, services and reasons stay as the administration wrote them.',
  }),
);

export const OfficeExportQuerySchema = Type.Object({ ...ReportQuerySchema.properties, lang: Lang });
export type OfficeExportQuery = Static<typeof OfficeExportQuerySchema>;

export const AdministrationExportQuerySchema = Type.Object({ ...LevelQuerySchema.properties, lang: Lang });

export const YearlyExportQuerySchema = Type.Object({ ...YearlyQuerySchema.properties, lang: Lang });

export const BulletinExportQuerySchema = Type.Object({ ...BulletinQuerySchema.properties, lang: Lang });
