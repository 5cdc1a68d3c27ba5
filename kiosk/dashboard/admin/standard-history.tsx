// A service's charter standard over time: from which day each value applies, and who set it when; the one in force today marked.
import type { Service } from '../../../server/contract/admin';
import { A } from './admin-labels';
import { formatWhen } from './format-when';
import { LOCALE } from '../i18n/locale';

const DAY = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** A service created with its standard has it "since ever" (the collector writes 1970-01-01). */
const SINCE_EVER = '1970-01-01';

export function sinceText(validFrom: string): string {
  return validFrom <= SINCE_EVER ? A.standardSinceStart : A.standardFromDay(DAY.format(new Date(`${validFrom}T00:00:00Z`)));
}

/** The change in force on `today`: the last one that has begun. */
export function inForce(standards: Service['standards'], today: string): Service['standards'][number] | undefined {
  return standards.filter((s) => s.validFrom <= today).at(-1);
}

interface Props {
  standards: Service['standards'];
  today: string;
  /** "list": a disclosure in a table cell; "form": open, under the fields. */
  variant: 'list' | 'form';
}

export function StandardHistory({ standards, today, variant }: Props) {
  if (standards.length === 0) return null;
  const current = inForce(standards, today);
  const items = (
    <ol class="standard-history" data-testid="standard-history">
      {standards.map((s) => (
        <li key={s.validFrom} data-valid-from={s.validFrom}>
          <span class="standard-when">{sinceText(s.validFrom)}</span>
          {': '}
          <strong>{s.minPositivePct === null ? A.standardNone : A.standardShort(s.minPositivePct)}</strong>
          {s === current && <span class="tag">{A.standardInForce}</span>}
          {s.validFrom > today && <span class="tag">{A.standardScheduled}</span>}
          <span class="muted small-text">{` — ${A.standardSetBy.toLowerCase()} ${s.setBy ?? A.system}, ${formatWhen(s.setAt)}`}</span>
        </li>
      ))}
    </ol>
  );
  if (variant === 'form')
    return (
      <div class="standard-history-box">
        <h4>{A.standardHistory}</h4>
        {items}
      </div>
    );
  return (
    <details class="standard-details">
      <summary>{A.standardHistoryCount(standards.length)}</summary>
      {items}
    </details>
  );
}
