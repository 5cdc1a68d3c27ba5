// The satisfaction scale: which faces a terminal offers and what each one means.
// Only ids and meaning live here; words, colours and drawings are the UI's (kiosk/ui/faces.tsx).

/** How a face reads for reports and for the follow-up question. */
export type Sentiment = 'positive' | 'neutral' | 'negative';

/**
 * Every face any scale may use, from best to worst. The 3-face scale is the one of the national
 * programme "Mettiamoci la faccia": green positivo, yellow sufficiente, red negativo.
 */
export const FACE_IDS = ['ottimo', 'positivo', 'sufficiente', 'negativo', 'pessimo'] as const;
export type FaceId = (typeof FACE_IDS)[number];

export const FACE_SENTIMENT: Readonly<Record<FaceId, Sentiment>> = {
  ottimo: 'positive',
  positivo: 'positive',
  sufficiente: 'neutral',
  negativo: 'negative',
  pessimo: 'negative',
};

/** The scales a terminal may be set to, faces in display order (best first, as on the programme's posters). */
export const SCALES = {
  3: ['positivo', 'sufficiente', 'negativo'],
  4: ['ottimo', 'positivo', 'negativo', 'pessimo'],
  5: ['ottimo', 'positivo', 'sufficiente', 'negativo', 'pessimo'],
} as const satisfies Record<number, readonly FaceId[]>;

export type ScaleSize = keyof typeof SCALES;
export const SCALE_SIZES = Object.keys(SCALES).map(Number) as ScaleSize[];
export const DEFAULT_SCALE: ScaleSize = 3;

export function facesOf(scale: ScaleSize): readonly FaceId[] {
  return SCALES[scale];
}

/** A negative face opens the "what went wrong?" question. */
export function asksForReasons(face: FaceId): boolean {
  return FACE_SENTIMENT[face] === 'negative';
}
