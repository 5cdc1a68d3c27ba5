// The report files' catalogues: the English one has every key of the Italian one, at any depth, with the same parameters, and translates them.
import { describe, expect, it } from 'vitest';
import { DASHBOARD_LANGUAGES } from '../../../../../server/contract/languages';
import { exportFormat } from '../../../../../server/reports/exports/format';
import { EN } from '../../../../../server/reports/exports/words/en';
import { EXPORT_WORDS, exportText } from '../../../../../server/reports/exports/words/export-text';
import { IT, type ExportWords } from '../../../../../server/reports/exports/words/it';

/** English values that rightly are the Italian ones: the same word in both languages, or a code. */
const SAME_ON_PURPOSE = new Set(['common.no', 'channels.totem', 'channels.web', 'channelsInText.totem', 'channelsInText.web', 'pdf.standard', 'pdf.standardLine', 'xlsx.p']);

/** Walks a catalogue beside a translation and names every key that differs in shape, or is left in Italian. */
function compare(where: string, italian: unknown, other: unknown, problems: string[]): void {
  if (typeof italian === 'function') {
    if (typeof other !== 'function') return void problems.push(`${where}: a function in Italian, ${typeof other} in the translation`);
    if (other.length !== italian.length) problems.push(`${where}: ${italian.length} parameters in Italian, ${other.length} in the translation`);
    return;
  }
  if (typeof italian === 'string') {
    if (typeof other !== 'string') return void problems.push(`${where}: a text in Italian, ${typeof other} in the translation`);
    if (other === italian && !SAME_ON_PURPOSE.has(where)) problems.push(`${where}: still the Italian «${italian}»`);
    return;
  }
  if (italian && typeof italian === 'object') {
    if (!other || typeof other !== 'object') return void problems.push(`${where}: a table in Italian, ${typeof other} in the translation`);
    for (const key of Object.keys(italian)) if (!(key in other)) problems.push(`${where}.${key}: missing in the translation`);
    for (const key of Object.keys(other)) if (!(key in italian)) problems.push(`${where}.${key}: in the translation only (a key renamed or removed in Italian?)`);
    for (const key of Object.keys(italian)) if (key in other) compare(where ? `${where}.${key}` : key, (italian as Record<string, unknown>)[key], (other as Record<string, unknown>)[key], problems);
  }
}

describe('export catalogues', () => {
  it('has one for every dashboard language', () => {
    expect(Object.keys(EXPORT_WORDS).sort()).toEqual([...DASHBOARD_LANGUAGES].sort());
    expect(EXPORT_WORDS.it).toBe(IT);
    expect(EXPORT_WORDS.en).toBe(EN);
  });

  it('the English has every key of the Italian, nested tables and functions too, with the same parameters, all translated', () => {
    const problems: string[] = [];
    compare('', IT, EN, problems);
    expect(problems).toEqual([]);
  });

  it('the check itself sees a missing key, an extra key, a changed parameter list, a function turned text and an untranslated sentence', () => {
    const problems: string[] = [];
    compare('t', { a: 'Uno', b: (n: number) => `${n}`, c: 'Una frase', d: { e: 'x', g: () => 'y' } }, { b: () => '', c: 'Una frase', d: { e: 'z', f: 'y', g: 'y' } }, problems);
    expect(problems).toEqual([
      't.a: missing in the translation',
      't.b: 1 parameters in Italian, 0 in the translation',
      't.c: still the Italian «Una frase»',
      't.d.f: in the translation only (a key renamed or removed in Italian?)',
      't.d.g: a function in Italian, string in the translation',
    ]);
  });

  it('agree in number with a single vote', () => {
    expect(IT.pdf.participation('2,4%', 1, '1', 42, '42', 1)).toBe('2,4%: 1 giudizio su 42 persone servite, con il dato al più in 1 giorno per servizio.');
    expect(EN.pdf.participation('2.4%', 1, '1', 42, '42', 1)).toBe('2.4%: 1 vote from 42 people served, with the figure on at most 1 day per service.');
    expect(IT.pdf.participation('4,2%', 6, '6', 142, '142', 2)).toBe('4,2%: 6 giudizi su 142 persone servite, con il dato al più in 2 giorni per servizio.');
    // One person served: the words agree with the count, not with the text of it.
    expect(IT.pdf.participation('100%', 1, '1', 1, '1', 1)).toBe('100%: 1 giudizio su 1 persona servita, con il dato al più in 1 giorno per servizio.');
    expect(EN.pdf.participation('100%', 1, '1', 1, '1', 1)).toBe('100%: 1 vote from 1 person served, with the figure on at most 1 day per service.');
    expect(EN.pdf.participation('50%', 2, '2', 4, '4', 2)).toBe('50%: 2 votes from 4 people served, with the figure on at most 2 days per service.');
    expect(IT.pdf.negativesWithoutReason(1, '1')).toBe('1 giudizio negativo, senza un motivo indicato.');
    expect(EN.pdf.negativesWithoutReason(1, '1')).toBe('1 negative vote, without a reason given.');
    expect(IT.pdf.negativesWithoutReason(6, '6')).toBe('6 giudizi negativi, nessuno con un motivo indicato.');
  });

  it('a catalogue without one of the keys is not a catalogue (checked by tsc)', () => {
    const { locale: _, ...withoutLocale } = EN;
    const { pdf, ...rest } = EN;
    const { trend: __, ...pdfWithoutTrend } = pdf;
    // @ts-expect-error a key missing at the top
    const missing: ExportWords = withoutLocale;
    // @ts-expect-error a key missing in a nested table
    const missingNested: ExportWords = { ...rest, pdf: pdfWithoutTrend };
    // @ts-expect-error a function with other parameters
    const otherParameters: ExportWords = { ...EN, votes: (n: string) => n };
    expect([missing, missingNested, otherParameters]).toHaveLength(3);
  });
});

