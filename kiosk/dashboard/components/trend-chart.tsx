// The trend by the report's own unit (day, week or month), for the office or one service: votes as bars (left axis), share of positive votes as a line (right axis); one day goes hour by hour.
import { useMemo, useState } from 'preact/hooks';
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import type { OfficeReport } from '../../../server/contract/report';
import { ChartCanvas } from '../charts/chart-canvas';
import type { OfficeDay } from '../charts/hour-datasets';
import { hourTrendDatasets, TREND_POSITIVE_COLOR, TREND_TOTAL_COLOR, trendDatasets } from '../charts/trend-datasets';
import { formatDayLong } from '../format';
import { LABELS } from '../labels';
import { T } from '../trend-labels';
import { SrTable } from './sr-table';

interface Props {
  trend: OfficeReport['trend'];
  /** The services' names, worst first as the report lists them. */
  services: OfficeReport['byService'];
  /** The period's votes per hour: a one-day period ("Oggi") is drawn from these. */
  hours: OfficeReport['byHour'];
  period: OfficeReport['period'];
  minSample: number;
  /** The office's day from its opening hours, when it gave them. */
  officeDay?: OfficeDay;
  /** The period's votes from the website and from QR codes: a day's hours leave them out, and say so (heatmap.notInHours). */
  notInHours?: { web: number; qr: number };
}

// Beyond two months of points they would touch each other: the line alone reads better.
const POINTS_UP_TO = 62;
// A week on a laptop would otherwise draw slabs a hundred pixels wide.
const MAX_BAR_PX = 40;
const ALL = '';

export function TrendChart({ trend, services, hours, period, minSample, officeDay, notInHours = { web: 0, qr: 0 } }: Props) {
  const [serviceId, setServiceId] = useState(ALL);
  const oneDay = period.from === period.to;
  const perService = trend.byService.find((s) => s.serviceId === serviceId);
  const buckets = perService?.buckets ?? trend.buckets;
  const data = useMemo(() => (oneDay ? hourTrendDatasets(hours, officeDay, minSample) : trendDatasets(buckets, trend.unit)), [oneDay, hours, officeDay, minSample, buckets, trend.unit]);
  const title = oneDay ? LABELS.trendDayTitle(formatDayLong(period.from)) : T.title[trend.unit];
  const serviceName = services.find((s) => s.serviceId === serviceId)?.name;
  const label = serviceName ? `${title}: ${serviceName}` : title;

  // The chart is a bar chart with one line dataset: Chart.js mixes types per dataset.
  const chartData = useMemo(
    () =>
      ({
        labels: data.labels,
        datasets: [
          { type: 'bar', label: LABELS.trendTotal, data: data.totals, backgroundColor: `${TREND_TOTAL_COLOR}66`, maxBarThickness: MAX_BAR_PX, yAxisID: 'y', order: 2 },
          {
            type: 'line',
            label: LABELS.trendPositive,
            data: data.positive,
            borderColor: TREND_POSITIVE_COLOR,
            // A point that rests on a small sample is hollow: its share may swing a lot.
            backgroundColor: data.small.map((s) => (s ? '#ffffff' : TREND_POSITIVE_COLOR)),
            pointRadius: data.labels.length > POINTS_UP_TO ? 0 : 3,
            borderWidth: 2,
            // A bucket without votes is a gap: joining across it would invent a value for it.
            spanGaps: false,
            yAxisID: 'y1',
            order: 1,
          },
        ],
      }) as ChartData<'bar'>,
    [data],
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
            title: (items: TooltipItem<'bar'>[]) => data.titles[items[0]?.dataIndex ?? 0] ?? '',
            label: (item: TooltipItem<'bar'>) =>
              item.dataset.yAxisID === 'y1'
                ? `${item.dataset.label}: ${item.raw ?? '–'}%${data.small[item.dataIndex] && item.raw !== null ? ` (${T.small})` : ''}`
                : `${item.dataset.label}: ${item.raw}`,
          },
        },
      },
    }),
    [data],
  );

  const rows = data.labels.map((_, i) => [
    data.titles[i] ?? '',
    String(data.totals[i] ?? 0),
    data.positive[i] === null || data.positive[i] === undefined ? '–' : `${data.positive[i]}%${data.small[i] ? ` (${T.small})` : ''}`,
  ]);

  return (
    <section class="card" aria-labelledby="trend-title" data-testid="trend" data-unit={oneDay ? 'hour' : trend.unit}>
      <div class="card-head">
        <h2 id="trend-title">{title}</h2>
        {!oneDay && trend.byService.length > 1 && (
          <div class="field inline-field">
            <label for="trend-service">{T.service}</label>
            <select id="trend-service" data-testid="trend-service" value={serviceId} onChange={(e) => setServiceId(e.currentTarget.value)}>
              <option value={ALL}>{T.allServices}</option>
              {services
                .filter((s) => trend.byService.some((t) => t.serviceId === s.serviceId))
                .map((s) => (
                  <option key={s.serviceId} value={s.serviceId}>
                    {s.name}
                  </option>
                ))}
            </select>
          </div>
        )}
      </div>
      <ChartCanvas type="bar" data={chartData} options={options} label={`${label}. ${LABELS.chartHint}`} height={280} testId="chart-trend" />
      {data.small.some((small, i) => small && data.positive[i] !== null) && <p class="note small">{T.hollow}</p>}
      {oneDay && notInHours.web + notInHours.qr > 0 && (
        <p class="note small" data-testid="trend-web">
          {T.hoursLeftOut(notInHours.web, notInHours.qr)}
        </p>
      )}
      <SrTable caption={label} headers={[oneDay ? LABELS.hour : T.bucket[trend.unit], LABELS.trendTotal, LABELS.trendPositive]} rows={rows} />
    </section>
  );
}
