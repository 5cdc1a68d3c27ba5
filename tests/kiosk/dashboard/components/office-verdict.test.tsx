// The report's first screen: the verdict, comparisons beyond noise or not, the charter at a glance, services worst first with small samples greyed, the data's quality.
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { OfficeVerdict } from '../../../../kiosk/dashboard/components/office-verdict';
import type { OfficeReport } from '../../../../server/contract/report';
import { faces, officeReport, scoreOfFaces } from '../fixtures/office-report';
import { freshContainer } from '../fixtures/container';

const container = freshContainer();
const $ = (testId: string) => container().querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();


const show = (report: OfficeReport) => render(<OfficeVerdict report={report} />, container());

describe('<OfficeVerdict>', () => {
  it('gives the share positive and the index, each with its votes and interval in words', () => {
    show(officeReport());
    expect($('headline-share')?.querySelector('.figure-value')?.textContent).toBe('62%');
    expect(text($('headline-share-basis'))).toBe('200 giudizi · tra 55% e 68%');
    expect($('headline-share')?.dataset.small).toBe('false');
    // (124 × 100 + 46 × 50) / 200 = 73.5.
    expect(text($('headline-index')?.querySelector('.figure-value'))).toBe('74 su 100');
    expect(text($('headline-index-basis'))).toMatch(/^200 giudizi · tra 6\d e 7\d$/);
  });

  it('tells a change beyond noise from one within it, with the p-value', () => {
    show(officeReport());
    const previous = $('compare-previous-share')!;
    expect(previous.dataset.significant).toBe('true');
    expect(previous.dataset.direction).toBe('up');
    expect(text(previous.querySelector('.compare-result'))).toBe('▲ +14,6 punti, oltre il rumore statistico (p = 0,003704)');
    expect(text(previous.querySelector('.compare-what'))).toBe('Rispetto al periodo precedente (27 mag – 2 giu 24, allora 47%)');
    const yearBefore = $('compare-year-before-share')!;
    expect(yearBefore.dataset.significant).toBe('false');
    expect(text(yearBefore.querySelector('.compare-result'))).toBe('▲ +4,5 punti, nel rumore statistico (p = 0,3588)');
    expect(text($('compare-previous-index')?.querySelector('.compare-result'))).toBe('▲ +13,0 punti, oltre il rumore statistico (p = 0,001206)');
  });

  it('writes a p-value below the smallest shown as a bound: «p < 0,0001», not «p = < 0,0001»', () => {
    const report = officeReport();
    const tiny = (c: (typeof report.comparisons)[number]) => ({ ...c, positiveShare: { ...c.positiveShare, pValue: 0.0000012 } });
    show({ ...report, comparisons: report.comparisons.map(tiny) });
    expect(text($('compare-previous-share')?.querySelector('.compare-result'))).toBe('▲ +14,6 punti, oltre il rumore statistico (p < 0,0001)');
  });

  it('says when the earlier period holds votes only from a later month: the first votes came after it began', () => {
    const report = officeReport();
    show({ ...report, comparisons: report.comparisons.map((c) => (c.kind === 'year-before' ? { ...c, dataSince: '2023-06' } : c)) });
    expect(text($('compare-year-before-share')?.querySelector('.compare-what'))).toMatch(/^Rispetto a un anno prima \(.+; giudizi solo da giugno 2023, allora \d+%\)$/);
    expect(text($('compare-previous-share')?.querySelector('.compare-what'))).not.toContain('giudizi solo');
  });

  it('says why no comparison was made', () => {
    const base = officeReport();
    const none = { ...base.comparisons[1]!, score: scoreOfFaces(faces(0, 0, 0)), positiveShare: { delta: null, pValue: null, significant: false, note: 'no-data' as const } };
    show({ ...base, comparisons: [base.comparisons[0]!, none] });
    expect($('compare-year-before-share')?.dataset.tested).toBe('false');
    expect(text($('compare-year-before-share')?.querySelector('.compare-result'))).toBe('nessun giudizio in quel periodo: nessun confronto');
  });

  it('greys a small headline and never compares it', () => {
    const few = faces(8, 2, 2);
    const base = officeReport();
    const small = { ...base.comparisons[0]!, positiveShare: { delta: 0.2, pValue: null, significant: false, note: 'small-sample' as const } };
    show({ ...base, totals: { total: 12, faces: few }, score: scoreOfFaces(few), comparisons: [small] });
    expect($('headline-share')?.dataset.small).toBe('true');
    expect($('headline-share')?.classList.contains('is-small')).toBe(true);
    expect($('headline-share-small')?.textContent).toBe('campione piccolo (meno di 30 giudizi)');
    expect(text($('compare-previous-share')?.querySelector('.compare-result'))).toBe('campione piccolo: nessun confronto');
  });

  it('lists services worst first, with their arrow and charter badge; a small sample greyed at the end, neither compared nor judged', () => {
    show(officeReport());
    const rows = [...container().querySelectorAll<HTMLElement>('[data-testid="service-verdict"]')];
    expect(rows.map((r) => r.dataset.serviceId)).toEqual(['tributi', 'anagrafe', 'elettorale']);
    // Names are text, never markup.
    expect(rows[0]!.querySelector('th')?.textContent).toBe('Tributi <b>IMU</b>');
    expect(container().querySelector('b')).toBeNull();
    expect(text(rows[0]!.querySelector('td'))).toBe('57% 70 giudizi · tra 45% e 68%');
    expect(rows[0]!.querySelector<HTMLElement>('[data-testid="service-arrow"]')?.dataset.significant).toBe('false');
    expect(rows[0]!.querySelector<HTMLElement>('[data-testid="service-charter"]')?.dataset.verdict).toBe('missed');
    expect(rows[1]!.querySelector<HTMLElement>('[data-testid="service-arrow"]')).toMatchObject({ dataset: { significant: 'true', direction: 'up' } });
    expect(text(rows[1]!.querySelector('[data-testid="service-arrow"]'))).toBe('▲ +21,2 punti oltre il rumore statistico');

    const small = rows[2]!;
    expect(small.dataset.small).toBe('true');
    expect(small.classList.contains('is-small')).toBe(true);
    expect(small.textContent).toContain('campione piccolo (meno di 30 giudizi)');
    expect(small.textContent).toContain('archiviato');
    expect(small.querySelector('[data-testid="service-arrow"]')).toBeNull();
    expect(small.textContent).toContain('nessun confronto');
    expect(small.querySelector<HTMLElement>('[data-testid="service-charter"]')?.dataset.verdict).toBe('small-sample');
    expect(small.textContent).not.toContain('tra ');
  });

  it('counts the charter’s verdicts at a glance', () => {
    show(officeReport());
    const glance = $('charter-glance')!;
    expect(glance.textContent).toContain('3 servizi su 3 con uno standard');
    const count = (v: string) => glance.querySelector<HTMLElement>(`[data-testid="charter-count-${v}"]`)?.dataset.count;
    expect([count('missed'), count('missed-within-noise'), count('small-sample'), count('met')]).toEqual(['1', '1', '1', undefined]);
    show({ ...officeReport(), byService: officeReport().byService.map((s) => ({ ...s, charter: null })) });
    expect($('charter-glance')?.textContent).toContain('Nessun servizio di questo ufficio ha uno standard');
  });

  it('says when it was computed, what came late, what was re-dated, the taps left out as misuse, and when the period is still open', () => {
    show(officeReport());
    expect(text($('data-quality'))).toBe('Calcolato il 10 giugno 2024 alle ore 10:00 · 4 giudizi arrivati dopo la fine del periodo · 2 ridatati dal collettore · 7 tocchi ripetuti esclusi');
    expect($('flagged-votes')?.getAttribute('title')).toMatch(/^Tocchi troppo ravvicinati sullo stesso terminale \(2 entro l’intervallo minimo, 5 oltre il massimo al minuto\)/);
    show(officeReport({ dataQuality: { computedAt: '2024-06-09T08:00:00.000Z', lateVotes: 0, redatedVotes: 1, periodOpen: true, flaggedVotes: { interval: 0, burst: 0 } } }));
    expect(text($('data-quality'))).toBe('Calcolato il 9 giugno 2024 alle ore 10:00 · periodo in corso: arriveranno altri giudizi · 1 ridatato dal collettore');
  });

  it('explains every figure with the installation’s own minimum sample', () => {
    show(officeReport({ minSample: 50 }));
    const how = $('how-to-read')!;
    expect(how.tagName).toBe('DETAILS');
    expect(how.querySelector('summary')?.textContent).toBe('Come leggere questi numeri');
    for (const words of ['Wilson', 'Sotto i 50 giudizi', 'test z su due proporzioni', 'Welch', 'media bayesiana', 'pesa come 50 giudizi', 'persone servite', 'un confronto su venti']) {
      expect(how.textContent, words).toContain(words);
    }
  });
});
