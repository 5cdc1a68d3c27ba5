// The per-office report the dashboard shows: read from aggregates, never from raw votes.
import { Type, type Static } from 'typebox';
import { FACE_IDS } from './scale';
import { QUALITY_DIMENSIONS } from './quality';

/** A local calendar date in the office's time zone, YYYY-MM-DD. */
export const LocalDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD in the office\'s time zone' });
export { MAX_REPORT_DAYS } from './limits';

/** Count of votes per face; every face of FACE_IDS is present (0 when none). */
export const FaceCountsSchema = Type.Object(Object.fromEntries(FACE_IDS.map((f) => [f, Type.Integer()])) as Record<(typeof FACE_IDS)[number], ReturnType<typeof Type.Integer>>);
export type FaceCounts = Static<typeof FaceCountsSchema>;

const Tally = Type.Object({ total: Type.Integer(), faces: FaceCountsSchema });

// Unknown query parameters (a proxy's cache-buster, say) are ignored rather than refused.
export const ReportQuerySchema = Type.Object({ from: LocalDate, to: LocalDate });
export type ReportQuery = Static<typeof ReportQuerySchema>;

export const OfficeReportSchema = Type.Object({
  office: Type.Object({ id: Type.String(), name: Type.String(), timeZone: Type.String(), administration: Type.String() }),
  period: Type.Object({ from: LocalDate, to: LocalDate }),
  totals: Tally,
  byService: Type.Array(Type.Object({ serviceId: Type.String(), name: Type.String(), archived: Type.Boolean(), ...Tally.properties })),
  byChannel: Type.Array(Type.Object({ channel: Type.String(), ...Tally.properties })),
  daily: Type.Array(Type.Object({ day: LocalDate, ...Tally.properties }), { description: 'Every day of the period, 0 where nobody voted.' }),
  byHour: Type.Array(Type.Object({ hour: Type.Integer({ minimum: 0, maximum: 23 }), ...Tally.properties }), { description: 'Hours 0-23 of the office\'s day.' }),
  reasons: Type.Array(
    Type.Object({
      reasonId: Type.String(),
      label: Type.String(),
      dimension: Type.Union([Type.Enum(QUALITY_DIMENSIONS), Type.Null()]),
      count: Type.Integer(),
    }),
  ),
  followUp: Type.Object(
    { chosen: Type.Integer(), skipped: Type.Integer(), timeout: Type.Integer() },
    { description: 'What the citizens who gave a negative vote did with the reasons question.' },
  ),
});
/** Report of one office over a period. */
export type OfficeReport = Static<typeof OfficeReportSchema>;

export const OfficeSummarySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  timeZone: Type.String(),
  administration: Type.Object({ id: Type.String(), name: Type.String() }),
});
export type OfficeSummary = Static<typeof OfficeSummarySchema>;
