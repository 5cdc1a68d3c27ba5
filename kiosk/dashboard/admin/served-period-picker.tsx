// Picks the week or month whose people served are shown: week or month, back and forth, or the one holding a given day.
import { isLocalDate } from '../period';
import { periodLabel, periodOf, stepPeriod, type ServedPeriod, type ServedPeriodKind } from './served-period';
import { S } from './served-labels';

interface Props {
  period: ServedPeriod;
  /** Today in the office's zone: no period starts after it. */
  today: string;
  disabled: boolean;
  onChange: (period: ServedPeriod) => void;
}

export function ServedPeriodPicker({ period, today, disabled, onChange }: Props) {
  const next = stepPeriod(period, 1);
  const week = period.kind === 'week';
  // Switching kind keeps the last day one can type figures for: the current week or month, or the one shown.
  const anchor = period.to < today ? period.to : today;
  const kind = (k: ServedPeriodKind) => k !== period.kind && onChange(periodOf(k, anchor));
  return (
    <fieldset class="served-period" disabled={disabled}>
      <legend class="visually-hidden">{S.period}</legend>
      <div class="toggle" role="group" aria-label={S.period}>
        <button type="button" aria-pressed={week} data-testid="served-kind-week" onClick={() => kind('week')}>
          {S.week}
        </button>
        <button type="button" aria-pressed={!week} data-testid="served-kind-month" onClick={() => kind('month')}>
          {S.month}
        </button>
      </div>
      <div class="served-step">
        <button type="button" data-testid="served-previous" aria-label={week ? S.previousWeek : S.previousMonth} title={week ? S.previousWeek : S.previousMonth} onClick={() => onChange(stepPeriod(period, -1))}>
          <span aria-hidden="true">‹</span>
        </button>
        <p class="served-period-label" data-testid="served-period" aria-live="polite">
          {periodLabel(period)}
        </p>
        <button type="button" data-testid="served-next" aria-label={week ? S.nextWeek : S.nextMonth} title={week ? S.nextWeek : S.nextMonth} disabled={next.from > today} onClick={() => onChange(next)}>
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <div class="field">
        <label for="served-day">{S.goToDay}</label>
        <input
          id="served-day"
          type="date"
          data-testid="served-day"
          max={today}
          value={period.from}
          onChange={(e) => {
            const day = e.currentTarget.value;
            if (isLocalDate(day) && day <= today) onChange(periodOf(period.kind, day));
          }}
        />
      </div>
    </fieldset>
  );
}
