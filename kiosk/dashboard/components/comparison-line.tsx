// One figure against another period: the arrow and the difference in points, whether it is beyond noise, and the p-value behind it.
import type { Change, Comparison, Figure } from '../../../server/contract/report';
import { ARROW, direction, indexValue, percent, points, pValue, tested } from '../figures';
import { formatDayShort, formatMonthLong } from '../format';
import { R } from '../report-labels';

interface Props {
  comparison: Comparison;
  unit: 'share' | 'index';
  testId?: string;
  /** What "before" was, when the kind alone says it less well: "Rispetto al mese precedente". */
  label?: string;
}

function noTestReason(change: Change, before: Figure): string {
  if (change.note === 'small-sample') return R.smallSampleCompare;
  if (change.note === 'overlaps') return R.overlapsCompare;
  return before.votes === 0 ? R.noDataBefore : R.noDataNow;
}

/**
 * "1 set – 30 set", with the year when the two ends are in different years, and when the earlier
 * period began before the first vote, from when it holds votes: "giudizi solo da dicembre 2025".
 */
function periodWords(c: Comparison): string {
  const withYear = c.period.from.slice(0, 4) !== c.period.to.slice(0, 4);
  const words = R.comparedWith(formatDayShort(c.period.from, withYear), formatDayShort(c.period.to, true));
  return c.dataSince ? `${words}; ${R.dataSince(formatMonthLong(c.dataSince))}` : words;
}

export function ComparisonLine({ comparison, unit, testId, label: asked }: Props) {
  const change = unit === 'share' ? comparison.positiveShare : comparison.index;
  const before = unit === 'share' ? comparison.score.positiveShare : comparison.score.index;
  const label = asked ?? (comparison.kind === 'previous' ? R.comparePrevious : R.compareYearBefore);
  const thenText = unit === 'share' ? percent(before.value) : indexValue(before.value);

  if (!tested(change)) {
    return (
      <li class="compare is-untested" data-testid={testId} data-tested="false">
        <span class="compare-what">
          {label} <span class="muted">({periodWords(comparison)})</span>
        </span>
        <span class="compare-result muted">{noTestReason(change, before)}</span>
      </li>
    );
  }
  const dir = direction(change.delta, unit);
  return (
    <li class={`compare ${change.significant ? 'is-significant' : 'is-noise'}`} data-testid={testId} data-tested="true" data-significant={String(change.significant)} data-direction={dir}>
      <span class="compare-what">
        {label} <span class="muted">({periodWords(comparison)}, {R.then(thenText)})</span>
      </span>
      <span class="compare-result">
        <span class={`arrow arrow-${dir}`} aria-hidden="true">
          {ARROW[dir]}
        </span>{' '}
        <strong>{dir === 'same' ? R.unchanged : points(change.delta, unit)}</strong>
        {', '}
        <span class="noise">{change.significant ? R.beyondNoise : R.withinNoise}</span>{' '}
        <span class="p-value" title={R.pValueTitle}>
          ({R.pValue(pValue(change.pValue))})
        </span>
      </span>
    </li>
  );
}
