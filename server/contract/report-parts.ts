// The pieces every report is made of: figures with their intervals, comparisons, the charter
// check, participation, the heatmap and the trend. Defined once; the office, administration and
// installation reports and the bulletin compose them.
import { Type, type Static, type TSchema } from 'typebox';
import { FACE_IDS } from './scale';

/** A local calendar date in the office's time zone, YYYY-MM-DD. */
export const LocalDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD in the office\'s time zone' });
export const PeriodSchema = Type.Object({ from: LocalDate, to: LocalDate });
export type ReportPeriod = Static<typeof PeriodSchema>;

const Nullable = <T extends TSchema>(t: T, description?: string) => Type.Union([t, Type.Null()], description ? { description } : {});

/** Count of votes per face; every face of FACE_IDS is present (0 when none). */
export const FaceCountsSchema = Type.Object(Object.fromEntries(FACE_IDS.map((f) => [f, Type.Integer()])) as Record<(typeof FACE_IDS)[number], ReturnType<typeof Type.Integer>>);
export type FaceCounts = Static<typeof FaceCountsSchema>;

export const TallyProperties = { total: Type.Integer(), faces: FaceCountsSchema };

export const FigureSchema = Type.Object(
  {
    value: Nullable(Type.Number(), 'null when there are no votes'),
    low: Nullable(Type.Number(), 'lower end of the 95% Wilson interval'),
    high: Nullable(Type.Number(), 'upper end of the 95% Wilson interval'),
    votes: Type.Integer({ description: 'how many votes the figure rests on' }),
    smallSample: Type.Boolean({ description: 'fewer votes than the installation\'s minimum sample: shown greyed, never ranked' }),
  },
  { description: 'A figure with its 95% Wilson interval (docs/metrics.md).' },
);
export type Figure = Static<typeof FigureSchema>;

export const ScoreSchema = Type.Object({
  votes: Type.Integer(),
  positiveShare: { ...FigureSchema, description: 'Share of positive votes, 0..1 (the national programme\'s headline figure).' },
  index: { ...FigureSchema, description: 'Satisfaction index 0..100, linear over the scale (100/50/0 on three faces).' },
});
export type Score = Static<typeof ScoreSchema>;

export const ChangeSchema = Type.Object(
  {
    delta: Nullable(Type.Number(), 'now minus before, in the figure\'s unit (share 0..1, index 0..100)'),
    pValue: Nullable(Type.Number(), 'two-sided p-value of the test'),
    significant: Type.Boolean({ description: 'beyond noise: p < 0.05 with both samples at least the minimum' }),
    note: Nullable(Type.Enum(['no-data', 'small-sample', 'overlaps']), 'why no test was made; overlaps: the period is longer than a year, so the same dates a year earlier share days with it and cannot be compared as another sample'),
  },
  { description: 'Share: pooled two-proportion z test. Index: Welch\'s test on the mean face value (docs/metrics.md).' },
);
export type Change = Static<typeof ChangeSchema>;

export const COMPARISON_KINDS = ['previous', 'year-before'] as const;
export const ComparisonSchema = Type.Object({
  kind: Type.Enum(COMPARISON_KINDS, { description: 'previous: the whole months just before for a period of whole calendar months (October beside September), otherwise the same number of days just before; year-before: the same dates a year earlier' }),
  period: PeriodSchema,
  score: ScoreSchema,
  positiveShare: ChangeSchema,
  index: ChangeSchema,
  dataSince: Nullable(
    Type.String({ pattern: '^\\d{4}-\\d{2}$' }),
    'YYYY-MM: the month of the first vote of the whole office, administration or installation, when the earlier period began before that month; the earlier period holds votes only from then (null: it is covered whole, or holds none)',
  ),
});
export type Comparison = Static<typeof ComparisonSchema>;

export const CHARTER_VERDICTS = ['met', 'met-within-noise', 'missed-within-noise', 'missed', 'small-sample', 'no-votes'] as const;
export type CharterVerdict = (typeof CHARTER_VERDICTS)[number];
const Verdict = Type.Enum(CHARTER_VERDICTS, {
  description:
    'met: the interval\'s low end reaches the standard; missed: its high end falls short; *-within-noise: the interval straddles the standard; small-sample: too few votes to judge',
});

