// What a person sees of the report page in Chromium: no blank page below it, nothing sideways on a phone, charts that fit and say something for one day.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'preact';
import '../../../../kiosk/dashboard/dashboard.css';
import { Chart } from '../../../../kiosk/dashboard/charts/register';
import type { LiveConnector } from '../../../../kiosk/dashboard/live';
import { ReportPage } from '../../../../kiosk/dashboard/pages/report-page';
import type { OfficeReport } from '../../../../server/contract/report';
import { json, stubCollector } from '../fixtures/fake-collector';
import { OFFICES, officeReport } from '../fixtures/office-report';

const NOW = () => new Date('2024-06-09T10:00:00Z');
const connect: LiveConnector = (handlers) => {
  handlers.onStatus('live');
  return { watch: () => {}, close: () => {} };
};
const faces = (positivo: number, sufficiente: number, negativo: number) => ({ ottimo: 0, positivo, sufficiente, negativo, pessimo: 0 });

/** A year of days, ending on the fixture's last day. */
function yearReport(): OfficeReport {
  const days = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2023, 5, 10 + i)).toISOString().slice(0, 10));
  return officeReport({ period: { from: days[0]!, to: days[days.length - 1]! }, daily: days.map((day, i) => ({ day, total: 5 + (i % 3), faces: faces(3, 1, 1 + (i % 3)) })) });
}

/** The same office on one day: 9 votes between 09:00 and 11:00. */
function dayReport(): OfficeReport {
  const byHour = Array.from({ length: 24 }, (_, hour) => (hour >= 9 && hour <= 11 ? { hour, total: 3, faces: faces(2, 0, 1) } : { hour, total: 0, faces: faces(0, 0, 0) }));
  return officeReport({ period: { from: '2024-06-07', to: '2024-06-07' }, daily: [{ day: '2024-06-07', total: 9, faces: faces(6, 0, 3) }], byHour });
}

const CLOSED = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
/** Sede centrale opens 08:30–12:30 on weekdays and 14:30–17:00 on Mondays: its day runs 8 to 16. */
const HOURS = { ...CLOSED, mon: [{ from: '08:30', to: '12:30' }, { from: '14:30', to: '17:00' }], tue: [{ from: '08:30', to: '12:30' }] };

let container: HTMLElement;
const startUrl = location.href;

function mount(report: OfficeReport) {
  stubCollector({
    'GET /api/v1/offices': () => json(OFFICES),
    'GET /api/v1/offices/sede-centro/report': () => json(report),
    'GET /api/v1/offices/sede-centro': () => json({ id: 'sede-centro', administrationId: 'comune-a', name: 'Sede centrale', address: '', timeZone: 'Europe/Rome', openingHours: HOURS, holidays: [], archivedAt: null }),
  });
  history.replaceState(null, '', `${location.pathname}?office=sede-centro&from=${report.period.from}&to=${report.period.to}`);
  render(<ReportPage connect={connect} now={NOW} />, container);
}

const chartOf = (testId: string) => Chart.getChart(container.querySelector<HTMLCanvasElement>(`[data-testid="${testId}"]`)!)!;
const ready = () => vi.waitFor(() => expect(container.querySelector('[data-testid="report"]')?.getAttribute('data-state')).toBe('ready'));

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
      // The tables behind the charts (366 rows for the trend) are there for screen readers, and take no room.
      expect(container.querySelector('[data-testid="chart-trend"]')?.closest('section')?.querySelectorAll('tbody tr')).toHaveLength(366);
      expect(root.scrollHeight).toBeLessThanOrEqual(Math.max(innerHeight, lastCard + 40));
      expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
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

  it('fits service names beside their bars on a phone, in lines rather than cut, and hours level', async () => {
    await page.viewport(390, 844);
    const report = officeReport();
    report.byService[1] = { ...report.byService[1]!, name: 'SUAP - Sportello unico attività produttive' };
    mount(report);
    await ready();
    // Charts are created in an effect, after the page is drawn.
    await vi.waitFor(() => ['chart-services', 'chart-reasons', 'chart-hours'].forEach((id) => expect(chartOf(id), id).toBeDefined()));
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
    // Hours under the bars skip rather than turn sideways.
    expect(chartOf('chart-hours').scales.x!.labelRotation).toBe(0);
    // Nothing lost: the whole name is in the table behind the chart.
    expect(container.querySelector('[data-testid="chart-services"]')!.closest('section')!.textContent).toContain('SUAP - Sportello unico attività produttive');
  });

  it('draws one day hour by hour over the office’s day, not as one bar filling the chart', async () => {
    mount(dayReport());
    await ready();
    const hoursOfDay = ['08:00', '09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00'];
    await vi.waitFor(() => expect(chartOf('chart-trend').data.labels).toEqual(hoursOfDay));
    const trend = chartOf('chart-trend');
    expect(trend.data.datasets[0]!.data).toEqual([0, 3, 3, 3, 0, 0, 0, 0, 0]);
    const bars = trend.getDatasetMeta(0).data as unknown as { width: number }[];
    expect(Math.max(...bars.map((b) => b.width))).toBeLessThanOrEqual(40);
    expect(container.querySelector('#trend-title')?.textContent).toBe('Andamento ora per ora, ven 7 giugno 2024');
  });

  it('shows every hour of the office’s day in the hour chart, quiet hours as zeros', async () => {
    mount(officeReport());
    await ready();
    // The fixture's votes fall between 08:00 and 12:59; the office's day runs to 17:00.
    await vi.waitFor(() => expect(chartOf('chart-hours').data.labels).toEqual(['08:00', '09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00']));
    expect(chartOf('chart-hours').data.datasets[0]!.data.slice(5)).toEqual([0, 0, 0, 0]);
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
