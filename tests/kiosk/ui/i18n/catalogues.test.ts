// Every language's catalogue has exactly Italian's keys, of the same kinds, and no empty text: a missing word fails here, not on a terminal.
import { describe, expect, it as test } from 'vitest';
import { LANGUAGES, TERMINAL_LANGUAGES } from '../../../../server/contract/languages';
import { it } from '../../../../kiosk/ui/i18n/it';
import { loadWords } from '../../../../kiosk/ui/i18n/languages';
import ar from '../../../../kiosk/ui/i18n/ar';
import de from '../../../../kiosk/ui/i18n/de';
import en from '../../../../kiosk/ui/i18n/en';
import es from '../../../../kiosk/ui/i18n/es';
import fr from '../../../../kiosk/ui/i18n/fr';
import ro from '../../../../kiosk/ui/i18n/ro';
import sl from '../../../../kiosk/ui/i18n/sl';
import sq from '../../../../kiosk/ui/i18n/sq';
import uk from '../../../../kiosk/ui/i18n/uk';
import zh from '../../../../kiosk/ui/i18n/zh';
import { catalogueProblems } from './catalogue-problems';

const CATALOGUES: Record<string, unknown> = { it, de, fr, sl, en, ro, sq, ar, zh, uk, es };

describe('terminal catalogues', () => {
  test('there is one for every language the terminal offers, and no other', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...TERMINAL_LANGUAGES].sort());
    expect(LANGUAGES.map((l) => l.code)).toEqual([...TERMINAL_LANGUAGES]);
  });

  test('Italian itself has no empty text', () => {
    expect(catalogueProblems(it, it)).toEqual([]);
  });

  for (const code of TERMINAL_LANGUAGES.filter((c) => c !== 'it')) {
    test(`${code} has every key of Italian, of the same kind, none empty, none extra`, () => {
      expect(catalogueProblems(it, CATALOGUES[code])).toEqual([]);
    });

    test(`${code} loads lazily as the same catalogue`, async () => {
      expect(await loadWords(code)).toBe(CATALOGUES[code]);
    });
  }

  test('each language is named in itself, once', () => {
    const names = LANGUAGES.map((l) => l.endonym);
    expect(new Set(names).size).toBe(names.length);
    expect(LANGUAGES.find((l) => l.code === 'de')?.endonym).toBe('Deutsch');
    expect(LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
  });
});

describe('the comparison itself', () => {
  const reference = { a: 'x', f: (n: number) => `${n}`, nested: { b: 'y' } };

  test('names a missing key, a nested one too', () => {
    expect(catalogueProblems(reference, { a: 'x', f: (n: number) => `${n}` })).toEqual(['nested: missing']);
    expect(catalogueProblems(reference, { a: 'x', f: (n: number) => `${n}`, nested: {} })).toEqual(['nested.b: missing']);
  });

  test('names an empty or blank string, and a function that returns one', () => {
    expect(catalogueProblems(reference, { a: ' ', f: (_n: number) => '', nested: { b: 'y' } })).toEqual(['a: empty', 'f: returns an empty text']);
  });

  test('names a function where Italian has text, an extra key, a different arity', () => {
    expect(catalogueProblems(reference, { a: () => 'x', f: () => 'z', nested: { b: 'y' }, extra: 'e' })).toEqual([
      'a: string in Italian, function here',
      'f: takes 0 arguments, Italian 1',
      'extra: not in Italian',
    ]);
  });
});
