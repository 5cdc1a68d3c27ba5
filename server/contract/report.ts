// The per-office report the dashboard shows: read from aggregates, never from raw votes.
import { Type, type Static } from 'typebox';
import { QUALITY_DIMENSIONS } from './quality';
import {
  CharterCheckSchema,
  ComparisonSchema,
  DataQualitySchema,
  HeatmapSchema,
  LocalDate,
  ParticipationSchema,
  PeriodSchema,
  ScoreSchema,
  TallyProperties,
  TREND_UNITS,
  TrendBucketSchema,
} from './report-parts';

export { LocalDate, type FaceCounts, FaceCountsSchema } from './report-parts';
export type { Change, CharterCheck, CharterSegment, CharterVerdict, Comparison, DataQuality, Figure, Heatmap, Participation, Score, TrendBucket, TrendUnit } from './report-parts';
export { MAX_REPORT_DAYS } from './limits';

const Tally = Type.Object(TallyProperties);

// Unknown query parameters (a proxy's cache-buster, say) are ignored rather than refused.
export const ReportQuerySchema = Type.Object({ from: LocalDate, to: LocalDate });
export type ReportQuery = Static<typeof ReportQuerySchema>;

const Comparisons = Type.Array(ComparisonSchema, { description: 'the previous period (the months before for whole months, otherwise as many days before), and the same period a year earlier' });

export const ReasonShareSchema = Type.Object({
  reasonId: Type.String(),
  label: Type.String(),
  dimension: Type.Union([Type.Enum(QUALITY_DIMENSIONS), Type.Null()]),
  count: Type.Integer(),
  shareOfNegative: Type.Union([Type.Number(), Type.Null()], { description: 'count / negative votes; a citizen may give several reasons' }),
});

export const OfficeReportSchema = Type.Object({
  office: Type.Object({ id: Type.String(), name: Type.String(), timeZone: Type.String(), administration: Type.String(), administrationId: Type.String() }),
  period: PeriodSchema,
  minSample: Type.Integer({ description: 'below this many votes a figure is a small sample' }),
  totals: Tally,
  score: ScoreSchema,
  comparisons: Comparisons,
  byService: Type.Array(
    Type.Object({
      serviceId: Type.String(),
      name: Type.String(),
      archived: Type.Boolean(),
      ...TallyProperties,
      score: ScoreSchema,
      comparisons: Comparisons,
      charter: Type.Union([CharterCheckSchema, Type.Null()], { description: 'null when the service declared no standard for any day of the period' }),
      participation: ParticipationSchema,
    }),
    { description: 'Worst first (share positive shrunk toward the office mean), small samples last.' },
  ),
  byChannel: Type.Array(Type.Object({ channel: Type.String(), ...TallyProperties, score: ScoreSchema })),
  participation: Type.Object({
    total: ParticipationSchema,
    byChannel: Type.Array(Type.Object({ channel: Type.String(), participation: ParticipationSchema }), { description: 'contact channels: sportello (counter, totem and QR-code votes), telefono, web' }),
  }),
  daily: Type.Array(Type.Object({ day: LocalDate, ...TallyProperties }), { description: 'Every day of the period, 0 where nobody voted.' }),
  byHour: Type.Array(Type.Object({ hour: Type.Integer({ minimum: 0, maximum: 23 }), ...TallyProperties }), { description: 'Hours 0-23 of the office\'s day, without the website\'s ratings (as the heatmap).' }),
  trend: Type.Object({
    unit: Type.Enum(TREND_UNITS, { description: 'day up to 31 days, week up to 26 weeks, month beyond' }),
    buckets: Type.Array(TrendBucketSchema),
    byService: Type.Array(Type.Object({ serviceId: Type.String(), buckets: Type.Array(TrendBucketSchema) })),
  }),
  heatmap: HeatmapSchema,
  reasons: Type.Array(ReasonShareSchema),
  reasonsByService: Type.Array(Type.Object({ serviceId: Type.String(), negative: Type.Integer(), reasons: Type.Array(ReasonShareSchema) })),
  reasonTrend: Type.Array(
    Type.Object({ from: LocalDate, to: LocalDate, negative: Type.Integer(), reasons: Type.Array(Type.Object({ reasonId: Type.String(), count: Type.Integer() })) }),
    { description: 'reasons per trend bucket, to see one grow' },
  ),
  followUp: Type.Object(
    { negative: Type.Integer(), chosen: Type.Integer(), skipped: Type.Integer(), timeout: Type.Integer(), notAsked: Type.Integer() },
    { description: 'What the citizens who gave a negative vote did with the reasons question.' },
  ),
  dataQuality: DataQualitySchema,
});
/** Report of one office over a period. */
export type OfficeReport = Static<typeof OfficeReportSchema>;

export const OfficeSummarySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  timeZone: Type.String(),
  administration: Type.Object({ id: Type.String(), name: Type.String() }),
  /** Only on an archived office (listed with ?archived=include): its report stays readable, with what it gathered. */
  archivedAt: Type.Optional(Type.String({ format: 'date-time', description: 'When the office was archived; absent while it is open' })),
});
export type OfficeSummary = Static<typeof OfficeSummarySchema>;

/** GET /offices's query: archived offices are left out unless asked for. */
export const OfficeListQuerySchema = Type.Object({
  archived: Type.Optional(
    Type.Union([Type.Literal('exclude'), Type.Literal('include')], {
      description: 'include: archived offices too (their reports stay readable), each with archivedAt; exclude (the default): open offices only',
    }),
  ),
});
