// The summary an administration's report e-mail carries, from a report written by hand: its offices' missed
// standards, why a lower share may come later in a ranked list, and every kind of doubt about the data, as the PDF says them.
import { describe, expect, it } from 'vitest';
import type { AdministrationReport } from '../../../server/contract/levels';
import type { Score } from '../../../server/contract/report';
import { administrationSections, renderReportEmail } from '../../../server/subscriptions/report-email';

const score = (share: number, votes: number): Score => ({
  votes,
  positiveShare: { value: share, low: share - 0.05, high: share + 0.05, votes, smallSample: votes < 30 },
  index: { value: share * 100, low: share * 100 - 5, high: share * 100 + 5, votes, smallSample: votes < 30 },
});
const charter = (missed: number, withinNoise: number) => ({ missed, 'missed-within-noise': withinNoise, 'met-within-noise': 0, met: 1, 'small-sample': 0, 'no-votes': 0 });

// Only what the e-mail reads; the rest of the report does not change its summary.
const report = {
  administration: { id: 'valdoria', name: 'Comune di Valdoria' },
  period: { from: '2026-10-01', to: '2026-10-31' },
  minSample: 30,
  totals: { total: 300 },
  score: score(0.8, 300),
  comparisons: [],
  offices: [
    // Best first, as the report ranks them: URP's 76.5% comes before Anagrafe's 75.7%, its score shrunk less.
    { officeId: 'a', name: 'Sede municipale', total: 150, score: score(0.765, 150), rank: 1, rankScore: 0.77, charter: charter(1, 1) },
    { officeId: 'b', name: 'Delegazione San Rocco', total: 120, score: score(0.757, 120), rank: 2, rankScore: 0.76, charter: charter(2, 0) },
    { officeId: 'c', name: 'Biblioteca', total: 30, score: score(0.9, 30), rank: 3, rankScore: 0.75, charter: charter(0, 0) },
  ],
  byService: [],
  byChannel: [],
  dataQuality: { computedAt: '2026-11-01T08:00:00.000Z', lateVotes: 2, redatedVotes: 3, periodOpen: false, flaggedVotes: { interval: 3, burst: 1 } },
} as unknown as AdministrationReport;

describe('an administration\'s report e-mail', () => {
  const sections = administrationSections(report, 'Europe/Rome', 'it');
  const section = (heading: string) => sections.find((s) => s.heading === heading);

  it('names the offices whose services missed their standards, the most missed beyond noise first', () => {
    expect(section('Carta dei servizi: standard non rispettati')?.lines).toEqual([
      'Delegazione San Rocco: 2 standard non rispettati (2 oltre il rumore, 0 nel rumore).',
      'Sede municipale: 2 standard non rispettati (1 oltre il rumore, 1 nel rumore).',
    ]);
    const english = administrationSections(report, 'Europe/Rome', 'en').find((s) => s.heading === 'Service charter: standards not met');
    expect(english?.lines[0]).toBe('Delegazione San Rocco: 2 standards not met (2 beyond noise, 0 within noise).');
  });

  it('has no charter section when every standard was met', () => {
    const met = { ...report, offices: report.offices.map((o) => ({ ...o, charter: charter(0, 0) })) };
    expect(administrationSections(met, 'Europe/Rome', 'it').map((s) => s.heading)).not.toContain('Carta dei servizi: standard non rispettati');
  });

  it('says why the worst-first list is not in the order of its shares', () => {
    const offices = section('Uffici da guardare, dal peggiore')!;
    expect(offices.lines).toEqual(['Biblioteca: 90,0% di positivi su 30 giudizi.', 'Delegazione San Rocco: 75,7% di positivi su 120 giudizi.', 'Sede municipale: 76,5% di positivi su 150 giudizi.']);
    expect(offices.note).toMatch(/^In ordine di punteggio ponderato verso la media del gruppo/);
    const email = renderReportEmail({ title: 'Comune di Valdoria', subtitle: null, frequency: 'monthly', language: 'it', from: '2026-10-01', to: '2026-10-31', sections, links: { report: 'https://x/r', unsubscribe: 'https://x/u' }, pdf: false });
    // In the text after the list, not as one of its lines; in the HTML after the list too.
    expect(email.text).toContain(`- Sede municipale: 76,5% di positivi su 150 giudizi.\n${offices.note}\n`);
    expect(email.html).toContain(`</ul><p style="font-size: 0.9em; color: #555; margin-top: -0.5em;">${offices.note}</p>`);
  });

  it('says when a comparison\'s earlier period holds votes only from a later month', () => {
    const change = { delta: -0.035, pValue: 0.2, significant: false, note: null };
    const yearBefore = { kind: 'year-before', period: { from: '2025-10-01', to: '2025-10-31' }, score: score(0.835, 547), positiveShare: change, index: change, dataSince: '2025-10' };
    const partial = { ...report, comparisons: [{ ...yearBefore, period: { from: '2025-01-01', to: '2025-12-31' }, dataSince: '2025-12' }, yearBefore] } as unknown as AdministrationReport;
    const lines = administrationSections(partial, 'Europe/Rome', 'it').find((s) => s.heading === 'Confronti')!.lines;
    expect(lines[0]).toMatch(/^Rispetto a un anno prima \(anno 2025; giudizi raccolti solo da dicembre 2025\): /);
    const english = administrationSections(partial, 'Europe/Rome', 'en').find((s) => s.heading === 'Comparisons')!.lines;
    expect(english[0]).toMatch(/^Compared with a year earlier \(year 2025; votes collected only from December 2025\): /);
  });

  it('counts the taps left out as misuse beside late and re-dated votes, as the PDF does', () => {
    expect(section('Qualità dei dati')?.lines.slice(1)).toEqual([
      '2 giudizi arrivati dopo la fine del periodo (terminali rimasti senza rete).',
      '3 giudizi ridatati dal collettore (orologio del terminale sbagliato).',
      '4 tocchi esclusi come uso improprio (3 troppo ravvicinati, 1 a raffica).',
    ]);
    const one = { ...report, dataQuality: { ...report.dataQuality, lateVotes: 0, redatedVotes: 0, flaggedVotes: { interval: 0, burst: 1 } } };
    expect(administrationSections(one, 'Europe/Rome', 'en').find((s) => s.heading === 'Data quality')?.lines.slice(1)).toEqual(['1 tap left out as misuse (0 too close together, 1 in a burst).']);
  });
});
