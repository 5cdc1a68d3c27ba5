// The daily trend: votes per day as bars (left axis) and the share of positive votes as a line (right axis).
import { useMemo } from 'preact/hooks';
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import type { OfficeReport } from '../../../server/contract/report';
import { FACE_IDS } from '../../../server/contract/scale';
import { ChartCanvas } from '../charts/chart-canvas';
import { faceCount, faceLabel } from '../charts/faces';
import { TREND_POSITIVE_COLOR, TREND_TOTAL_COLOR, trendDatasets } from '../charts/trend-datasets';
import { formatDayLong } from '../format';
import { LABELS } from '../labels';
import { SrTable } from './sr-table';

interface Props {
  daily: OfficeReport['daily'];
}

// Beyond two months the points would touch each other: the line alone reads better.
const POINTS_UP_TO_DAYS = 62;

export function TrendChart({ daily }: Props) {
  const trend = useMemo(() => trendDatasets(daily), [daily]);

  // The chart is a bar chart with one line dataset: Chart.js mixes types per dataset.
  const data = useMemo(
    () =>
      ({
        labels: trend.labels,
        datasets: [
          { type: 'bar', label: LABELS.trendTotal, data: trend.totals, backgroundColor: `${TREND_TOTAL_COLOR}66`, yAxisID: 'y', order: 2 },
          {
            type: 'line',
            label: LABELS.trendPositive,
            data: trend.positive,
            borderColor: TREND_POSITIVE_COLOR,
            backgroundColor: TREND_POSITIVE_COLOR,
            pointRadius: trend.days.length > POINTS_UP_TO_DAYS ? 0 : 3,
            borderWidth: 2,
            // A day without votes is a gap: joining across it would invent a value for that day.
            spanGaps: false,
            yAxisID: 'y1',
            order: 1,
          },
        ],
      }) as ChartData<'bar'>,
    [trend],
  );

  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false }, ticks: { autoSkip: true, maxRotation: 0 } },
        y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: LABELS.trendTotal } },
        y1: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false }, ticks: { callback: (v) => `${v}%` }, title: { display: true, text: LABELS.trendPositive } },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'bar'>[]) => formatDayLong(trend.days[items[0]?.dataIndex ?? 0] ?? ''),
            label: (item: TooltipItem<'bar'>) => (item.dataset.yAxisID === 'y1' ? `${item.dataset.label}: ${item.raw ?? '–'}%` : `${item.dataset.label}: ${item.raw}`),
          },
        },
      },
    }),
    [trend],
  );

  const shown = FACE_IDS.filter((f) => daily.some((d) => faceCount(d.faces, f) > 0));
  const rows = daily.map((d, i) => [
    formatDayLong(d.day),
    String(d.total),
    trend.positive[i] === null ? '–' : `${trend.positive[i]}%`,
    ...shown.map((f) => String(faceCount(d.faces, f))),
  ]);

  return (
    <section class="card" aria-labelledby="trend-title">
      <h2 id="trend-title">{LABELS.trendTitle}</h2>
      <ChartCanvas type="bar" data={data} options={options} label={`${LABELS.trendTitle}. ${LABELS.chartHint}`} height={280} testId="chart-trend" />
      <SrTable caption={LABELS.trendTitle} headers={[LABELS.day, LABELS.trendTotal, LABELS.trendPositive, ...shown.map(faceLabel)]} rows={rows} />
    </section>
  );
}