export const CharterSegmentSchema = Type.Object({
  from: LocalDate,
  to: LocalDate,
  minPositivePct: Type.Integer({ description: 'the standard in force over this part of the period' }),
  positiveShare: FigureSchema,
  verdict: Verdict,
  marginPct: Nullable(Type.Number(), 'share positive minus the standard, in percentage points; null for a small sample or no votes'),
});
export type CharterSegment = Static<typeof CharterSegmentSchema>;

export const CharterCheckSchema = Type.Object(
  {
    serviceId: Type.String(),
    name: Type.String(),
    verdict: Verdict,
    marginPct: Nullable(Type.Number(), 'the margin of the part that gives the verdict (between equal verdicts, the smaller margin)'),
    segments: Type.Array(CharterSegmentSchema, { description: 'one per standard in force during the period; the verdict is that of the worst' }),
  },
  { description: 'The service charter\'s standard checked over the period, against the standard in force on each day.' },
);
export type CharterCheck = Static<typeof CharterCheckSchema>;

export const ParticipationSchema = Type.Object(
  {
    served: Nullable(Type.Integer(), 'people served on the days with a figure; null when none was given'),
    votes: Type.Integer({ description: 'votes cast on the same days (days without a figure are left out of both)' }),
    rate: Nullable(Type.Number(), 'votes / people served'),
    daysCovered: Type.Integer({ description: 'days of the period with a people-served figure (for a group: the most of any of its services and channels)' }),
  },
  { description: 'Participation = votes / people served (docs/metrics.md).' },
);
export type Participation = Static<typeof ParticipationSchema>;

export const HeatmapCellSchema = Type.Object({
  weekday: Type.Integer({ minimum: 0, maximum: 6, description: '0 = Monday' }),
  hour: Type.Integer({ minimum: 0, maximum: 23 }),
  votes: Type.Integer(),
  negative: Type.Integer(),
  open: Type.Boolean({ description: 'the office\'s opening hours cover part of this hour' }),
});
export const HeatmapSchema = Type.Object(
  {
    cells: Type.Array(HeatmapCellSchema, {
      description:
        '7 x 24 cells, office-local time. The website\'s ratings (channel web) and the QR codes\' votes are not in them: given on the citizen\'s own device at any hour, ' +
        'they are not the office\'s hours (notInHours counts them); every other figure counts them.',
    }),
    outsideOpening: Type.Object(
      { votes: Type.Integer(), negative: Type.Integer(), onHolidays: Type.Integer() },
      { description: 'votes cast when the office was closed: outside its hours, or on its holidays (the website\'s ratings and the QR codes\' votes are not among them)' },
    ),
    openingHoursKnown: Type.Boolean({ description: 'false when the office has no opening hours: nothing is counted as outside them' }),
    notInHours: Type.Object(
      {
        web: Type.Integer({ description: 'the website\'s ratings of the period' }),
        qr: Type.Integer({ description: 'the QR codes\' votes of the period (cast on the collector\'s mobile page; before migration 038, those no longer stored as votes stay in the cells)' }),
      },
      { description: 'votes of the period left out of the cells, the hour-by-hour trend and outsideOpening, because opening hours do not apply to their channel (docs/metrics.md, "When")' },
    ),
  },
);
export type Heatmap = Static<typeof HeatmapSchema>;

export const TREND_UNITS = ['day', 'week', 'month'] as const;
export type TrendUnit = (typeof TREND_UNITS)[number];
export const TrendBucketSchema = Type.Object({ from: LocalDate, to: LocalDate, ...TallyProperties, score: ScoreSchema });
export type TrendBucket = Static<typeof TrendBucketSchema>;

export const DataQualitySchema = Type.Object(
  {
    computedAt: Type.String({ format: 'date-time' }),
    lateVotes: Type.Integer({ description: 'votes of the period that reached the collector after the period ended' }),
    redatedVotes: Type.Integer({ description: 'votes whose terminal clock was implausible, counted at the time they arrived' }),
    periodOpen: Type.Boolean({ description: 'the period has not ended yet: more votes will come' }),
    flaggedVotes: Type.Object(
      { interval: Type.Integer(), burst: Type.Integer() },
      { description: 'taps stored but left out of every figure as misuse: too soon after the previous one (interval), or part of a burst (docs/metrics.md)' },
    ),
  },
  { description: 'How much to trust the figures: late and re-dated votes, and when they were computed.' },
);
export type DataQuality = Static<typeof DataQualitySchema>;
