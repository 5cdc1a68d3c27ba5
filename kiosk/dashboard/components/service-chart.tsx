// Votes per service as stacked bars, in counts (default) or percent.
import { useMemo, useState } from 'preact/hooks';
import type { OfficeReport } from '../../../server/contract/report';
import type { FaceId } from '../../../server/contract/scale';
import { serviceDatasets, type StackMode } from '../charts/service-datasets';
import { LABELS } from '../labels';
import { FaceStackChart } from './face-stack-chart';

interface Props {
  services: OfficeReport['byService'];
  shown: readonly FaceId[];
}

export function ServiceChart({ services, shown }: Props) {
  // Counts first: percent bars make a service with 3 votes look as solid as one with 300.
  const [mode, setMode] = useState<StackMode>('count');
  const stacks = useMemo(() => serviceDatasets(services, shown, mode, LABELS.archived), [services, shown, mode]);
  return (
    <section class="card" aria-labelledby="services-title">
      <div class="card-head">
        <h2 id="services-title">{LABELS.servicesTitle}</h2>
        <div class="toggle" role="group" aria-label={LABELS.servicesTitle}>
          <button type="button" aria-pressed={mode === 'count'} onClick={() => setMode('count')}>{LABELS.showCounts}</button>
          <button type="button" aria-pressed={mode === 'percent'} onClick={() => setMode('percent')}>{LABELS.showPercent}</button>
        </div>
      </div>
      <FaceStackChart
        stacks={stacks}
        mode={mode}
        horizontal
        label={LABELS.servicesTitle}
        rowHeader={LABELS.service}
        height={Math.max(180, services.length * 44 + 80)}
        testId="chart-services"
      />
    </section>
  );
}
