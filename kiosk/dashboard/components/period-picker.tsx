// From/to date inputs and quick presets (oggi, ultimi 7/30 giorni, questo mese, mese scorso).
import { LABELS, PRESET_LABELS } from '../labels';
import { checkPeriod, matchingPreset, MAX_PERIOD_DAYS, PRESET_IDS, presetPeriod, type Period, type PeriodProblem } from '../period';

interface Props {
  period: Period;
  /** Today in the office's time zone, so "oggi" is the office's day even for a manager abroad. */
  today: string;
  onChange: (period: Period) => void;
}

export function problemText(problem: PeriodProblem): string {
  switch (problem) {
    case 'invalid-date':
      return LABELS.invalidDate;
    case 'from-after-to':
      return LABELS.fromAfterTo;
    case 'too-long':
      return LABELS.tooLong(MAX_PERIOD_DAYS);
  }
}

export function PeriodPicker({ period, today, onChange }: Props) {
  const problem = checkPeriod(period);
  const pressed = problem ? undefined : matchingPreset(period, today);
  // A half-typed date reads as '' from the input: keep the other end as it was rather than clearing both.
  const set = (end: keyof Period) => (e: Event) => onChange({ ...period, [end]: (e.currentTarget as HTMLInputElement).value });

  return (
    <fieldset class="period">
      <legend>{LABELS.period}</legend>
      <div class="period-dates">
        <div class="field">
          <label for="period-from">{LABELS.from}</label>
          <input id="period-from" data-testid="period-from" type="date" value={period.from} max={period.to || undefined} onChange={set('from')} aria-invalid={problem ? true : undefined} aria-describedby={problem ? 'period-problem' : undefined} />
        </div>
        <div class="field">
          <label for="period-to">{LABELS.to}</label>
          <input id="period-to" data-testid="period-to" type="date" value={period.to} min={period.from || undefined} onChange={set('to')} aria-invalid={problem ? true : undefined} aria-describedby={problem ? 'period-problem' : undefined} />
        </div>
      </div>
      <div class="presets" role="group" aria-label={LABELS.presets}>
        {PRESET_IDS.map((id) => (
          <button key={id} type="button" data-testid={`preset-${id}`} aria-pressed={pressed === id} onClick={() => onChange(presetPeriod(id, today))}>
            {PRESET_LABELS[id]}
          </button>
        ))}
      </div>
      {problem && (
        <p id="period-problem" class="problem" role="alert">
          {problemText(problem)}
        </p>
      )}
    </fieldset>
  );
}
