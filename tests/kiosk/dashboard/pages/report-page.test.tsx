import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { OfficeReport } from '../../../../server/contract/report';
import { ReportPage } from '../../../../kiosk/dashboard/pages/report-page';
import type { LiveConnector, LiveHandlers } from '../../../../kiosk/dashboard/live';
import { Chart } from '../../../../kiosk/dashboard/charts/register';
import { drawAllCharts } from '../../../../kiosk/dashboard/charts/chart-canvas';
import { OFFICES, officeReport } from '../fixtures/office-report';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A live link that opens no socket: the test plays the collector's part. */
function fakeLive() {
  const fake = { handlers: undefined as LiveHandlers | undefined, watched: [] as (string | undefined)[], closed: false };
  const connect: LiveConnector = (handlers) => {
    fake.handlers = handlers;
    handlers.onStatus('live');
    return { watch: (id) => fake.watched.push(id), close: () => (fake.closed = true) };
  };
  return { fake, connect };
}

let container: HTMLElement;
let requests: string[];
let nextReport: () => Response;
const startUrl = location.href;
const NOW = () => new Date('2024-06-09T10:00:00Z');
const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
/** Report requests only, among every request the page makes. */
const reportRequests = () => requests.filter((u) => u.includes('/report?')).length;

function mount(search: string, connect: LiveConnector) {
  history.replaceState(null, '', `${location.pathname}${search}`);
  render(<ReportPage connect={connect} now={NOW} />, container);
}

beforeEach(() => {
  container = document.createElement('div');
  // A real width and height, so Chart.js lays the canvases out as on a laptop.
  container.style.width = '1024px';
  document.body.append(container);
  requests = [];
  nextReport = () => json(officeReport());
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      requests.push(url);
      if (url === '/api/v1/offices') return json(OFFICES);
      if (url.startsWith('/api/v1/offices/sede-centro/report?')) return nextReport();
      return json({ error: { code: 'not_found', message: `nessuna risorsa ${url}` } }, 404);
    }),
  );
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  history.replaceState(null, '', startUrl);
});

