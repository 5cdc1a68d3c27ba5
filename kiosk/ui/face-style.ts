// Words and colours of each face and quality dimension, shared by the terminal and the dashboard.
import type { FaceId } from '../../server/contract/scale';
import type { QualityDimension } from '../../server/contract/quality';

export interface FaceStyle {
  /** The word under the face. */
  label: string;
  /** The button's accessible name: screen readers and tests rely on it. */
  accessibleName: string;
  /** Fill of the face. */
  color: string;
  /** Eyes and mouth: black, or white on the darkest fills; contrast with the fill is at least 4.5:1. */
  ink: string;
  /** Curvature of the mouth from -1 (frown) to 1 (broad smile): faces differ by shape, not colour alone. */
  mouth: number;
}

export const FACE_STYLE: Readonly<Record<FaceId, FaceStyle>> = {
  ottimo: { label: 'Ottimo', accessibleName: 'Giudizio ottimo', color: '#1b7a34', ink: '#ffffff', mouth: 1 },
  positivo: { label: 'Positivo', accessibleName: 'Giudizio positivo', color: '#2ea44f', ink: '#000000', mouth: 0.7 },
  sufficiente: { label: 'Sufficiente', accessibleName: 'Giudizio sufficiente', color: '#f2c200', ink: '#000000', mouth: 0 },
  negativo: { label: 'Negativo', accessibleName: 'Giudizio negativo', color: '#e5534b', ink: '#000000', mouth: -0.7 },
  pessimo: { label: 'Pessimo', accessibleName: 'Giudizio pessimo', color: '#a1170f', ink: '#ffffff', mouth: -1 },
};

export const DIMENSION_LABEL: Readonly<Record<QualityDimension, string>> = {
  accessibility: 'Accessibilità',
  timeliness: 'Tempestività',
  transparency: 'Trasparenza',
  effectiveness: 'Efficacia',
};
