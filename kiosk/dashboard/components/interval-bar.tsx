// A share drawn on a 0-100% track: its 95% interval as a band, the share as a dot, the standard as a tick. Decoration: the words beside it say the same.
import type { Figure } from '../../../server/contract/report';

interface Props {
  figure: Figure;
  /** The charter's standard in percent, drawn as a tick. */
  standardPct?: number;
}

const pct = (x: number) => `${Math.max(0, Math.min(100, x * 100))}%`;

export function IntervalBar({ figure, standardPct }: Props) {
  if (figure.value === null || figure.low === null || figure.high === null) return null;
  return (
    <div class={`interval-bar${figure.smallSample ? ' is-small' : ''}`} aria-hidden="true">
      <span class="interval-band" style={{ left: pct(figure.low), width: `calc(${pct(figure.high - figure.low)})` }} />
      <span class="interval-dot" style={{ left: pct(figure.value) }} />
      {standardPct !== undefined && <span class="interval-standard" style={{ left: `${standardPct}%` }} />}
    </div>
  );
}
