// A stacked-bar chart of face counts (per service, per hour), with a tooltip giving count and percent and a table for screen readers.
import { useMemo } from 'preact/hooks';
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { ChartCanvas } from '../charts/chart-canvas';
import type { FaceStackData, StackMode } from '../charts/service-datasets';
import { fittedCategoryTicks } from '../charts/wrap-label';
import { LABELS } from '../labels';
import { SrTable } from './sr-table';

interface Props {
  stacks: FaceStackData;
  mode: StackMode;
  /** Horizontal bars leave room for long service names ("Servizi demografici e stato civile"). */
  horizontal: boolean;
  label: string;
  rowHeader: string;
  height: number;
  testId: string;
}

export function FaceStackChart({ stacks, mode, horizontal, label, rowHeader, height, testId }: Props) {
  const data = useMemo<ChartData<'bar'>>(
    () => ({ labels: stacks.labels, datasets: stacks.datasets.map((d) => ({ ...d, data: [...d.data], borderWidth: 0, maxBarThickness: 36 })) }),
    [stacks],
  );

  const options = useMemo<ChartOptions<'bar'>>(() => {
    const valueAxis = { stacked: true, beginAtZero: true, max: mode === 'percent' ? 100 : undefined, ticks: { precision: 0, callback: (v: string | number) => (mode === 'percent' ? `${v}%` : v) } };
    // Long service names break into two lines on a phone instead of being cut at the canvas's edge;
    // hours under the bars skip every other one rather than turn sideways.
    const categoryTicks = horizontal ? { callback: fittedCategoryTicks(2) } : { maxRotation: 0, autoSkip: true };
    const categoryAxis = { stacked: true, grid: { display: false }, ticks: categoryTicks };
    return {
      indexAxis: horizontal ? 'y' : 'x',
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            // Both numbers whatever the mode: "62%" alone hides whether it is 5 votes or 500.
            label: (item: TooltipItem<'bar'>) => {
              const count = stacks.counts[item.datasetIndex]?.[item.dataIndex] ?? 0;
              const percent = stacks.percents[item.datasetIndex]?.[item.dataIndex] ?? 0;
              return `${item.dataset.label}: ${count} (${percent}%)`;
            },
          },
        },
      },
    };
  }, [stacks, mode, horizontal]);

  const headers = [rowHeader, ...stacks.datasets.map((d) => d.label), LABELS.total];
  const rows = stacks.labels.map((name, r) => {
    const cells = stacks.datasets.map((d, f) => `${stacks.counts[f]?.[r] ?? 0} (${stacks.percents[f]?.[r] ?? 0}%)`);
    const total = stacks.counts.reduce((sum, c) => sum + (c[r] ?? 0), 0);
    return [name, ...cells, String(total)];
  });

  return (
    <>
      <ChartCanvas type="bar" data={data} options={options} label={`${label}. ${LABELS.chartHint}`} height={height} testId={testId} />
      <SrTable caption={label} headers={headers} rows={rows} />
    </>
  );
}
