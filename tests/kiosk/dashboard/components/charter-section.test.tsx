// The charter per service: verdict and margin; a standard changed mid-period shows each part with its own standard and dates.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { CharterSection } from '../../../../kiosk/dashboard/components/charter-section';
import { officeReport } from '../fixtures/office-report';

let container: HTMLElement;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
const item = (serviceId: string) => container.querySelector<HTMLElement>(`[data-testid="charter-item"][data-service-id="${serviceId}"]`)!;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  render(<CharterSection services={officeReport().byService} />, container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('<CharterSection>', () => {
  it('gives each service its verdict against its standard, with the margin in points', () => {
    const tributi = item('tributi');
    expect(tributi.dataset.verdict).toBe('missed');
    expect(text(tributi.querySelector('.charter-line'))).toBe('Standard: almeno 80% di positivi Positivi: 57% (70 giudizi, tra 45% e 68%) Scarto: −22,9 punti');
    expect(tributi.textContent).toContain('anche l’estremo alto dell’intervallo resta sotto');
    expect(tributi.querySelector('.interval-bar')).not.toBeNull();
  });

  it('cuts a period where the standard changed: each part with its dates, standard, share and verdict', () => {
    const anagrafe = item('anagrafe');
    expect(anagrafe.dataset.verdict).toBe('missed-within-noise');
    expect(text(anagrafe.querySelector('.charter-line'))).toContain('Standard: almeno 60% di positivi → almeno 70% di positivi');
    expect(anagrafe.textContent).toContain('il verdetto del servizio è quello della parte peggiore');
    const segments = [...anagrafe.querySelectorAll<HTMLElement>('[data-testid="charter-segment"]')];
    expect(segments.map((s) => [...s.children].map((c) => text(c)))).toEqual([
      ['3 giu 24 – 5 giu 24', 'almeno 60% di positivi', '69% (72 giudizi)', '+9,4 punti', '≈ Rispettato, nel rumore'],
      ['6 giu 24 – 9 giu 24', 'almeno 70% di positivi', '63% (48 giudizi)', '−7,5 punti', '≈ Non rispettato, nel rumore'],
    ]);
    expect(segments.map((s) => s.dataset.verdict)).toEqual(['met-within-noise', 'missed-within-noise']);
  });

  it('never judges a small sample nor gives it a margin', () => {
    const elettorale = item('elettorale');
    expect(elettorale.dataset.verdict).toBe('small-sample');
    expect(elettorale.querySelector('[data-testid="charter-margin"]')).toBeNull();
    expect(elettorale.textContent).toContain('Non giudicato: campione piccolo');
    expect(elettorale.textContent).not.toContain('Scarto');
  });

  it('shows nothing when no service has a standard', () => {
    render(<CharterSection services={officeReport().byService.map((s) => ({ ...s, charter: null }))} />, container);
    expect(container.querySelector('[data-testid="charter-section"]')).toBeNull();
  });
});
