// The sentence of what an alert saw: Italian for the collector's message and e-mails, numbers in the reader's locale.
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
    const english = { ...ALERT_SENTENCES, 'negative-share': (f: { share: number; votes: number }, n: ReturnType<typeof numberWords>) => `${n.pct(f.share)} of ${f.votes}` };
    expect(describeAlert({ kind: 'negative-share', share: 0.4567, votes: 1200, openAbovePct: 30 }, english, numberWords('en-GB'))).toBe('45.7% of 1200');
  });
});
