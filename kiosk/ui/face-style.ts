// Colours and mouth of each face, shared by the terminal and the dashboard; their words live in each app's catalogue.
import type { FaceId } from '../../server/contract/scale';

export interface FaceStyle {
  /** Fill of the face. */
  color: string;
  /** Eyes and mouth: black, or white on the darkest fills; contrast with the fill is at least 4.5:1. */
  ink: string;
  /** Curvature of the mouth from -1 (frown) to 1 (broad smile): faces differ by shape, not colour alone. */
  mouth: number;
}

export const FACE_STYLE: Readonly<Record<FaceId, FaceStyle>> = {
  ottimo: { color: '#1b7a34', ink: '#ffffff', mouth: 1 },
  positivo: { color: '#2ea44f', ink: '#000000', mouth: 0.7 },
  sufficiente: { color: '#f2c200', ink: '#000000', mouth: 0 },
  negativo: { color: '#e5534b', ink: '#000000', mouth: -0.7 },
  pessimo: { color: '#a1170f', ink: '#ffffff', mouth: -1 },
};
