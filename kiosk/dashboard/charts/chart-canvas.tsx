// The one component that owns a Chart.js instance: created on mount, updated in place on new data, destroyed on unmount.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Chart, ChartData, ChartOptions, ChartType } from 'chart.js';
import { LoadFailureNotice } from '../components/load-failure-notice';
import { X } from '../export-labels';
import { idleWorkDone, queueIdle } from '../idle-queue';
import { LOAD_FAILURE_LABELS as LF } from '../load-failure-labels';
import { whyLoadFailed, type LoadFailure } from '../why-load-failed';

/**
 * Chart.js (about 190 KB) is fetched the first time a chart mounts, never with the page: the
 * sign-in page must not download it (issue 9's budgets; tests/e2e/budgets.test.ts checks both the
 * build and the requests a browser makes before signing in).
 */
let chartJs: Promise<typeof import('./register')> | null = null;
/** Chart.js once it has arrived: a chart can then be built at once, as printing needs. */
let loaded: typeof import('./register') | undefined;
export const loadChartJs = () =>
  (chartJs ??= import('./register').then(
    (module) => {
      loaded = module;
      return module;
    },
    (err: unknown) => {
      // Not kept: a cached rejection left every chart of the tab blank for good, with nothing said.
      // The next chart to ask imports again (Chromium still answers with the failure it keeps until
      // a reload, which the chart's notice offers: load-failure-notice.tsx).
      chartJs = null;
      throw err;
    },
  ));

/**
 * A chart is built once its canvas comes within this distance of the screen, not with the page: on
 * a phone the report's charts all lie below its first screen, and building them (Chart.js's own
 * evaluation, then each chart's first draw) blocked the page for 50-160 ms at a time while it opened
 * (docs/accessibility.md, Lighthouse). The margin builds a chart a little before it scrolls into view.
 */
const NEAR_SCREEN = '400px 0px';

/** The start of every chart mounted but not yet near the screen. */
const waiting = new Set<() => void>();

/** Calls `start` once `element` comes near the screen (at once where the browser cannot tell); returns the cancel. */
function whenNearScreen(element: Element, start: () => void): () => void {
  if (typeof IntersectionObserver !== 'function') {
    start();
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      start();
    },
    { rootMargin: NEAR_SCREEN },
  );
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * Builds every mounted chart, near the screen or not, and settles once all are drawn: the print
 * button waits for it, so that no chart reaches the paper empty (and tests that read a chart).
 */
export async function drawAllCharts(): Promise<void> {
  for (const start of [...waiting]) start();
  if (!chartJs) return;
  // A chart that could not load says so on screen (and on paper, chart-not-printed): print the rest.
  await chartJs.catch(() => undefined);
  await idleWorkDone();
}

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
  // Why Chart.js did not arrive, said in the chart's box rather than left blank.
  const [failed, setFailed] = useState<LoadFailure>();

  useEffect(() => {
    let cancelled = false;
    let unqueue = () => {};
    // Drawn at once rather than animated in: growing every chart of a report from zero redrew them
    // all on each frame for a second. Later updates go through the effect below, which restores
    // the options' animation.
    const build = (ChartJs: (typeof import('./register'))['Chart']) => {
      if (cancelled || chart.current || !canvas.current) return;
      const { data: d, options: o } = latest.current;
      chart.current = new ChartJs(canvas.current, { type, data: d, options: { ...fitted(o), animation: false } });
      applied.current = { data: d, options: o };
      // On paper, a canvas without it gives way to a sentence saying why (print.css).
      canvas.current.dataset.drawn = '';
    };
    const start = () => {
      if (!waiting.delete(start)) return;
      loadChartJs().then(
        ({ Chart: ChartJs }) => {
          // One chart per idle moment (idle-queue.ts), not all of a report's in one task.
          if (!cancelled) unqueue = queueIdle(() => build(ChartJs), 'chart not drawn');
        },
        () => void whyLoadFailed().then((reason) => !cancelled && setFailed(reason)),
      );
    };
    waiting.add(start);
    const unobserve = canvas.current ? whenNearScreen(canvas.current, start) : (start(), () => {});
    // Printing lays the page out narrower, and no resize event says so: redraw at the printed size,
    // and again at the screen's afterwards (Chart.js docs, "Printing resizable charts"). A chart
    // not built yet is built now if Chart.js is here (printed from the browser's menu, not the
    // print button, which waits for drawAllCharts).
    const refit = () => {
      if (!chart.current && loaded) build(loaded.Chart);
      chart.current?.resize();
    };
    const print = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
    addEventListener('beforeprint', refit);
    addEventListener('afterprint', refit);
    print?.addEventListener('change', refit);
    return () => {
      cancelled = true;
      waiting.delete(start);
      unobserve();
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
      {failed && <LoadFailureNotice reason={failed} networkMessage={LF.chartLoadFailed} quiet />}
      <p class="print-only chart-not-printed">{X.chartNotPrinted}</p>
    </div>
  );
}
