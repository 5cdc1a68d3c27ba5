// Opening hours per weekday (a morning and an afternoon, or more) and the days an office is closed.
import { useRef } from 'preact/hooks';
import type { OpeningHours, Weekday } from '../../../server/contract/admin';
import { problemAt } from '../components/form-field';
import { A, WEEKDAY_LABEL } from './admin-labels';
import { hoursProblems, type SlotProblem } from './hours-problems';

// Complete by construction: WEEKDAY_LABEL is a Record over every weekday (contract/admin.ts carries TypeBox).
const DAYS = Object.keys(WEEKDAY_LABEL) as Weekday[];
/** The contract allows 4 intervals a day; two cover every office we know, four leave room. */
const MAX_INTERVALS = 4;
const WORKDAYS: readonly Weekday[] = ['tue', 'wed', 'thu', 'fri'];

export const CLOSED_WEEK: OpeningHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

/** One slot's problem in words, its number counted from 1 as the fields' labels count. */
function slotProblemText(p: SlotProblem, slots: OpeningHours[Weekday]): string {
  const n = p.slot + 1;
  const { from, to } = slots[p.slot]!;
  if (p.kind === 'incomplete') return A.slotIncomplete(n);
  if (p.kind === 'backwards') return A.slotBackwards(n, from, to);
  return A.slotOverlap(n, from, to, p.other.from, p.other.to);
}

/**
 * Why a week cannot be saved as it stands, for the save button: the days with a wrong slot, or
 * undefined when it can. The editor marks the slots themselves.
 */
export function hoursBlockReason(hours: OpeningHours): string | undefined {
  const wrong = hoursProblems(hours);
  const days = DAYS.filter((d) => wrong[d]);
  return days.length ? A.hoursBlockSave(days.map((d) => WEEKDAY_LABEL[d])) : undefined;
}

interface HoursProps {
  value: OpeningHours;
  onChange: (next: OpeningHours) => void;
  error?: unknown;
}

export function OpeningHoursEditor({ value, onChange, error }: HoursProps) {
  const setDay = (day: Weekday, intervals: OpeningHours[Weekday]) => onChange({ ...value, [day]: intervals });
  // A day without hours is "chiuso" only once the week has some: an empty week means not given yet.
  const given = DAYS.some((d) => value[d].length > 0);
  // Found as the manager types, not after the collector refused: the form's save waits until they are gone (hoursBlockReason).
  const wrong = hoursProblems(value);
  return (
    <fieldset class="hours" data-testid="opening-hours">
      <legend>{A.openingHours}</legend>
      {DAYS.map((day) => {
        const intervals = value[day];
        const label = WEEKDAY_LABEL[day];
        // What is wrong now first: the collector's refusal of the last save may be about slots since corrected.
        const mine = wrong[day] ?? [];
        const problem = mine.length ? mine.map((p) => slotProblemText(p, intervals)).join(' ') : problemAt(error, `/openingHours/${day}`);
        const noteId = `hours-${day}-note`;
        return (
          <div class="hours-day" key={day} data-testid={`hours-${day}`}>
            <span class="hours-label">{label}</span>
            <div class="hours-intervals">
              {intervals.length === 0 && <span class="muted">{given ? A.closed : A.hoursNotGiven}</span>}
              {intervals.map((interval, n) => (
                <span class="hours-interval" key={n}>
                  <input
                    type="time"
                    aria-label={A.intervalFrom(label, n + 1)}
                    aria-invalid={mine.some((p) => p.slot === n) || undefined}
                    aria-describedby={problem ? noteId : undefined}
                    value={interval.from}
                    onInput={(e) => setDay(day, intervals.map((x, k) => (k === n ? { ...x, from: e.currentTarget.value } : x)))}
                  />
                  <span aria-hidden="true">–</span>
                  <input
                    type="time"
                    aria-label={A.intervalTo(label, n + 1)}
                    aria-invalid={mine.some((p) => p.slot === n) || undefined}
                    aria-describedby={problem ? noteId : undefined}
                    value={interval.to}
                    onInput={(e) => setDay(day, intervals.map((x, k) => (k === n ? { ...x, to: e.currentTarget.value } : x)))}
                  />
                  <button type="button" class="small" aria-label={`${A.removeInterval}: ${label} ${n + 1}`} onClick={() => setDay(day, intervals.filter((_, k) => k !== n))}>
                    ×
                  </button>
                </span>
              ))}
              {intervals.length < MAX_INTERVALS && (
                <button
                  type="button"
                  class="small"
                  aria-label={`${A.addInterval}: ${label}`}
                  onClick={() => setDay(day, [...intervals, intervals.length === 0 ? { from: '08:30', to: '12:30' } : { from: '14:30', to: '17:00' }])}
                >
                  {A.addInterval}
                </button>
              )}
            </div>
            {problem && (
              <p class="field-problem" id={noteId} data-testid={noteId}>
                {problem}
              </p>
            )}
          </div>
        );
      })}
      <button type="button" onClick={() => onChange({ ...value, ...Object.fromEntries(WORKDAYS.map((d) => [d, value.mon.map((i) => ({ ...i }))])) })}>
        {A.copyMonday}
      </button>
    </fieldset>
  );
}

interface HolidaysProps {
  value: readonly string[];
  onChange: (next: string[]) => void;
  error?: unknown;
}

export function HolidaysEditor({ value, onChange, error }: HolidaysProps) {
  const input = useRef<HTMLInputElement>(null);
  const add = () => {
    const day = input.current?.value;
    if (!day) return;
    if (!value.includes(day)) onChange([...value, day].sort());
    input.current!.value = '';
  };
  const problem = problemAt(error, '/holidays');
  return (
    <fieldset class="holidays" data-testid="holidays">
      <legend>{A.holidays}</legend>
      <p class="field-hint">{A.holidaysHint}</p>
      {value.length === 0 ? (
        <p class="muted">{A.noHolidays}</p>
      ) : (
        <ul class="chips">
          {value.map((day) => (
            <li key={day}>
              <time dateTime={day}>{day}</time>
              <button type="button" class="small" aria-label={A.removeHoliday(day)} onClick={() => onChange(value.filter((d) => d !== day))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <span class="inline-form">
        <input type="date" ref={input} aria-label={A.addHoliday} data-testid="holiday-new" />
        <button type="button" data-testid="holiday-add" onClick={add}>
          {A.addHoliday}
        </button>
      </span>
      {problem && <p class="field-problem">{problem}</p>}
    </fieldset>
  );
}
