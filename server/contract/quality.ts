// Quality dimensions of public services and the default reasons for a negative vote.

/** The dimensions public bodies use in their service charters (Carta dei servizi). */
export const QUALITY_DIMENSIONS = ['accessibility', 'timeliness', 'transparency', 'effectiveness'] as const;
export type QualityDimension = (typeof QUALITY_DIMENSIONS)[number];

/** A reason an administration offers after a negative vote. */
export interface ReasonDefinition {
  code: string;
  label: string;
  /** null for "something else", which speaks to no dimension in particular. */
  dimension: QualityDimension | null;
}

/**
 * The four reasons of the national programme. "Having to come back" is filed under transparency:
 * in practice a second visit is needed when the citizen was not told clearly what to bring.
 */
export const DEFAULT_REASONS: readonly ReasonDefinition[] = [
  { code: 'attesa', label: 'Tempo di attesa', dimension: 'timeliness' },
  { code: 'servizio', label: 'Il servizio ricevuto', dimension: 'effectiveness' },
  { code: 'ritorno', label: 'Devo tornare un’altra volta', dimension: 'transparency' },
  { code: 'altro', label: 'Altro', dimension: null },
];
