// What a person sees of the report page in Chromium: no blank page below it, nothing sideways on a phone, charts that fit and say something for one day.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'preact';
import '../../../../kiosk/dashboard/dashboard.css';
import { Chart } from '../../../../kiosk/dashboard/charts/register';
import { drawAllCharts } from '../../../../kiosk/dashboard/charts/chart-canvas';
import type { LiveConnector } from '../../../../kiosk/dashboard/live';
import { ReportPage } from '../../../../kiosk/dashboard/pages/report-page';
import type { OfficeReport } from '../../../../server/contract/report';
import { json, stubCollector } from '../fixtures/fake-collector';
import { OFFICES, officeReport, scoreOfFaces } from '../fixtures/office-report';

const NOW = () => new Date('2024-06-09T10:00:00Z');
const connect: LiveConnector = (handlers) => {
  handlers.onStatus('live');
  return { watch: () => {}, close: () => {} };
};
const faces = (positivo: number, sufficiente: number, negativo: number) => ({ ottimo: 0, positivo, sufficiente, negativo, pessimo: 0 });

/** A year of days, ending on the fixture's last day: the trend goes month by month, the first and last months clipped. */
function yearReport(): OfficeReport {
  const days = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2023, 5, 10 + i)).toISOString().slice(0, 10));
  const months = [...new Set(days.map((d) => d.slice(0, 7)))];
  const buckets = months.map((m) => {
    const inMonth = days.filter((d) => d.startsWith(m));
    const f = faces(3 * inMonth.length, inMonth.length, 2 * inMonth.length);
    return { from: inMonth[0]!, to: inMonth[inMonth.length - 1]!, total: 6 * inMonth.length, faces: f, score: scoreOfFaces(f) };
  });
  return officeReport({
    period: { from: days[0]!, to: days[days.length - 1]! },
    daily: days.map((day, i) => ({ day, total: 5 + (i % 3), faces: faces(3, 1, 1 + (i % 3)) })),
    trend: { unit: 'month', buckets, byService: [] },
    reasonTrend: buckets.map((b) => ({ from: b.from, to: b.to, negative: b.faces.negativo, reasons: [{ reasonId: 'attesa', count: Math.round(b.faces.negativo / 3) }] })),
  });
}

/** The same office on one day: 9 votes between 09:00 and 11:00. */
function dayReport(): OfficeReport {
  const byHour = Array.from({ length: 24 }, (_, hour) => (hour >= 9 && hour <= 11 ? { hour, total: 3, faces: faces(2, 0, 1) } : { hour, total: 0, faces: faces(0, 0, 0) }));
  return officeReport({ period: { from: '2024-06-07', to: '2024-06-07' }, daily: [{ day: '2024-06-07', total: 9, faces: faces(6, 0, 3) }], byHour });
}

let container: HTMLElement;
const startUrl = location.href;

function mount(report: OfficeReport) {
  stubCollector({
    'GET /api/v1/offices': () => json(OFFICES),
    'GET /api/v1/offices/sede-centro/report': () => json(report),
  });
  history.replaceState(null, '', `${location.pathname}?office=sede-centro&from=${report.period.from}&to=${report.period.to}`);
  render(<ReportPage connect={connect} now={NOW} />, container);
}

const chartOf = (testId: string) => Chart.getChart(container.querySelector<HTMLCanvasElement>(`[data-testid="${testId}"]`)!)!;
// A chart is built once its canvas nears the screen, Chart.js arriving with the first, one chart per
// idle moment (charts/chart-canvas.tsx): drawAllCharts builds the others too, as printing does.
const ready = async () => {
  await vi.waitFor(() => expect(container.querySelector('[data-testid="report"]')?.getAttribute('data-state')).toBe('ready'));
  await drawAllCharts();
};

beforeEach(() => {
  container = document.createElement('div');
  container.className = 'page';
  document.body.append(container);
});

afterEach(async () => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  history.replaceState(null, '', startUrl);
  await page.viewport(1280, 800);
});

