// The yearly report of an administration, for its annual performance report (Relazione sulla performance):
// results per office and service over a calendar year, each judged against the service charter.
import { Type, type Static } from 'typebox';
import { CharterSummarySchema } from './levels';
import { CharterCheckSchema, ComparisonSchema, DataQualitySchema, ParticipationSchema, PeriodSchema, ScoreSchema, TallyProperties } from './report-parts';

export const YearlyQuerySchema = Type.Object({ year: Type.String({ pattern: '^\\d{4}$', description: 'YYYY: the calendar year, 1 January to 31 December in the offices\' time zone' }) });

const Charter = Type.Union([CharterCheckSchema, Type.Null()], { description: 'null when the service declared no standard for any day of the year' });

export const YearlyServiceSchema = Type.Object({
  serviceId: Type.String(),
  name: Type.String(),
  archived: Type.Boolean(),
  ...TallyProperties,
  score: ScoreSchema,
  charter: Charter,
  participation: ParticipationSchema,
});
export type YearlyService = Static<typeof YearlyServiceSchema>;

export const YearlyReportSchema = Type.Object({
  administration: Type.Object({ id: Type.String(), name: Type.String() }),
  year: Type.String(),
  period: PeriodSchema,
  minSample: Type.Integer(),
  ...TallyProperties,
  score: ScoreSchema,
  previousYear: ComparisonSchema,
  months: Type.Array(Type.Object({ month: Type.String({ pattern: '^\\d{4}-\\d{2}$' }), ...TallyProperties, score: ScoreSchema }), { description: 'every month of the year, 0 where nobody voted' }),
  charter: CharterSummarySchema,
  byService: Type.Array(YearlyServiceSchema, { description: 'the administration\'s services over all its offices, by name' }),
  offices: Type.Array(
    Type.Object({
      officeId: Type.String(),
      name: Type.String(),
      archived: Type.Boolean(),
      ...TallyProperties,
      score: ScoreSchema,
      charter: CharterSummarySchema,
      participation: ParticipationSchema,
      services: Type.Array(YearlyServiceSchema, { description: 'the services rated at this office, by name, each judged on this office\'s votes' }),
    }),
    { description: 'offices that received votes in the year, by name' },
  ),
  dataQuality: DataQualitySchema,
});
/** The yearly report of an administration. */
export type YearlyReport = Static<typeof YearlyReportSchema>;
