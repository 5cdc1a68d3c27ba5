import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { ChartData, ChartOptions } from 'chart.js';
import { ChartCanvas, drawAllCharts, loadChartJs } from '../../../../kiosk/dashboard/charts/chart-canvas';
import { idleWorkDone } from '../../../../kiosk/dashboard/idle-queue';
import { Chart } from '../../../../kiosk/dashboard/charts/register';

let container: HTMLElement;
const OPTIONS: ChartOptions<'bar'> = { animation: false };
const data = (values: number[]): ChartData<'bar'> => ({ labels: values.map((_, i) => `r${i}`), datasets: [{ label: 'x', data: values }] });

// act() runs Preact's effects now; without it they wait for the next frame. A chart is built once
// its canvas nears the screen, Chart.js loading with the first, one chart per idle moment
// (kiosk/dashboard/charts/chart-canvas.tsx, idle-queue.ts): the chart exists once all have settled.
async function draw(d: ChartData<'bar'>, options = OPTIONS) {
  act(() => render(<ChartCanvas type="bar" data={d} options={options} label="Prova" height={200} testId="c" />, container));
  await vi.waitFor(() => expect(Chart.getChart(container.querySelector('canvas')!)).toBeDefined());
  return container.querySelector('canvas')!;
}

/** Two animation frames: time for an intersection observer to have said what it saw. */
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

beforeEach(() => {
  container = document.createElement('div');
  container.style.width = '400px';
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('ChartCanvas', () => {
  it('creates one chart on mount, with an accessible name', async () => {
    const canvas = await draw(data([1, 2]));
    const chart = Chart.getChart(canvas);
    expect(chart).toBeDefined();
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-label')).toBe('Prova');
    expect(chart!.data.datasets[0]!.data).toEqual([1, 2]);
  });

  it('updates the same chart in place when the data changes', async () => {
    const canvas = await draw(data([1, 2]));
    const first = Chart.getChart(canvas);
    expect(first).toBeDefined();
    const next = data([5, 6, 7]);
    await draw(next);
    const second = Chart.getChart(container.querySelector('canvas')!);
    expect(second).toBe(first);
    expect(second!.data).toBe(next);
    expect(second!.data.labels).toHaveLength(3);
  });

  it('draws the first time without animating in, and animates later updates as the options say', async () => {
    const canvas = await draw(data([1, 2]), {});
    const chart = Chart.getChart(canvas)!;
    expect(chart.options.animation).toBe(false);
    await draw(data([3, 4]), {});
    expect(chart.options.animation).not.toBe(false);
  });

  it('never builds a chart unmounted before its turn came', async () => {
    act(() => render(<ChartCanvas type="bar" data={data([1])} options={OPTIONS} label="Prova" height={200} testId="c" />, container));
    const canvas = container.querySelector('canvas')!;
    await loadChartJs();
    act(() => render(null, container));
    await idleWorkDone();
    expect(Chart.getChart(canvas)).toBeUndefined();
  });

  it('waits to be built until its canvas comes near the screen', async () => {
    const below = document.createElement('div');
    below.style.height = `${innerHeight + 2000}px`;
    container.before(below);
    try {
      act(() => render(<ChartCanvas type="bar" data={data([1, 2])} options={OPTIONS} label="Prova" height={200} testId="c" />, container));
      const canvas = container.querySelector('canvas')!;
      await frames();
      await loadChartJs();
      await idleWorkDone();
      await frames();
      expect(Chart.getChart(canvas), 'built far below the screen').toBeUndefined();
      canvas.scrollIntoView();
      await vi.waitFor(() => expect(Chart.getChart(canvas)).toBeDefined());
    } finally {
      below.remove();
      scrollTo(0, 0);
    }
  });

  it('is built off screen when every chart is asked for, as before printing', async () => {
    const below = document.createElement('div');
    below.style.height = `${innerHeight + 2000}px`;
    container.before(below);
    try {
      act(() => render(<ChartCanvas type="bar" data={data([3])} options={OPTIONS} label="Prova" height={200} testId="c" />, container));
      const canvas = container.querySelector('canvas')!;
      await frames();
      expect(Chart.getChart(canvas)).toBeUndefined();
      await drawAllCharts();
      expect(Chart.getChart(canvas)?.data.datasets[0]!.data).toEqual([3]);
    } finally {
      below.remove();
    }
  });

  it('destroys the chart on unmount', async () => {
    const canvas = await draw(data([1]));
    expect(Chart.getChart(canvas)).toBeDefined();
    act(() => render(null, container));
    expect(Chart.getChart(canvas)).toBeUndefined();
  });
});
