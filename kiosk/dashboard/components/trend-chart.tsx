// The trend: votes per day as bars (left axis) and the share of positive votes as a line (right axis); a one-day period goes hour by hour.
import { useMemo } from 'preact/hooks';
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import type { OfficeReport } from '../../../server/contract/report';
import { FACE_IDS } from '../../../server/contract/scale';
import { ChartCanvas } from '../charts/chart-canvas';
import { faceCount, faceLabel } from '../charts/faces';
import { hoursOfDay, type OfficeDay } from '../charts/hour-datasets';
import { hourTrendDatasets, TREND_POSITIVE_COLOR, TREND_TOTAL_COLOR, trendDatasets } from '../charts/trend-datasets';
import { formatDayLong } from '../format';
import { LABELS } from '../labels';
import { SrTable } from './sr-table';

interface Props {
  daily: OfficeReport['daily'];
  /** The period's votes per hour: a one-day period ("Oggi") is drawn from these. */
  hours: OfficeReport['byHour'];
  /** The office's day from its opening hours, once known. */
  officeDay?: OfficeDay;
}

// Beyond two months the points would touch each other: the line alone reads better.
const POINTS_UP_TO = 62;
// A week on a laptop would otherwise draw slabs a hundred pixels wide.
const MAX_BAR_PX = 40;

export function TrendChart({ daily, hours, officeDay }: Props) {
  const oneDay = daily.length === 1;
  const trend = useMemo(() => (oneDay ? hourTrendDatasets(hours, officeDay) : trendDatasets(daily)), [oneDay, daily, hours, officeDay]);
  const title = oneDay ? LABELS.trendDayTitle(formatDayLong(daily[0]!.day)) : LABELS.trendTitle;

  // The chart is a bar chart with one line dataset: Chart.js mixes types per dataset.
  const data = useMemo(
    () =>
      ({
        labels: trend.labels,
        datasets: [
          { type: 'bar', label: LABELS.trendTotal, data: trend.totals, backgroundColor: `${TREND_TOTAL_COLOR}66`, maxBarThickness: MAX_BAR_PX, yAxisID: 'y', order: 2 },
          {
            type: 'line',
            label: LABELS.trendPositive,
            data: trend.positive,
            borderColor: TREND_POSITIVE_COLOR,
            backgroundColor: TREND_POSITIVE_COLOR,
            pointRadius: trend.labels.length > POINTS_UP_TO ? 0 : 3,
            borderWidth: 2,
            // A day (or hour) without votes is a gap: joining across it would invent a value for it.
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
            title: (items: TooltipItem<'bar'>[]) => trend.titles[items[0]?.dataIndex ?? 0] ?? '',
            label: (item: TooltipItem<'bar'>) => (item.dataset.yAxisID === 'y1' ? `${item.dataset.label}: ${item.raw ?? '–'}%` : `${item.dataset.label}: ${item.raw}`),
          },
        },
      },
    }),
    [trend],
  );

  const tallies = oneDay ? hoursOfDay(hours, officeDay) : daily;
  const shown = FACE_IDS.filter((f) => tallies.some((d) => faceCount(d.faces, f) > 0));
  const rows = tallies.map((d, i) => [
    trend.titles[i] ?? '',
    String(d.total),
    trend.positive[i] === null ? '–' : `${trend.positive[i]}%`,
    ...shown.map((f) => String(faceCount(d.faces, f))),
  ]);

  return (
    <section class="card" aria-labelledby="trend-title">
      <h2 id="trend-title">{title}</h2>
      <ChartCanvas type="bar" data={data} options={options} label={`${title}. ${LABELS.chartHint}`} height={280} testId="chart-trend" />
      <SrTable caption={title} headers={[oneDay ? LABELS.hour : LABELS.day, LABELS.trendTotal, LABELS.trendPositive, ...shown.map(faceLabel)]} rows={rows} />
    </section>
  );
}
