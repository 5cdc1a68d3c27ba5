// The report's levels in Chromium: the switch follows the grants, keeps level, administration and period in the address; offices and administrations side by side; the bulletin.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Grant } from '../../../../server/contract/permissions';
import type { LiveConnector } from '../../../../kiosk/dashboard/live';
import { ReportPage } from '../../../../kiosk/dashboard/pages/report-page';
import { INSTALLATION_ADMIN, json, stubCollector, type SeenRequest } from '../fixtures/fake-collector';
import { administrationReport, bulletin, installationReport } from '../fixtures/level-reports';
import { OFFICES, officeReport } from '../fixtures/office-report';

let container: HTMLElement;
let seen: SeenRequest[];
const startUrl = location.href;
const NOW = () => new Date('2024-06-09T10:00:00Z');
const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
const click = (testId: string) => act(() => $(testId)!.click());
const select = (testId: string, value: string) =>
  act(() => {
    const el = $(testId) as HTMLSelectElement;
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
const asked = (prefix: string) => seen.map((r) => r.url).filter((u) => u.startsWith(prefix));

const connect: LiveConnector = (handlers) => {
  handlers.onStatus('live');
  return { watch: () => {}, close: () => {} };
};

beforeEach(() => {
  container = document.createElement('div');
  container.style.width = '1024px';
  document.body.append(container);
  seen = stubCollector({
    'GET /api/v1/offices': () => json(OFFICES),
    'GET /api/v1/offices/sede-centro/report': () => json(officeReport()),
    'GET /api/v1/administrations/comune-a/report': () => json(administrationReport()),
    'GET /api/v1/administrations/comune-b/report': () => json(administrationReport({ administration: { id: 'comune-b', name: 'Comune di Besenello' } })),
    'GET /api/v1/installation/report': () => json(installationReport()),
    'GET /api/v1/administrations/comune-a/bulletin': (req) => json(req.url.includes('year=') ? bulletin({ kind: 'year', period: { from: '2024-01-01', to: '2024-12-31' } }) : bulletin()),
    'GET /api/v1/installation/bulletin': () => json(bulletin({ scope: { kind: 'installation', id: null, name: 'Installazione' } })),
  });
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  history.replaceState(null, '', startUrl);
});

function mount(search: string, grants: readonly Grant[]) {
  history.replaceState(null, '', `${location.pathname}${search}`);
  render(<ReportPage connect={connect} now={NOW} grants={grants} />, container);
}

const PERIOD = '?office=sede-centro&from=2024-06-03&to=2024-06-09';
const ready = (testId: string) => vi.waitFor(() => expect($(testId)?.dataset.state).toBe('ready'));

describe('report levels', () => {
  it('offers an office manager no switch: the office’s report is all there is', async () => {
    mount(PERIOD, [{ role: 'office_manager', administrationId: 'comune-a', officeId: 'sede-centro' }]);
    await ready('report');
    expect($('level-office')).toBeNull();
    expect($('level-administration')).toBeNull();
  });

  it('offers a viewer of an administration its own, never the installation', async () => {
    mount(PERIOD, [{ role: 'viewer', administrationId: 'comune-b', officeId: null }, { role: 'office_manager', administrationId: 'comune-a', officeId: 'sede-centro' }]);
    await ready('report');
    expect($('level-installation')).toBeNull();
    click('level-administration');
    await ready('administration-report');
    expect(asked('/api/v1/administrations/')).toEqual(['/api/v1/administrations/comune-b/report?from=2024-06-03&to=2024-06-09']);
    // One readable administration: no select, its name in the subtitle.
    expect($('report-administration')).toBeNull();
    expect(container.querySelector('.subtitle')?.textContent).toBe('Comune di Besenello: gli uffici a confronto');
  });

  it('sets an administration’s offices side by side, ranked, the small sample greyed after without a rank; keeps it all in the address', async () => {
    mount(PERIOD, INSTALLATION_ADMIN);
    await ready('report');
    click('level-administration');
    await ready('administration-report');
    expect(location.search).toBe('?office=sede-centro&from=2024-06-03&to=2024-06-09&level=administration&administration=comune-a');
    expect($('level-administration')?.getAttribute('aria-pressed')).toBe('true');
    expect($('live-indicator')).toBeNull();

    const rows = [...$('ranked-offices')!.querySelectorAll<HTMLElement>('[data-testid="ranked-row"]')];
    expect(rows.map((r) => [r.dataset.key, r.dataset.rank])).toEqual([
      ['ufficio-tributi', '1'],
      ['sede-centro', '2'],
      ['novaline', ''],
    ]);
    expect(text(rows[0]!.querySelector('.rank'))).toBe('1º');
    expect(text(rows[1]!.querySelector('td[data-label="Positivi"]'))).toBe('62% tra 55% e 68%');
    // Three votes, all positive: 100%, shown, greyed, never ranked nor given an interval.
    const tiny = rows[2]!;
    expect(tiny.classList.contains('is-small')).toBe(true);
    expect(text(tiny.querySelector('.rank'))).toBe('non in classifica');
    expect(tiny.textContent).toContain('campione piccolo (meno di 30 giudizi)');
    expect(text(tiny.querySelector('td[data-label="Positivi"]'))).toBe('100%');
    // Charter summary and participation per office.
    expect(rows[1]!.querySelector<HTMLElement>('[data-testid="charter-count-missed"]')?.dataset.count).toBe('1');
    expect(text(rows[1]!.querySelector('td[data-label="Partecipazione"]'))).toBe('19%');
    expect(text(rows[0]!.querySelector('td[data-label="Partecipazione"]'))).toBe('nessun dato');
    // The administration's totals and comparisons, its services ranked, its data quality.
    expect($('headline-share')?.querySelector('.figure-value')?.textContent).toBe('67%');
    expect($('compare-previous-share')?.dataset.tested).toBe('true');
    expect(text($('compare-year-before-share')?.querySelector('.compare-result'))).toBe('nessun giudizio in quel periodo: nessun confronto');
    expect([...$('ranked-services')!.querySelectorAll<HTMLElement>('[data-testid="ranked-row"]')].map((r) => r.dataset.rank)).toEqual(['1', '2', '']);
    expect($('data-quality')?.dataset.late).toBe('3');
  });

  it('reloads a level on demand, and follows the period', async () => {
    mount(`${PERIOD}&level=administration&administration=comune-a`, INSTALLATION_ADMIN);
    await ready('administration-report');
    const before = asked('/api/v1/administrations/comune-a/report').length;
    click('level-refresh');
    await vi.waitFor(() => expect(asked('/api/v1/administrations/comune-a/report')).toHaveLength(before + 1));
    click('preset-last7');
    await vi.waitFor(() => expect(asked('/api/v1/administrations/comune-a/report').at(-1)).toBe('/api/v1/administrations/comune-a/report?from=2024-06-03&to=2024-06-09'));
    click('preset-lastMonth');
    await vi.waitFor(() => expect(location.search).toContain('from=2024-05-01&to=2024-05-31'));
    expect(asked('/api/v1/administrations/comune-a/report').at(-1)).toBe('/api/v1/administrations/comune-a/report?from=2024-05-01&to=2024-05-31');
  });

  it('picks another administration with a select when the person reads several', async () => {
    mount(`${PERIOD}&level=administration`, INSTALLATION_ADMIN);
    await ready('administration-report');
    // The office's own administration first.
    expect(($('report-administration') as HTMLSelectElement).value).toBe('comune-a');
    select('report-administration', 'comune-b');
    await vi.waitFor(() => expect(location.search).toContain('administration=comune-b'));
    await vi.waitFor(() => expect(asked('/api/v1/administrations/comune-b/report')).toHaveLength(1));
  });

  it('sets the installation’s administrations side by side', async () => {
    mount(`${PERIOD}&level=installation`, INSTALLATION_ADMIN);
    await ready('installation-report');
    expect(asked('/api/v1/installation/report')).toEqual(['/api/v1/installation/report?from=2024-06-03&to=2024-06-09']);
    expect([...$('ranked-administrations')!.querySelectorAll<HTMLElement>('[data-testid="ranked-row"]')].map((r) => [r.dataset.key, r.dataset.rank])).toEqual([
      ['comune-a', '1'],
      ['comune-b', '2'],
    ]);
    expect(container.querySelector('.subtitle')?.textContent).toBe('Tutta l’installazione: le amministrazioni a confronto');
  });

  it('shows the bulletin of the last whole month, and of a year, laid out like the programme’s', async () => {
    mount(`${PERIOD}&level=administration`, INSTALLATION_ADMIN);
    await ready('administration-report');
    click('view-bulletin');
    await ready('bulletin');
    expect(asked('/api/v1/administrations/comune-a/bulletin')).toEqual(['/api/v1/administrations/comune-a/bulletin?month=2024-05']);
    expect(location.search).toContain('level=administration&administration=comune-a&view=bulletin&month=2024-05');
    expect(container.querySelector('#bulletin-title')?.textContent).toBe('Bollettino mensile · maggio 2024');
    const tile = (testId: string) => [...$(testId)!.querySelectorAll('dt, .tile-value, .tile-note')].map((e) => e.textContent);
    expect(tile('bulletin-votes')).toEqual(['Giudizi del mese', '620']);
    // 620 votes over 31 days: 140 a week.
    expect(tile('bulletin-weekly')).toEqual(['Media settimanale', '140']);
    expect(tile('bulletin-running')).toEqual(['Totale progressivo', '9350', 'dal primo giudizio, marzo 2023']);
    expect(tile('bulletin-share')).toEqual(['Giudizi positivi', '65%', 'tra 61% e 68%']);
    expect($('bulletin-previous')?.textContent).toContain('Giudizi positivi rispetto al mese precedente');
    const channels = [...container.querySelectorAll<HTMLElement>('[data-testid="bulletin-channel"]')];
    expect(channels.map((c) => c.dataset.channel)).toEqual(['sportello', 'telefono', 'web']);
    expect(text(channels[0]!.querySelector('td[data-label="Partecipazione"]'))).toBe('20%');
    expect(channels[1]!.textContent).toContain('campione piccolo (meno di 30 giudizi)');
    expect(text(channels[2]!.querySelector('td[data-label="Partecipazione"]'))).toBe('nessun dato');
    expect(['administrations', 'offices', 'counters', 'terminals'].map((k) => $(`reported-${k}`)?.dataset.value)).toEqual(['1', '2', '3', '4']);

    click('bulletin-yearly');
    await vi.waitFor(() => expect(asked('/api/v1/administrations/comune-a/bulletin').at(-1)).toBe('/api/v1/administrations/comune-a/bulletin?year=2024'));
    await ready('bulletin');
    expect(location.search).toContain('view=bulletin&year=2024');
    expect(container.querySelector('#bulletin-title')?.textContent).toBe('Bollettino annuale · 2024');

    click('level-installation');
    await vi.waitFor(() => expect(asked('/api/v1/installation/bulletin')).toEqual(['/api/v1/installation/bulletin?year=2024']));
  });

  it('offers only the months so far of this year', async () => {
    mount(`${PERIOD}&level=installation&view=bulletin&month=2024-06`, INSTALLATION_ADMIN);
    await ready('bulletin');
    expect([...($('bulletin-month') as HTMLSelectElement).options].map((o) => o.value)).toEqual(['01', '02', '03', '04', '05', '06']);
    select('bulletin-year', '2023');
    await vi.waitFor(() => expect(asked('/api/v1/installation/bulletin').at(-1)).toBe('/api/v1/installation/bulletin?month=2023-06'));
    expect(($('bulletin-month') as HTMLSelectElement).options).toHaveLength(12);
  });

  it('goes back to the same office and period from a level', async () => {
    mount(`${PERIOD}&level=installation`, INSTALLATION_ADMIN);
    await ready('installation-report');
    click('level-office');
    await ready('report');
    expect(location.search).toBe('?office=sede-centro&from=2024-06-03&to=2024-06-09');
    expect($('live-indicator')?.textContent).toBe('in diretta');
  });
});
