// The one component that owns a Chart.js instance: created on mount, updated in place on new data, destroyed on unmount.
import { useEffect, useRef } from 'preact/hooks';
import type { Chart, ChartData, ChartOptions, ChartType } from 'chart.js';
import { queueIdle } from '../idle-queue';

/**
 * Chart.js (about 190 KB) is fetched the first time a chart mounts, never with the page: the
 * sign-in page must not download it (issue 9's budgets; tests/e2e/budgets.test.ts checks both the
 * build and the requests a browser makes before signing in).
 */
let chartJs: Promise<typeof import('./register')> | null = null;
export const loadChartJs = () => (chartJs ??= import('./register'));

export interface ChartCanvasProps<T extends ChartType> {
  type: T;
  data: ChartData<T>;
  options: ChartOptions<T>;
  /** The canvas's accessible name: what the chart shows, in one sentence. */
  label: string;
  /** CSS height of the drawing area; the width follows the container. */
  height: number;
  testId?: string;
}

// Users who asked their system for less motion get charts that appear without animating.
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The options every chart here shares: fill the box, and respect reduced motion. */
function fitted<T extends ChartType>(options: ChartOptions<T>): ChartOptions<T> {
  return { ...options, responsive: true, maintainAspectRatio: false, animation: reducedMotion() ? false : options?.animation };
}

/**
 * Changing `type` needs a new chart: give the component a `key` that changes with it. Anything else
 * updates the existing chart, which keeps hover state and animates from the old values to the new
 * instead of flashing a blank canvas every time a vote arrives.
 */
export function ChartCanvas<T extends ChartType>({ type, data, options, label, height, testId }: ChartCanvasProps<T>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<T>>();
  // What the chart currently draws; callers memoise data and options, so identity tells us when they changed.
  const applied = useRef({ data, options });
  // What the chart should draw once Chart.js has arrived (data may change while it loads).
  const latest = useRef({ data, options });
  latest.current = { data, options };

  useEffect(() => {
    let cancelled = false;
    let unqueue = () => {};
    void loadChartJs().then(({ Chart: ChartJs }) => {
      if (cancelled) return;
      // One chart per idle moment (idle-queue.ts), drawn at once rather than animated in: growing
      // every chart of a report from zero redrew them all on each frame for a second. Later
      // updates go through the effect below, which restores the options' animation.
      unqueue = queueIdle(() => {
        if (cancelled || !canvas.current) return;
        const { data: d, options: o } = latest.current;
        chart.current = new ChartJs(canvas.current, { type, data: d, options: { ...fitted(o), animation: false } });
        applied.current = { data: d, options: o };
      }, 'chart not drawn');
    });
    // Printing lays the page out narrower, and no resize event says so: redraw at the printed size,
    // and again at the screen's afterwards (Chart.js docs, "Printing resizable charts").
    const refit = () => chart.current?.resize();
    const print = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
    addEventListener('beforeprint', refit);
    addEventListener('afterprint', refit);
    print?.addEventListener('change', refit);
    return () => {
      cancelled = true;
      unqueue();
      removeEventListener('beforeprint', refit);
      removeEventListener('afterprint', refit);
      print?.removeEventListener('change', refit);
      chart.current?.destroy();
      chart.current = undefined;
    };
    // Created once per mount; data and options changes go through the update effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const c = chart.current;
    if (!c || (applied.current.data === data && applied.current.options === options)) return;
    c.data = data;
    c.options = fitted(options);
    applied.current = { data, options };
    c.update();
  }, [data, options]);

  // Chart.js needs a positioned box of known height to size itself responsively.
  return (
    <div class="chart-box" style={{ height: `${height}px` }}>
      <canvas ref={canvas} role="img" aria-label={label} data-testid={testId} />
    </div>
  );
}
