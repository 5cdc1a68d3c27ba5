// Reasons over time: each reason's share of the negative votes, stretch by stretch, so a growing reason shows; the strongest rise said in words.
import { useMemo } from 'preact/hooks';
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import type { OfficeReport } from '../../../server/contract/report';
import { ChartCanvas } from '../charts/chart-canvas';
import { reasonSeries, reasonStretches, RISE_POINTS, risingReason, stretchDates, stretchLabel, stretchTitle } from '../charts/reason-trend';
import { formatNumber } from '../format';
import { LABELS } from '../labels';
import { R } from '../report-labels';
import { T } from '../trend-labels';
import { SrTable } from './sr-table';

/** Distinct, dark enough on white; the fifth reason onwards is rare and greyed. */
const COLOURS = ['#b3261e', '#0b4f8a', '#7a4fa3', '#8a5a00', '#2f6f62'];
const LINES = ['solid', [6, 4], [2, 3], [10, 3, 2, 3], [1, 2]] as const;

export function ReasonTrendChart({ report }: { report: Pick<OfficeReport, 'reasonTrend' | 'reasons'> }) {
  const stretches = useMemo(() => reasonStretches(report.reasonTrend), [report.reasonTrend]);
  const reasons = useMemo(() => [...report.reasons].filter((r) => r.count > 0).sort((a, b) => b.count - a.count).slice(0, COLOURS.length), [report.reasons]);
  const series = useMemo(() => reasonSeries(stretches, reasons), [stretches, reasons]);
  const rise = risingReason(stretches, series);

  const data = useMemo<ChartData<'line', (number | null)[], string>>(
    () => ({
      labels: stretches.map(stretchLabel),
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.percents,
        borderColor: COLOURS[i],
        backgroundColor: COLOURS[i],
        // A dash pattern per reason: the lines differ by more than colour.
        borderDash: LINES[i] === 'solid' ? [] : [...(LINES[i] as readonly number[])],
        borderWidth: s.reasonId === rise?.reasonId ? 4 : 2,
        pointRadius: 3,
        spanGaps: false,
      })),
    }),
    [stretches, series, rise?.reasonId],
  );
  const options = useMemo<ChartOptions<'line'>>(
    () => ({
      interaction: { mode: 'index', intersect: false },
      scales: { x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true } }, y: { min: 0, suggestedMax: 60, ticks: { callback: (v) => `${v}%` } } },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 28, boxHeight: 2 } },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'line'>[]) => {
              const s = stretches[items[0]?.dataIndex ?? 0];
              return s ? `${stretchTitle(s)} · ${R.votes(s.negative)} negativi` : '';
            },
            label: (item: TooltipItem<'line'>) => `${item.dataset.label}: ${item.raw ?? '–'}% (${series[item.datasetIndex]?.counts[item.dataIndex] ?? 0})`,
          },
        },
      },
    }),
    [stretches, series],
  );

  // One bucket (a one-day period) has no "over time".
  if (report.reasonTrend.length < 2) return null;
  return (
    <section class="card wide" aria-labelledby="reason-trend-title" data-testid="reason-trend">
      <h2 id="reason-trend-title">{T.reasonTrendTitle}</h2>
      {stretches.length < 2 || series.length === 0 ? (
        <p class="note">{T.reasonTrendEmpty}</p>
      ) : (
        <>
          <p class={rise ? 'rising' : 'note small'} data-testid="reason-rise" data-reason-id={rise?.reasonId ?? ''}>
            {rise ? (
              <>
                <span aria-hidden="true">▲ </span>
                {T.rising(rise.label, rise.fromPct, rise.toPct, T.stretchOf(stretchDates(rise.first), formatNumber(rise.first.negative)), T.stretchOf(stretchDates(rise.last), formatNumber(rise.last.negative)))}
              </>
            ) : (
              T.noRise(RISE_POINTS)
            )}
          </p>
          <p class="note small">{T.reasonTrendIntro}</p>
          <ChartCanvas type="line" data={data} options={options} label={`${T.reasonTrendTitle}. ${LABELS.chartHint}`} height={260} testId="chart-reason-trend" />
          <SrTable
            caption={T.reasonTrendTitle}
            headers={[T.stretch, T.negatives, ...series.map((s) => s.label)]}
            rows={stretches.map((s, i) => [stretchTitle(s), String(s.negative), ...series.map((r) => (r.percents[i] === null ? '–' : `${r.percents[i]}% (${r.counts[i]})`))])}
          />
        </>
      )}
    </section>
  );
}
