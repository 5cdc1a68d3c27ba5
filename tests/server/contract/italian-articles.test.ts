// The article a figure takes in Italian, as it is read aloud: the dashboard's and the collector's sentences about days and percentages.
import { describe, expect, it } from 'vitest';
import { fromTo, italianArticle } from '../../../server/contract/italian-articles';

describe('italianArticle', () => {
  it('takes «lo» before zero, «l’» before uno, otto… and undici, «il» before every other figure', () => {
    expect(['0%', '1 ottobre', '1,5%', '8%', '80%', '87,5%', '800', '8.000', '11 novembre', '11.500', '2 dicembre', '10%', '18%', '100%', '1.000', '110', '111'].map((f) => italianArticle(f))).toEqual([
      'lo 0%',
      'l’1 ottobre',
      'l’1,5%',
      'l’8%',
      'l’80%',
      'l’87,5%',
      'l’800',
      'l’8.000',
      'l’11 novembre',
      'l’11.500',
      'il 2 dicembre',
      'il 10%',
      'il 18%',
      'il 100%',
      'il 1.000',
      'il 110',
      'il 111',
    ]);
  });

  it('joins da, a and di to it', () => {
    expect(italianArticle('0%', 'da')).toBe('dallo 0%');
    expect(italianArticle('8%', 'a')).toBe('all’8%');
    expect(italianArticle('11 ottobre 2026', 'di')).toBe('dell’11 ottobre 2026');
    expect(italianArticle('5%', 'da')).toBe('dal 5%');
    expect(italianArticle('3 giugno', 'di')).toBe('del 3 giugno');
  });

  it('leaves «il» before what does not start with a figure (a weekday, a month)', () => {
    expect(italianArticle('lun 8 giugno')).toBe('il lun 8 giugno');
    expect(italianArticle('giugno 2026', 'da')).toBe('dal giugno 2026');
  });

  it('says a stretch of days from one end to the other', () => {
    expect(fromTo('8 ottobre', '11 ottobre 2026')).toBe('dall’8 ottobre all’11 ottobre 2026');
    expect(fromTo('3 giugno', '9 giugno 2026')).toBe('dal 3 giugno al 9 giugno 2026');
  });
});