describe('<ReportPage>', () => {
  it('shows the totals with shares and counts, and draws the charts', async () => {
    const { connect, fake } = fakeLive();
    mount('?office=sede-centro&from=2024-06-03&to=2024-06-09', connect);

    // "ready" once every section is on screen (they appear a few at a time).
    await vi.waitFor(() => expect($('report')?.dataset.state).toBe('ready'));
    expect($('total-count')?.textContent).toBe('200');
    expect($('share-positivo')?.textContent).toBe('Positivo 62% (124)');
    expect($('share-sufficiente')?.textContent).toBe('Sufficiente 23% (46)');
    expect($('share-negativo')?.textContent).toBe('Negativo 15% (30)');
    // A 3-face office sees no empty "Ottimo" or "Pessimo".
    expect($('share-ottimo')).toBeNull();
    expect($('share-pessimo')).toBeNull();

    for (const id of ['chart-services', 'chart-trend', 'chart-reasons', 'chart-reason-trend']) {
      const canvas = $(id);
      expect(canvas, id).toBeInstanceOf(HTMLCanvasElement);
      expect(canvas!.getAttribute('aria-label')).toMatch(/\S/);
      expect((canvas as HTMLCanvasElement).width, `${id} was laid out`).toBeGreaterThan(0);
    }
    expect($('followup-chosen')?.dataset.count).toBe('20');
    expect($('followup-timeout')?.textContent).toContain('4');
    expect($('live-indicator')?.textContent).toBe('in diretta');

    // Names are text, never markup.
    expect(container.textContent).toContain('Tributi <b>IMU</b>');
    expect(container.querySelector('b')).toBeNull();

    expect(requests).toContain('/api/v1/offices/sede-centro/report?from=2024-06-03&to=2024-06-09');
    expect($('export-csv')?.getAttribute('href')).toBe('/api/v1/offices/sede-centro/report.csv?from=2024-06-03&to=2024-06-09&lang=it');
    expect(fake.watched).toEqual(['sede-centro']);
  });

  it('draws the trend by the report’s own unit, for the office or one service, and the reasons per service', async () => {
    mount('?office=sede-centro&from=2024-06-03&to=2024-06-09', fakeLive().connect);
    await vi.waitFor(() => expect($('total-count')?.textContent).toBe('200'));
    const chart = (id: string) => Chart.getChart(container.querySelector<HTMLCanvasElement>(`[data-testid="${id}"]`)!)!;
    // Charts below the screen wait to be scrolled near: build them all, as printing does.
    await vi.waitFor(() => expect($('report')?.dataset.state).toBe('ready'));
    await drawAllCharts();
    await vi.waitFor(() => expect(chart('chart-trend')).toBeDefined());
    expect($('trend')?.dataset.unit).toBe('day');
    expect(container.querySelector('#trend-title')?.textContent).toBe('Andamento giorno per giorno');
    expect(chart('chart-trend').data.datasets[0]!.data).toEqual([50, 40, 45, 35, 30, 0, 0]);
    const pick = (testId: string, value: string) =>
      act(() => {
        const el = $(testId) as HTMLSelectElement;
        el.value = value;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      });
    // Worst first, as the report lists them.
    expect([...($('trend-service') as HTMLSelectElement).options].map((o) => o.value)).toEqual(['', 'tributi', 'anagrafe']);
    pick('trend-service', 'anagrafe');
    await vi.waitFor(() => expect(chart('chart-trend').data.datasets[0]!.data).toEqual([24, 24, 24, 24, 24, 0, 0]));

    expect([...$('reasons-table')!.querySelectorAll('tbody tr')].map((r) => r.firstElementChild?.textContent)).toEqual(['Tempo di attesa', 'Il servizio ricevuto', 'Altro']);
    expect([...$('reasons-table')!.querySelectorAll('tbody tr')].map((r) => r.children[2]?.textContent)).toEqual(['47%', '20%', '7%']);
    pick('reasons-service', 'tributi');
    await vi.waitFor(() => expect([...$('reasons-table')!.querySelectorAll('tbody tr')].map((r) => r.children[2]?.textContent)).toEqual(['58%', '17%']));
    expect($('reasons')?.textContent).toContain('Quota dei 12 giudizi negativi');
    // The heatmap and the charter are there, and the office's hours came with the report: no second request.
    expect($('heatmap-table')).not.toBeNull();
    expect($('charter-section')).not.toBeNull();
    expect(requests.filter((u) => !u.includes('/report?') && u !== '/api/v1/offices')).toEqual([]);
  });

  it('refetches once for a burst of votes in the period, and not for votes outside it', async () => {
    const { connect, fake } = fakeLive();
    mount('?office=sede-centro&from=2024-06-03&to=2024-06-09', connect);
    await vi.waitFor(() => expect($('total-count')?.textContent).toBe('200'));
    const before = reportRequests();

    fake.handlers!.onVotes({ officeId: 'sede-centro', count: 1, days: ['2024-06-10'] });
    await new Promise((r) => setTimeout(r, 450));
    expect(reportRequests()).toBe(before);

    const base = officeReport();
    nextReport = () => json({ ...base, totals: { total: 203, faces: { ...base.totals.faces, positivo: 127 } } } satisfies OfficeReport);
    for (let i = 0; i < 3; i++) fake.handlers!.onVotes({ officeId: 'sede-centro', count: 1, days: ['2024-06-09'] });
    await vi.waitFor(() => expect($('total-count')?.textContent).toBe('203'));
    await new Promise((r) => setTimeout(r, 400));
    expect(reportRequests()).toBe(before + 1);
    // 127/46/30 of 203 = 62.56/22.66/14.78: positivo keeps the headline's rounded 63% and the other 37
    // go to the other faces by largest remainder (22.39 and 14.61: 22 and 15).
    expect($('share-positivo')?.textContent).toBe('Positivo 63% (127)');
    expect($('share-sufficiente')?.textContent).toBe('Sufficiente 22% (46)');
    expect($('share-negativo')?.textContent).toBe('Negativo 15% (30)');
  });

  it('catches up when the live link comes back after a drop', async () => {
    const { connect, fake } = fakeLive();
    mount('?office=sede-centro&from=2024-06-03&to=2024-06-09', connect);
    await vi.waitFor(() => expect($('total-count')?.textContent).toBe('200'));
    const before = reportRequests();
    act(() => fake.handlers!.onStatus('offline'));
    expect($('live-indicator')?.textContent).toBe('non collegato');
    expect($('live-indicator')?.dataset.status).toBe('offline');
    act(() => fake.handlers!.onStatus('live'));
    await vi.waitFor(() => expect(reportRequests()).toBe(before + 1));
  });

  it('asks for the report of the office in the address beside the offices list, not after it, and asks once', async () => {
    // The offices list answers only when the test says so: the report must already be on its way.
    let answerOffices!: () => void;
    const offices = new Promise<void>((resolve) => (answerOffices = resolve));
    const plain = vi.mocked(fetch).getMockImplementation()!;
    vi.mocked(fetch).mockImplementation(async (input, init) => {
      if (String(input) === '/api/v1/offices') {
        requests.push('/api/v1/offices');
        await offices;
        return json(OFFICES);
      }
      return plain(input, init);
    });
    nextReport = () => json(officeReport({ period: { from: '2024-05-11', to: '2024-06-09' } }));
    mount('?office=sede-centro', fakeLive().connect);
    // NOW is 10:00 UTC on 9 June, the same day in Rome (the office's) as in the browser.
    await vi.waitFor(() => expect(requests).toContain('/api/v1/offices/sede-centro/report?from=2024-05-11&to=2024-06-09'));
    // Still waiting for the offices (the office's time zone): nothing shown as ready yet.
    expect($('report')?.dataset.state).not.toBe('ready');
    answerOffices();
    await vi.waitFor(() => expect($('report')?.dataset.state).toBe('ready'));
    expect(reportRequests()).toBe(1);
  });

  it('opens the first office over the last 30 days when the address names neither, and writes them into it', async () => {
    mount('', fakeLive().connect);
    await vi.waitFor(() => expect($('total-count')?.textContent).toBe('200'));
    // The first office in alphabetical order of administration, then of office: Comune di Aldeno, Sede centrale.
    expect(($('office-select') as HTMLSelectElement).value).toBe('sede-centro');
    expect(($('period-from') as HTMLInputElement).value).toBe('2024-05-11');
    expect(($('period-to') as HTMLInputElement).value).toBe('2024-06-09');
    expect(location.search).toBe('?office=sede-centro&from=2024-05-11&to=2024-06-09');
    expect(container.querySelectorAll('optgroup')).toHaveLength(2);
  });

  it('says so when nobody voted, instead of drawing empty charts', async () => {
    const empty = officeReport();
    nextReport = () =>
      json({ ...empty, totals: { total: 0, faces: { ottimo: 0, positivo: 0, sufficiente: 0, negativo: 0, pessimo: 0 } }, byService: [], reasons: [] });
    mount('?office=sede-centro&from=2024-06-03&to=2024-06-09', fakeLive().connect);
    await vi.waitFor(() => expect($('empty-state')?.textContent).toContain('Nessun giudizio nel periodo'));
    expect(container.querySelector('canvas')).toBeNull();
  });

  it("shows the collector's error message", async () => {
    nextReport = () => json({ error: { code: 'validation_failed', message: 'Il periodo supera 731 giorni' } }, 400);
    mount('?office=sede-centro&from=2024-06-03&to=2024-06-09', fakeLive().connect);
    await vi.waitFor(() => expect($('error')?.textContent).toContain('Il periodo supera 731 giorni'));
    expect($('report')?.dataset.state).toBe('error');
  });

  it('does not ask the collector for a period that ends before it starts', async () => {
    mount('?office=sede-centro&from=2024-06-09&to=2024-06-03', fakeLive().connect);
    await vi.waitFor(() => expect(container.querySelector('[role="alert"]')?.textContent).toContain('successiva'));
    expect(requests.filter((u) => u.includes('/report'))).toEqual([]);
  });
});
