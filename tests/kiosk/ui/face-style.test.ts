// Every face's features stand out from its fill (WCAG contrast), so the face reads without colour vision.
import { describe, expect, it } from 'vitest';
import { FACE_IDS } from '../../../server/contract/scale';
import { FACE_STYLE } from '../../../kiosk/ui/face-style';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('face colours', () => {
  it.each(FACE_IDS)('%s: eyes and mouth have at least 4.5:1 contrast with the fill', (face) => {
    expect(contrast(FACE_STYLE[face].color, FACE_STYLE[face].ink)).toBeGreaterThanOrEqual(4.5);
  });

  it('the mouths go from smile to frown in scale order', () => {
    const mouths = FACE_IDS.map((f) => FACE_STYLE[f].mouth);
    expect([...mouths].sort((a, b) => b - a)).toEqual(mouths);
    expect(new Set(mouths).size).toBe(FACE_IDS.length);
  });
});
