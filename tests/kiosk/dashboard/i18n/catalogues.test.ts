// The dashboard's catalogues: every Italian table has its English one with the same keys, and nothing is left in Italian by mistake.
import { describe, expect, it } from 'vitest';
import { ENGLISH_MODULES, ITALIAN_MODULES } from '../../../../kiosk/dashboard/i18n/en/index';

/**
 * English values that are rightly the Italian text: words that are the same in both languages, and
 * any text meant for Italian readers whatever the manager's language (none at present: the QR card
 * printed for citizens has its own words, server/contract/qr-card-words.ts).
 */
const SAME_ON_PURPOSE = new Set<string>();
const sameWord = (text: string) => text.length <= 12 || !/\s/.test(text.trim());

type Problem = string;

/** Walks an Italian table beside its translation and names every key that differs in shape. */
function compare(where: string, italian: unknown, english: unknown, problems: Problem[]): void {
  if (typeof italian === 'function') {
    if (typeof english !== 'function') return void problems.push(`${where}: a function in Italian, ${typeof english} in English`);
    if (english.length !== italian.length) problems.push(`${where}: ${italian.length} parameters in Italian, ${english.length} in English`);
    return;
  }
  if (typeof italian === 'string') {
    if (typeof english !== 'string') return void problems.push(`${where}: a text in Italian, ${typeof english} in English`);
    if (english === italian && !sameWord(italian) && !SAME_ON_PURPOSE.has(where)) problems.push(`${where}: still the Italian «${italian}»`);
    return;
  }
  if (italian && typeof italian === 'object') {
    if (!english || typeof english !== 'object') return void problems.push(`${where}: a table in Italian, ${typeof english} in English`);
    const it = Object.keys(italian);
    const en = Object.keys(english);
    for (const key of it) if (!(key in english)) problems.push(`${where}.${key}: missing in English`);
    for (const key of en) if (!(key in italian)) problems.push(`${where}.${key}: in English only (a key renamed or removed in Italian?)`);
    for (const key of it) if (key in english) compare(`${where}.${key}`, (italian as Record<string, unknown>)[key], (english as Record<string, unknown>)[key], problems);
  }
}

describe('dashboard catalogues', () => {
  it('finds the labels modules (the globs still match the tree)', () => {
    expect(Object.keys(ITALIAN_MODULES)).toContain('labels');
    expect(Object.keys(ITALIAN_MODULES)).toContain('admin/admin-labels');
    expect(Object.keys(ITALIAN_MODULES).length).toBeGreaterThanOrEqual(15);
  });

  it('has an English file for every Italian labels module, and none for a module that is gone', () => {
    expect(Object.keys(ENGLISH_MODULES).sort()).toEqual(Object.keys(ITALIAN_MODULES).sort());
  });

  it('translates every table of every module, key by key, with the same parameters', () => {
    const problems: Problem[] = [];
    for (const [path, italian] of Object.entries(ITALIAN_MODULES)) {
      const english = ENGLISH_MODULES[path] ?? {};
      for (const [name, table] of Object.entries(italian)) {
        // Exported functions are code (they read the tables); types leave nothing at run time.
        if (typeof table === 'function') continue;
        if (!(name in english)) {
          problems.push(`${path}.${name}: no English table`);
          continue;
        }
        compare(`${path}.${name}`, table, english[name], problems);
      }
      for (const name of Object.keys(english)) if (!(name in italian)) problems.push(`${path}.${name}: an English table with no Italian one`);
    }
    expect(problems).toEqual([]);
  });

  it('the check itself sees a missing key, an extra key, a changed parameter list and an untranslated sentence', () => {
    const problems: Problem[] = [];
    compare('t', { a: 'Uno', b: (n: number) => `${n}`, c: 'Una frase intera', d: { e: 'x' } }, { b: () => '', c: 'Una frase intera', d: { e: 'x', f: 'y' } }, problems);
    expect(problems).toEqual([
      't.a: missing in English',
      't.b: 1 parameters in Italian, 0 in English',
      't.c: still the Italian «Una frase intera»',
      't.d.f: in English only (a key renamed or removed in Italian?)',
    ]);
  });
});
