// One line on how far to trust the figures: when they were computed, votes that came late or were re-dated, a period still open, taps left out as misuse.
import type { DataQuality } from '../../../server/contract/report';
import { R } from '../report-labels';
import { LOCALE } from '../i18n/locale';

interface Props {
  quality: DataQuality;
  /** The office's zone, so "calcolato alle 9:05" is the office's clock; the browser's for levels above an office. */
  timeZone?: string;
}

export function formatComputedAt(iso: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' };
  try {
    return new Intl.DateTimeFormat(LOCALE, { ...options, timeZone }).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat(LOCALE, options).format(new Date(iso));
  }
}

export function DataQualityLine({ quality, timeZone }: Props) {
  const parts = [R.dataQuality(formatComputedAt(quality.computedAt, timeZone))];
  // While the period runs, nothing can have arrived "after its end": say it is open instead.
  if (quality.periodOpen) parts.push(R.periodOpen);
  else parts.push(R.lateVotes(quality.lateVotes));
  // Misuse is rare: said only when there was some, with the split in the tooltip.
  const flagged = quality.flaggedVotes.interval + quality.flaggedVotes.burst;
  return (
    <p class="data-quality" data-testid="data-quality" data-late={quality.lateVotes} data-redated={quality.redatedVotes} data-open={String(quality.periodOpen)}>
      {parts.join(' · ')}
      {' · '}
      <span title={R.redatedTitle}>{R.redatedVotes(quality.redatedVotes)}</span>
      {flagged > 0 && (
        <>
          {' · '}
          <span title={R.flaggedTitle(quality.flaggedVotes.interval, quality.flaggedVotes.burst)} data-testid="flagged-votes">
            {R.flaggedVotes(flagged)}
          </span>
        </>
      )}
    </p>
  );
}
