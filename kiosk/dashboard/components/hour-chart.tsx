// Votes per hour of the office's day, stacked by face: when the queue is long, satisfaction drops, and this shows when.
import { useMemo } from 'preact/hooks';
import type { OfficeReport } from '../../../server/contract/report';
import type { FaceId } from '../../../server/contract/scale';
import { hourDatasets, type OfficeDay } from '../charts/hour-datasets';
import { LABELS } from '../labels';
import { FaceStackChart } from './face-stack-chart';

interface Props {
  hours: OfficeReport['byHour'];
  shown: readonly FaceId[];
  /** The office's day from its opening hours: every hour of it is drawn, the quiet ones as zeros. */
  officeDay?: OfficeDay;
}

export function HourChart({ hours, shown, officeDay }: Props) {
  const stacks = useMemo(() => hourDatasets(hours, shown, 'count', officeDay), [hours, shown, officeDay]);
  return (
    <section class="card" aria-labelledby="hours-title">
      <h2 id="hours-title">{LABELS.hourTitle}</h2>
      <FaceStackChart stacks={stacks} mode="count" horizontal={false} label={LABELS.hourTitle} rowHeader={LABELS.hour} height={260} testId="chart-hours" />
    </section>
  );
}