describe('export formats', () => {
  const it_ = exportFormat(IT);
  const en = exportFormat(EN);

  it('write figures with a decimal comma in Italian and a decimal point in English', () => {
    expect([it_.share(0.5), it_.index(58.93), it_.sharePoints(-0.04), it_.points(0.6), it_.p(0.003752), it_.p(0.00001)]).toEqual(['50,0%', '58,9', '−4,0 punti', '+0,6 punti', '0,003752', '< 0,0001']);
    expect([en.share(0.5), en.index(58.93), en.sharePoints(-0.04), en.points(0.6), en.p(0.003752), en.p(0.00001)]).toEqual(['50.0%', '58.9', '−4.0 points', '+0.6 points', '0.003752', '< 0.0001']);
    // The smallest p-value is a bound, and the sentence says so.
    expect([IT.pdf.pValue(it_.p(0.003752)), IT.pdf.pValue(it_.p(0.00001)), EN.pdf.pValue(en.p(0.00001))]).toEqual(['p = 0,003752', 'p < 0,0001', 'p < 0.0001']);
    expect([it_.count(12345), en.count(12345), it_.votes(1), en.votes(1), it_.votes(12345), en.votes(12345)]).toEqual(['12.345', '12,345', '1 giudizio', '1 vote', '12.345 giudizi', '12,345 votes']);
  });

  it('write days, months and periods in the language, day before month in both', () => {
    expect([it_.day('2026-03-01'), en.day('2026-03-01')]).toEqual(['1 marzo 2026', '1 March 2026']);
    expect([it_.period('2026-03-01', '2026-03-31'), en.period('2026-03-01', '2026-03-31')]).toEqual(['marzo 2026', 'March 2026']);
    expect([it_.period('2026-01-01', '2026-12-31'), en.period('2026-01-01', '2026-12-31')]).toEqual(['anno 2026', 'year 2026']);
    expect([it_.period('2026-03-09', '2026-03-15'), en.period('2026-03-09', '2026-03-15')]).toEqual(['dal 9 marzo 2026 al 15 marzo 2026', 'from 9 March 2026 to 15 March 2026']);
    // One day is that day, not «dal 27 novembre 2026 al 27 novembre 2026».
    expect([it_.period('2026-11-27', '2026-11-27'), en.period('2026-11-27', '2026-11-27')]).toEqual(['27 novembre 2026', '27 November 2026']);
    // For a page header: each date held on one line, the words between them free to wrap.
    expect(it_.period('2025-12-01', '2026-11-28', true)).toBe('dall’1\u00a0dicembre\u00a02025 al 28\u00a0novembre\u00a02026');
    expect(en.period('2026-03-01', '2026-03-31', true)).toBe('March\u00a02026');
    expect(en.instant('2026-04-02T10:00:00Z', 'Europe/Rome')).toBe('2 April 2026 at 12:00');
    expect(it_.instant('2026-04-02T10:00:00Z', 'Europe/Rome')).toBe('2 aprile 2026 alle ore 12:00');
  });

  it('exportText pairs each language with its own catalogue and formats', () => {
    expect(exportText('en').w).toBe(EN);
    expect(exportText('en').f.share(0.25)).toBe('25.0%');
    expect(exportText('it').f.share(0.25)).toBe('25,0%');
  });
});
