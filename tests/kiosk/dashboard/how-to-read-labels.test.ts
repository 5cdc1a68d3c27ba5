// "Come leggere questi numeri" states the scales' face values and which faces count as positive: both are tied here to server/contract/scale.ts.
import { describe, expect, it } from 'vitest';
import { FACE_SENTIMENT, facePoints, POINTS_PER_VOTE, SCALE_SIZES, SCALES, type ScaleSize } from '../../../server/contract/scale';
import { HOW_TO_READ as ITALIAN } from '../../../kiosk/dashboard/how-to-read-labels';
import { HOW_TO_READ as ENGLISH } from '../../../kiosk/dashboard/i18n/en/how-to-read-labels';
import { FACE_LABELS as ENGLISH_FACES } from '../../../kiosk/dashboard/i18n/en/labels';
import { FACE_LABELS as ITALIAN_FACES } from '../../../kiosk/dashboard/labels';

const FRACTIONS: Readonly<Record<string, string>> = { '0': '', '0.333': '⅓', '0.667': '⅔', '0.5': '½', '0.25': '¼', '0.75': '¾' };

/** A face's value on the 0-100 index, as the text writes it: 66⅔, not 66,7. */
function indexValue(scale: ScaleSize, face: string): string {
  const value = (facePoints(scale, face)! * 100) / POINTS_PER_VOTE;
  const whole = Math.floor(value);
  const fraction = FRACTIONS[String(Math.round((value - whole) * 1000) / 1000)];
  if (fraction === undefined) throw new Error(`no glyph for ${value}`);
  return `${whole}${fraction}`;
}

const values = (scale: ScaleSize) => SCALES[scale].map((face) => indexValue(scale, face));
const list = (items: string[], and: string) => `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

describe('how to read the figures', () => {
  it('gives every scale’s face values as scale.ts computes them', () => {
    expect(SCALE_SIZES).toEqual([3, 4, 5]);
    expect(values(3)).toEqual(['100', '50', '0']);
    expect(ITALIAN.index).toContain('con tre faccine la verde vale 100, la gialla 50, la rossa 0');
    expect(ENGLISH.index).toContain('with three faces green counts 100, yellow 50 and red 0');
    expect(ITALIAN.index).toContain(`con quattro faccine ${list(values(4), 'e')}`);
    expect(ENGLISH.index).toContain(`with four faces ${list(values(4), 'and')}`);
    expect(ITALIAN.index).toContain(`con cinque ${list(values(5), 'e')}`);
    expect(ENGLISH.index).toContain(`with five ${list(values(5), 'and')}`);
  });

  it('names the positive faces, and the scales that show the best one, by the dashboard’s words', () => {
    const positive = SCALE_SIZES.map((size) => SCALES[size].filter((face) => FACE_SENTIMENT[face] === 'positive'));
    expect(positive).toEqual([['positivo'], ['ottimo', 'positivo'], ['ottimo', 'positivo']]);
    expect(ITALIAN.positive).toContain(`«${ITALIAN_FACES.positivo.toLowerCase()}» (e «${ITALIAN_FACES.ottimo.toLowerCase()}», dove il terminale mostra quattro o cinque faccine)`);
    expect(ENGLISH.positive).toContain(`‘${ENGLISH_FACES.positivo.toLowerCase()}’ votes (and ‘${ENGLISH_FACES.ottimo.toLowerCase()}’, where the terminal shows four or five faces)`);
  });
});