describe('report page layout', () => {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    it(`ends where its last card ends and never scrolls sideways, with a year of days, at ${width} px`, async () => {
      await page.viewport(width, height);
      mount(yearReport());
      await ready();
      const root = document.documentElement;
      const lastCard = Math.max(...[...container.querySelectorAll('.card')].map((c) => c.getBoundingClientRect().bottom + scrollY));
      // The trend goes month by month, as the collector chose for a year; its table is there for screen readers, and takes no room.
      await vi.waitFor(() => expect(container.querySelector('[data-testid="chart-trend"]')?.closest('section')?.querySelectorAll('tbody tr')).toHaveLength(13));
      expect(container.querySelector('#trend-title')?.textContent).toBe('Andamento mese per mese');
      expect(root.scrollHeight).toBeLessThanOrEqual(Math.max(innerHeight, lastCard + 40));
      const wide = [...container.querySelectorAll<HTMLElement>('*')].filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1 && !e.closest('.visually-hidden')).slice(0, 5).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`);
      expect(root.scrollWidth, wide.join(' | ')).toBeLessThanOrEqual(root.clientWidth);
    });
  }

  it('keeps both dates inside the controls card on a phone', async () => {
    for (const width of [390, 360, 320]) {
      await page.viewport(width, 844);
      mount(yearReport());
      await ready();
      const card = container.querySelector('.controls')!.getBoundingClientRect();
      for (const id of ['period-from', 'period-to']) {
        const field = container.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
        expect(field.right, `${id} at ${width} px`).toBeLessThanOrEqual(card.right);
        expect(field.left, `${id} at ${width} px`).toBeGreaterThanOrEqual(card.left);
      }
      render(null, container);
    }
  });

  it('fits service names beside their bars on a phone, in lines rather than cut, and the heatmap without its own scrolling', async () => {
    await page.viewport(390, 844);
    const report = officeReport();
    report.byService[1] = { ...report.byService[1]!, name: 'SUAP - Sportello unico attività produttive' };
    mount(report);
    await ready();
    // Charts are created in an effect, after the page is drawn.
    await vi.waitFor(() => ['chart-services', 'chart-reasons'].forEach((id) => expect(chartOf(id), id).toBeDefined()));
    for (const testId of ['chart-services', 'chart-reasons']) {
      const chart = chartOf(testId);
      const axis = chart.scales.y!;
      const ctx = chart.ctx;
      ctx.font = '12px system-ui';
      const lines = axis.ticks.flatMap((t) => (Array.isArray(t.label) ? t.label : [t.label])).map(String);
      const widest = Math.max(...lines.map((l) => ctx.measureText(l).width));
      // Chart.js draws labels right-aligned against the bars: wider than the axis, they run off the canvas.
      expect(widest, `${testId}: ${lines.join(' | ')}`).toBeLessThanOrEqual(axis.width);
    }
    // Nothing lost: the whole name is in the table behind the chart.
    expect(container.querySelector('[data-testid="chart-services"]')!.closest('section')!.textContent).toContain('SUAP - Sportello unico attività produttive');
    // Seven weekdays fit a phone: the heatmap's box does not scroll, and its card stays inside the page.
    const box = container.querySelector<HTMLElement>('.heatmap-scroll')!;
    expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
    expect(container.querySelector('[data-testid="heatmap"]')!.getBoundingClientRect().right).toBeLessThanOrEqual(innerWidth);
  });

  it('draws one day hour by hour over that weekday’s opening hours, not as one bar filling the chart', async () => {
    mount(dayReport());
    await ready();
    // 7 June 2024 is a Friday, open 08:30–12:00 in the fixture: no afternoon borrowed from Monday.
    const hoursOfDay = ['08:00', '09:00', '10:00', '11:00'];
    await vi.waitFor(() => expect(chartOf('chart-trend').data.labels).toEqual(hoursOfDay));
    const trend = chartOf('chart-trend');
    expect(trend.data.datasets[0]!.data).toEqual([0, 3, 3, 3]);
    const bars = trend.getDatasetMeta(0).data as unknown as { width: number }[];
    expect(Math.max(...bars.map((b) => b.width))).toBeLessThanOrEqual(40);
    expect(container.querySelector('#trend-title')?.textContent).toBe('Andamento ora per ora, ven 7 giugno 2024');
  });

  it('keeps a week’s bars narrow', async () => {
    mount(officeReport());
    await ready();
    await vi.waitFor(() => expect(chartOf('chart-trend')).toBeDefined());
    const bars = chartOf('chart-trend').getDatasetMeta(0).data as unknown as { width: number }[];
    expect(bars).toHaveLength(7);
    expect(Math.max(...bars.map((b) => b.width))).toBeLessThanOrEqual(40);
  });
});
