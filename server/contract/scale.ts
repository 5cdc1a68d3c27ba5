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

/**
 * Face values in twelfths, linear from 12 (best) to 0 (worst): 12/6/0 on three faces, 12/8/4/0 on
 * four, 12/9/6/3/0 on five, whole numbers on every scale. The 0-100 index is built on them, and the
 * totals-only rollups keep them as integer sums, exact however many votes they add up. The same face
 * id may mean different things on two scales ("positivo" is the best of three and the second of
 * five), so the scale travels with the face. Null for a face the scale lacks.
 */
export const POINTS_PER_VOTE = 12;

export function facePoints(scale: number, face: string): number | null {
  const faces = SCALES[scale as ScaleSize] as readonly string[] | undefined;
  const i = faces?.indexOf(face) ?? -1;
  if (!faces || i < 0) return null;
  // Integer arithmetic: 2 * 12 / 3 is exactly 8, where (2 / 3) * 12 need not be.
  return ((faces.length - 1 - i) * POINTS_PER_VOTE) / (faces.length - 1);
}

export function facesOf(scale: ScaleSize): readonly FaceId[] {
  return SCALES[scale];
}

/** A negative face opens the "what went wrong?" question. */
export function asksForReasons(face: FaceId): boolean {
  return FACE_SENTIMENT[face] === 'negative';
}
