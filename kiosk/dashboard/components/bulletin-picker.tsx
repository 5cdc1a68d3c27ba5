// Which bulletin: a month or a whole year, picked with selects that read the same in every browser.
import { V } from '../level-labels';
import type { BulletinPeriod } from '../url-state';

const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
/** Years offered: this one and the fourteen before (the national programme started in 2009). */
const YEARS_BACK = 14;

interface Props {
  value: BulletinPeriod;
  /** Today in the administration's zone: no bulletin of a month that has not started. */
  today: string;
  onChange: (period: BulletinPeriod) => void;
}

export function BulletinPicker({ value, today, onChange }: Props) {
  const thisYear = Number(today.slice(0, 4));
  const year = value.kind === 'month' ? value.month.slice(0, 4) : value.year;
  const month = value.kind === 'month' ? value.month.slice(5, 7) : today.slice(5, 7);
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => String(thisYear - i));
  // A month of this year that has not started yet has no bulletin: keep to the months so far.
  const monthsIn = (y: string) => (y === String(thisYear) ? Number(today.slice(5, 7)) : 12);
  const clamp = (y: string, m: string) => `${y}-${String(Math.min(Number(m), monthsIn(y))).padStart(2, '0')}`;
  const setKind = (kind: 'month' | 'year') => onChange(kind === 'year' ? { kind, year } : { kind, month: clamp(year, month) });
  const setYear = (y: string) => onChange(value.kind === 'year' ? { kind: 'year', year: y } : { kind: 'month', month: clamp(y, month) });
  return (
    <fieldset class="bulletin-picker">
      <legend class="visually-hidden">{V.bulletinKind}</legend>
      <div class="field">
        <span class="field-label" id="bulletin-kind-label">
          {V.bulletinKind}
        </span>
        <div class="segmented" role="group" aria-labelledby="bulletin-kind-label">
          <button type="button" data-testid="bulletin-monthly" aria-pressed={value.kind === 'month'} onClick={() => setKind('month')}>
            {V.monthly}
          </button>
          <button type="button" data-testid="bulletin-yearly" aria-pressed={value.kind === 'year'} onClick={() => setKind('year')}>
            {V.yearly}
          </button>
        </div>
      </div>
      {value.kind === 'month' && (
        <div class="field">
          <label for="bulletin-month">{V.month}</label>
          <select id="bulletin-month" data-testid="bulletin-month" value={month} onChange={(e) => onChange({ kind: 'month', month: `${year}-${e.currentTarget.value}` })}>
            {MONTHS.slice(0, monthsIn(year)).map((name, i) => (
              <option key={name} value={String(i + 1).padStart(2, '0')}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="field">
        <label for="bulletin-year">{V.year}</label>
        <select id="bulletin-year" data-testid="bulletin-year" value={year} onChange={(e) => setYear(e.currentTarget.value)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

export function monthName(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`;
}
