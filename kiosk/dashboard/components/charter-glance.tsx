// The charter at a glance: how many services with a standard meet it, within or beyond noise, and how many miss it.
import type { CharterVerdict } from '../../../server/contract/report';
import { R } from '../report-labels';
import { VerdictBadge } from './verdict-badge';

interface Props {
  /** The verdict of each service that has a standard in the period (the collector never judges a small sample). */
  verdicts: readonly CharterVerdict[];
  /** Services in the report, with a standard or not. */
  services: number;
}

/** The order a manager reads verdicts in: missed first. */
const ORDER: readonly CharterVerdict[] = ['missed', 'missed-within-noise', 'met-within-noise', 'met', 'small-sample', 'no-votes'];

/** Counts per verdict, missed first, only those that occur. */
export function countVerdicts(verdicts: readonly CharterVerdict[]): { verdict: CharterVerdict; count: number }[] {
  return summaryCounts(Object.fromEntries(ORDER.map((v) => [v, verdicts.filter((x) => x === v).length])) as Record<CharterVerdict, number>);
}

/** The same from a level report's summary (how many services ended with each verdict). */
export function summaryCounts(summary: Readonly<Record<CharterVerdict, number>>): { verdict: CharterVerdict; count: number }[] {
  return ORDER.map((verdict) => ({ verdict, count: summary[verdict] ?? 0 })).filter((c) => c.count > 0);
}

/** Counts as badges, for a table cell. */
export function VerdictCounts({ counts }: { counts: readonly { verdict: CharterVerdict; count: number }[] }) {
  return (
    <ul class="verdict-counts">
      {counts.map((c) => (
        <li key={c.verdict} data-testid={`charter-count-${c.verdict}`} data-count={c.count}>
          <span class="verdict-count">{c.count}</span> <VerdictBadge verdict={c.verdict} />
        </li>
      ))}
    </ul>
  );
}

export function CharterGlance({ verdicts, services }: Props) {
  return (
    <div class="charter-glance" data-testid="charter-glance">
      <h3>{R.charterGlanceTitle}</h3>
      {verdicts.length === 0 ? (
        <p class="note">{R.charterNone}</p>
      ) : (
        <>
          <p class="note">{R.charterCount(verdicts.length, services)}</p>
          <VerdictCounts counts={countVerdicts(verdicts)} />
        </>
      )}
    </div>
  );
}
