// Why citizens voted negatively: one horizontal bar per reason with its quality dimension, and what the others did.
import { useMemo } from 'preact/hooks';
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import type { OfficeReport } from '../../../server/contract/report';
import { FACE_STYLE } from '../../ui/face-style';
import { ChartCanvas } from '../charts/chart-canvas';
import { dimensionLabel, reasonDatasets, type ReasonRow } from '../charts/reason-datasets';
import { fittedCategoryTicks } from '../charts/wrap-label';
import { LABELS } from '../labels';
import { SrTable } from './sr-table';

interface Props {
  reasons: OfficeReport['reasons'];
  followUp: OfficeReport['followUp'];
}

export function ReasonChart({ reasons, followUp }: Props) {
  // See ReasonRow: the contract's type for `dimension` is wrong (never), the data is not.
  const rows = reasons as readonly ReasonRow[];
  const chart = useMemo(() => reasonDatasets(rows, followUp.chosen), [rows, followUp.chosen]);
  const any = chart.counts.some((c) => c > 0);

  const data = useMemo<ChartData<'bar', number[], string[]>>(
    () => ({ labels: chart.labels, datasets: [{ label: LABELS.reasonCount, data: chart.counts, backgroundColor: FACE_STYLE.negativo.color, maxBarThickness: 32 }] }),
    [chart],
  );
  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      indexAxis: 'y',
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { grid: { display: false }, ticks: { callback: fittedCategoryTicks(2) } } },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            // A citizen may tick several reasons: the percent is of those who answered, not of all reasons.
            label: (item: TooltipItem<'bar'>) => {
              const pct = chart.percents[item.dataIndex];
              return pct === null || pct === undefined ? `${item.raw}` : `${item.raw} (${pct}% dei motivati)`;
            },
          },
        },
      },
    }),
    [chart],
  );

  const negatives = followUp.chosen + followUp.skipped + followUp.timeout;
  return (
    <section class="card" aria-labelledby="reasons-title">
      <h2 id="reasons-title">{LABELS.reasonsTitle}</h2>
      {any ? (
        <>
          <ChartCanvas type="bar" data={data} options={options} label={`${LABELS.reasonsTitle}. ${LABELS.chartHint}`} height={Math.max(160, chart.rows.length * 52 + 40)} testId="chart-reasons" />
          <SrTable
            caption={LABELS.reasonsTitle}
            headers={[LABELS.reasonsTitle, LABELS.reasonDimension, LABELS.reasonCount]}
            rows={chart.rows.map((r) => [r.label, dimensionLabel(r, LABELS.noDimension), String(r.count)])}
          />
        </>
      ) : (
        <p class="note">{negatives === 0 ? LABELS.noNegatives : LABELS.noReasons}</p>
      )}
      {negatives > 0 && (
        <div class="follow-up">
          <h3>{LABELS.followUpTitle}</h3>
          <dl>
            <FollowUpItem testId="followup-chosen" label={LABELS.followUpChosen} count={followUp.chosen} of={negatives} />
            <FollowUpItem testId="followup-skipped" label={LABELS.followUpSkipped} count={followUp.skipped} of={negatives} />
            <FollowUpItem testId="followup-timeout" label={LABELS.followUpTimeout} count={followUp.timeout} of={negatives} />
          </dl>
        </div>
      )}
    </section>
  );
}

function FollowUpItem({ label, count, of, testId }: { label: string; count: number; of: number; testId: string }) {
  return (
    <div data-testid={testId} data-count={count}>
      <dt>{label}</dt>
      <dd>
        {count} <span class="muted">({Math.round((count * 100) / of)}%)</span>
      </dd>
    </div>
  );
}
