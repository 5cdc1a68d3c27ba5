import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { ChartData, ChartOptions } from 'chart.js';
import { ChartCanvas, loadChartJs } from '../../../../kiosk/dashboard/charts/chart-canvas';
import { idleWorkDone } from '../../../../kiosk/dashboard/idle-queue';
import { Chart } from '../../../../kiosk/dashboard/charts/register';

let container: HTMLElement;
const OPTIONS: ChartOptions<'bar'> = { animation: false };
const data = (values: number[]): ChartData<'bar'> => ({ labels: values.map((_, i) => `r${i}`), datasets: [{ label: 'x', data: values }] });

// act() runs Preact's effects now; without it they wait for the next frame. Chart.js itself loads
// on first use (kiosk/dashboard/charts/chart-canvas.tsx), then charts are built one per idle moment
// (idle-queue.ts): the chart exists once both have settled.
async function draw(d: ChartData<'bar'>, options = OPTIONS) {
  act(() => render(<ChartCanvas type="bar" data={d} options={options} label="Prova" height={200} testId="c" />, container));
  await loadChartJs();
  await idleWorkDone();
  return container.querySelector('canvas')!;
}

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

  it('destroys the chart on unmount', async () => {
    const canvas = await draw(data([1]));
    expect(Chart.getChart(canvas)).toBeDefined();
    act(() => render(null, container));
    expect(Chart.getChart(canvas)).toBeUndefined();
  });
});
