// Counts given to the dashboard's words as numbers, so the words agree with them: «1 giudizio negativo», «1 persona», «1 person served», not «1 giudizi», «1 persone».
import { describe, expect, it } from 'vitest';
import { RULE_SUMMARY } from '../../../../kiosk/dashboard/alerts/rule-summary-labels';
import { S } from '../../../../kiosk/dashboard/admin/served-labels';
import { applyEnglish } from '../../../../kiosk/dashboard/i18n/en/index';
import { R } from '../../../../kiosk/dashboard/report-labels';
import { T } from '../../../../kiosk/dashboard/trend-labels';

describe('counts in Italian', () => {
  it('agree with one', () => {
    expect(T.reasonsIntro(1)).toMatch(/^Quota di 1 giudizio negativo che indica ciascuna motivazione\./);
    expect(T.followUpIntro(1)).toBe('Dell’unico giudizio negativo del periodo, dopo la domanda «che cosa non è andato?»:');
    expect(R.votesOfServed(1, 1)).toBe('1 giudizio su 1 persona servita');
    expect(S.people(1)).toBe('1 persona');
    expect(RULE_SUMMARY.silence({ kind: 'silence', hours: 1 })).toBe("un'ora di apertura senza giudizi");
  });

  it('agree with many, written in the locale', () => {
    expect(T.reasonsIntro(12000)).toMatch(/^Quota dei 12\.000 giudizi negativi che indicano ciascuna motivazione\./);
    expect(T.followUpIntro(2)).toBe('Dei 2 giudizi negativi del periodo, dopo la domanda «che cosa non è andato?»:');
    expect(R.votesOfServed(3, 12000)).toBe('3 giudizi su 12.000 persone servite');
    expect(S.people(12000)).toBe('12.000 persone');
    expect(S.votes(12000)).toBe('12.000 giudizi');
    expect(RULE_SUMMARY.silence({ kind: 'silence', hours: 0.5 })).toBe('0,5 ore di apertura senza giudizi');
  });
});

// Last: the English catalogue, once applied, stays for the rest of this file. Numbers under a
// thousand: the formatter was made in Italian when this file loaded.
describe('counts in English', () => {
  it('agree with one and with many', () => {
    applyEnglish();
    expect(T.reasonsIntro(1)).toMatch(/^Share of the 1 negative vote that gives each reason\./);
    expect(T.reasonsIntro(7)).toMatch(/^Share of the 7 negative votes that give each reason\./);
    expect(T.followUpIntro(1)).toBe('Of the period’s only negative vote, after the question ‘what went wrong?’:');
    expect(T.followUpIntro(7)).toBe('Of the period’s 7 negative votes, after the question ‘what went wrong?’:');
    expect(R.votesOfServed(1, 1)).toBe('1 vote from 1 person served');
    expect(R.votesOfServed(2, 40)).toBe('2 votes from 40 people served');
    expect(S.people(1)).toBe('1 person');
    expect(S.people(40)).toBe('40 people');
    expect(RULE_SUMMARY.silence({ kind: 'silence', hours: 1 })).toBe('one opening hour without votes');
    expect(RULE_SUMMARY.silence({ kind: 'silence', hours: 3 })).toBe('3 opening hours without votes');
  });
});
