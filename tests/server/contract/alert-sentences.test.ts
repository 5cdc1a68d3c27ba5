// The sentence of what an alert saw, in each dashboard language (the collector's message, its e-mails, the dashboard), numbers in the reader's locale.
import { describe, expect, it } from 'vitest';
import { ALERT_SENTENCES, describeAlert, numberWords } from '../../../server/contract/alert-sentences';

describe('describeAlert', () => {
  it('writes each kind in Italian, with a decimal comma and one decimal at most', () => {
    expect(describeAlert({ kind: 'negative-share', share: 0.4567, votes: 20, openAbovePct: 30 })).toBe('Giudizi negativi: 45,7% degli ultimi 20 (soglia 30%).');
    expect(describeAlert({ kind: 'low-index', index: 100 / 3, windowHours: 2, votes: 12, openBelow: 50 })).toBe('Indice di soddisfazione 33,3 su 100 nelle ultime 2 ore (12 giudizi; soglia 50).');
    expect(describeAlert({ kind: 'silence', hours: 2.1667, thresholdHours: 2, neverVoted: true })).toBe(
      'Nessun giudizio da 2,2 ore di apertura (soglia 2 ore): nessun giudizio da quando la regola esiste.',
    );
    expect(describeAlert({ kind: 'charter-at-risk', share: 0.7, votes: 40, standardPct: 80, neededShare: 0.9 })).toBe(
      'Standard della carta a rischio: 70% di positivi nel mese (40 giudizi), lo standard promesso è 80%; servirebbe il 90% di positivi nel resto del mese.',
    );
  });

  it('takes another table and locale, as the English dashboard does', () => {
    const english = { ...ALERT_SENTENCES.it, 'negative-share': (f: { share: number; votes: number }, n: ReturnType<typeof numberWords>) => `${n.pct(f.share)} of ${f.votes}` };
    expect(describeAlert({ kind: 'negative-share', share: 0.4567, votes: 1200, openAbovePct: 30 }, english, numberWords('en-GB'))).toBe('45.7% of 1200');
  });

  it('writes each kind in English from the same table the dashboard and the English e-mails use, with a decimal point', () => {
    const en = (facts: Parameters<typeof describeAlert>[0]) => describeAlert(facts, ALERT_SENTENCES.en, numberWords('en-GB'));
    expect(en({ kind: 'negative-share', share: 0.4567, votes: 20, openAbovePct: 30 })).toBe('Negative votes: 45.7% of the last 20 (threshold 30%).');
    expect(en({ kind: 'low-index', index: 100 / 3, windowHours: 2, votes: 1200, openBelow: 50 })).toBe('Satisfaction index 33.3 out of 100 over the last 2 hours (1200 votes; threshold 50).');
    // A window of whole days, as a person says it; one hour in the singular.
    expect(en({ kind: 'low-index', index: 50, windowHours: 720, votes: 40, openBelow: 60 })).toBe('Satisfaction index 50 out of 100 over the last 30 days (40 votes; threshold 60).');
    expect(describeAlert({ kind: 'low-index', index: 50, windowHours: 720, votes: 40, openBelow: 60 })).toBe('Indice di soddisfazione 50 su 100 negli ultimi 30 giorni (40 giudizi; soglia 60).');
    expect(describeAlert({ kind: 'low-index', index: 50, windowHours: 1, votes: 40, openBelow: 60 })).toBe('Indice di soddisfazione 50 su 100 nell’ultima ora (40 giudizi; soglia 60).');
    expect(describeAlert({ kind: 'low-index', index: 50, windowHours: 36, votes: 40, openBelow: 60 })).toBe('Indice di soddisfazione 50 su 100 nelle ultime 36 ore (40 giudizi; soglia 60).');
    expect(en({ kind: 'silence', hours: 2.1667, thresholdHours: 2, neverVoted: true })).toBe('No vote for 2.2 opening hours (threshold 2 hours): no vote since the rule was made.');
    expect(en({ kind: 'charter-at-risk', share: 0.7, votes: 40, standardPct: 80, neededShare: 1.2 })).toBe(
      'Charter standard at risk: 70% positive this month (40 votes), against a promised standard of 80%; no longer within reach.',
    );
  });
});
