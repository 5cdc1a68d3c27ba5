// The words inside figures, in English (kiosk/dashboard/figure-labels.ts is the Italian original).
import type { FIGURE_WORDS as Italian } from '../../figure-labels';
import type { Translation } from '../translation';

export const FIGURE_WORDS: Translation<typeof Italian> = {
  between: (low, high) => `between ${low} and ${high}`,
  points: (signed, one) => `${signed} ${one ? 'point' : 'points'}`,
  zeroPoints: '0 points',
  pBelowSmallest: '< 0.0001',
};
