// The few words inside figures: intervals, points of difference, the smallest p-value shown.

export const FIGURE_WORDS = {
  between: (low: string, high: string) => `tra ${low} e ${high}`,
  points: (signed: string, one: boolean) => `${signed} ${one ? 'punto' : 'punti'}`,
  zeroPoints: '0 punti',
  pBelowSmallest: '< 0,0001',
};
