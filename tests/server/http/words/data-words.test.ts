// The catalogue of votes, reports, participation and the public page: every word in both languages, and no key another part of the collector also uses.
import { describe, expect, it } from 'vitest';
import { DATA_EN } from '../../../../server/http/words/data-en';
import { DATA_IT } from '../../../../server/http/words/data-it';
import { HTTP_EN } from '../../../../server/http/words/http-en';
import { MANAGE_EN } from '../../../../server/http/words/manage-en';
import { NOTICES_EN } from '../../../../server/http/words/notices-en';

describe('the data catalogue', () => {
  it('has the same keys in Italian as in English', () => {
    expect(Object.keys(DATA_IT).sort()).toEqual(Object.keys(DATA_EN).sort());
  });

  it('shares no key with the other catalogues: merged into one, the last would silently win', () => {
    const others = new Set([...Object.keys(HTTP_EN), ...Object.keys(MANAGE_EN), ...Object.keys(NOTICES_EN)]);
    expect(Object.keys(DATA_EN).filter((k) => others.has(k))).toEqual([]);
  });
});
