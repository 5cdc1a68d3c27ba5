// Why citizens voted negatively: each reason as a share of the negative votes, for the office or one service, with its quality dimension.
import { useMemo, useState } from 'preact/hooks';
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import type { OfficeReport } from '../../../server/contract/report';
import { FACE_STYLE } from '../../ui/face-style';
import { ChartCanvas } from '../charts/chart-canvas';
import { dimensionLabel, reasonDatasets } from '../charts/reason-datasets';
import { fittedCategoryTicks } from '../charts/wrap-label';
import { LABELS } from '../labels';
import { T } from '../trend-labels';
import { SrTable } from './sr-table';

interface Props {
  report: Pick<OfficeReport, 'reasons' | 'reasonsByService' | 'byService' | 'followUp'>;
}

const ALL = '';

export function ReasonChart({ report }: Props) {
  const [serviceId, setServiceId] = useState(ALL);
  const perService = report.reasonsByService.find((s) => s.serviceId === serviceId);
  const reasons = perService?.reasons ?? report.reasons;
  const negative = perService?.negative ?? report.followUp.negative;
  const chart = useMemo(() => reasonDatasets(reasons), [reasons]);
  const any = chart.counts.some((c) => c > 0);
  const withNegatives = report.byService.filter((s) => report.reasonsByService.some((r) => r.serviceId === s.serviceId && r.negative > 0));

  const data = useMemo<ChartData<'bar', (number | null)[], string[]>>(
    () => ({ labels: chart.labels, datasets: [{ label: T.shareOfNegative, data: chart.percents, backgroundColor: FACE_STYLE.negativo.color, maxBarThickness: 32 }] }),
    [chart],
  );
  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      indexAxis: 'y',
      scales: {
        x: { beginAtZero: true, suggestedMax: 100, ticks: { callback: (v) => `${v}%` } },
        y: { grid: { display: false }, ticks: { callback: fittedCategoryTicks(2) } },
      },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item: TooltipItem<'bar'>) => T.reasonTooltip(Number(item.raw), chart.counts[item.dataIndex] ?? 0) } },
      },
    }),
    [chart],
  );

  const serviceName = withNegatives.find((s) => s.serviceId === serviceId)?.name;
  const caption = serviceName ? `${LABELS.reasonsTitle}: ${serviceName}` : LABELS.reasonsTitle;
  return (
    <section class="card" aria-labelledby="reasons-title" data-testid="reasons">
      <div class="card-head">
        <h2 id="reasons-title">{LABELS.reasonsTitle}</h2>
        {withNegatives.length > 1 && (
          <div class="field inline-field">
            <label for="reasons-service">{T.service}</label>
            <select id="reasons-service" data-testid="reasons-service" value={serviceId} onChange={(e) => setServiceId(e.currentTarget.value)}>
              <option value={ALL}>{T.allServices}</option>
              {withNegatives.map((s) => (
                <option key={s.serviceId} value={s.serviceId}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {any ? (
        <>
          <p class="note small">{T.reasonsIntro(negative)}</p>
          <ChartCanvas type="bar" data={data} options={options} label={`${caption}. ${LABELS.chartHint}`} height={Math.max(160, chart.rows.length * 52 + 40)} testId="chart-reasons" />
          <SrTable
            caption={caption}
            headers={[LABELS.reasonsTitle, LABELS.reasonDimension, T.shareOfNegative, LABELS.reasonCount]}
            rows={chart.rows.map((r, i) => [r.label, dimensionLabel(r, LABELS.noDimension), chart.percents[i] === null ? '–' : `${chart.percents[i]}%`, String(r.count)])}
            testId="reasons-table"
          />
        </>
      ) : (
        <p class="note">{negative === 0 ? LABELS.noNegatives : LABELS.noReasons}</p>
      )}
    </section>
  );
}
