// Reports above one office: an administration's offices side by side, the installation's
// administrations side by side, and the monthly bulletin in the national programme's shape.
import { Type, type Static } from 'typebox';
import { CHARTER_VERDICTS, ComparisonSchema, DataQualitySchema, LocalDate, ParticipationSchema, PeriodSchema, ScoreSchema, TallyProperties } from './report-parts';

export const LevelQuerySchema = Type.Object({ from: LocalDate, to: LocalDate });

const Ranked = {
  rankScore: Type.Union([Type.Number(), Type.Null()], { description: 'share positive shrunk toward the group\'s mean (Bayesian average, docs/metrics.md)' }),
  rank: Type.Union([Type.Integer(), Type.Null()], { description: '1 = best; null for small samples, shown but never ranked' }),
};

export const CharterSummarySchema = Type.Object(
  Object.fromEntries(CHARTER_VERDICTS.map((v) => [v, Type.Integer()])) as Record<(typeof CHARTER_VERDICTS)[number], ReturnType<typeof Type.Integer>>,
  { description: 'How many services with a standard ended the period with each verdict' },
);
export type CharterSummary = Static<typeof CharterSummarySchema>;

const Comparisons = Type.Array(ComparisonSchema);

const ParticipationTotalsSchema = Type.Object({
  total: ParticipationSchema,
  byChannel: Type.Array(Type.Object({ channel: Type.String(), participation: ParticipationSchema }), { description: 'contact channels: sportello (counter, totem and QR-code votes), telefono, web' }),
});

export const AdministrationReportSchema = Type.Object({
  administration: Type.Object({ id: Type.String(), name: Type.String() }),
  period: PeriodSchema,
  minSample: Type.Integer(),
  totals: Type.Object(TallyProperties),
  score: ScoreSchema,
  comparisons: Comparisons,
  offices: Type.Array(
    Type.Object({ officeId: Type.String(), name: Type.String(), archived: Type.Boolean(), ...TallyProperties, score: ScoreSchema, ...Ranked, charter: CharterSummarySchema, participation: ParticipationSchema }),
    { description: 'Ranked best first; small samples after, unranked' },
  ),
  byService: Type.Array(Type.Object({ serviceId: Type.String(), name: Type.String(), archived: Type.Boolean(), ...TallyProperties, score: ScoreSchema, ...Ranked })),
  byChannel: Type.Array(Type.Object({ channel: Type.String(), ...TallyProperties, score: ScoreSchema })),
  participation: ParticipationTotalsSchema,
  dataQuality: DataQualitySchema,
});
export type AdministrationReport = Static<typeof AdministrationReportSchema>;

export const InstallationReportSchema = Type.Object({
  period: PeriodSchema,
  minSample: Type.Integer(),
  totals: Type.Object(TallyProperties),
  score: ScoreSchema,
  comparisons: Comparisons,
  administrations: Type.Array(
    Type.Object({ administrationId: Type.String(), name: Type.String(), archived: Type.Boolean(), ...TallyProperties, score: ScoreSchema, ...Ranked, participation: ParticipationSchema }),
    { description: 'Ranked best first; small samples after, unranked' },
  ),
  byChannel: Type.Array(Type.Object({ channel: Type.String(), ...TallyProperties, score: ScoreSchema })),
  participation: ParticipationTotalsSchema,
  dataQuality: DataQualitySchema,
});
export type InstallationReport = Static<typeof InstallationReportSchema>;

export const BulletinQuerySchema = Type.Object({
  month: Type.Optional(Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM: a monthly bulletin' })),
  year: Type.Optional(Type.String({ pattern: '^\\d{4}$', description: 'YYYY: the bulletin of a whole year' })),
});

export const BulletinSchema = Type.Object(
  {
    scope: Type.Object({ kind: Type.Enum(['installation', 'administration']), id: Type.Union([Type.String(), Type.Null()]), name: Type.String() }),
    period: PeriodSchema,
    kind: Type.Enum(['month', 'year']),
    minSample: Type.Integer(),
    votes: Type.Integer({ description: 'votes of the period' }),
    weeklyAverage: Type.Number({ description: 'votes / (days of the period / 7); for a month or year under way, over its days up to today' }),
    runningTotal: Type.Integer({ description: 'every vote from the first one up to the end of the period' }),
    runningSince: Type.Union([Type.String({ pattern: '^\\d{4}-\\d{2}$' }), Type.Null()], { description: 'month of the first vote' }),
    score: ScoreSchema,
    previous: ComparisonSchema,
    byChannel: Type.Array(Type.Object({ channel: Type.String(), votes: Type.Integer(), score: ScoreSchema, participation: ParticipationSchema }), {
      description: 'the national programme\'s channels: sportello (counter, totem and QR-code votes), telefono, web',
    }),
    reported: Type.Object(
      {
        administrations: Type.Integer(),
        offices: Type.Integer(),
        counters: Type.Integer({ description: 'counter terminals (one per sportello)' }),
        terminals: Type.Integer({ description: 'terminals, counter and totem; web, QR and phone points are not counted here, though their votes make their office and administration count' }),
      },
      { description: 'how many sent at least one vote in the period' },
    ),
    dataQuality: DataQualitySchema,
  },
  { description: 'The monthly bulletin of the national programme "Mettiamoci la faccia": totals, weekly average, running total, share positive and participation per channel, who reported.' },
);
export type Bulletin = Static<typeof BulletinSchema>;
