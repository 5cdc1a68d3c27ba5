// The people-served grid of one office and period: a day per row, a service per column, one channel at a time; saves only the cells that changed, all or nothing.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Service } from '../../../server/contract/admin';
import { CONTACT_CHANNELS, type ContactChannel } from '../../../server/contract/channels';
import type { PeopleServedEntry } from '../../../server/contract/participation';
import { savePeopleServed } from '../admin-api';
import { DashboardApiError } from '../api';
import { useSave } from '../use-save';
import { A } from './admin-labels';
import { changedEntries, cellKey, invalidCells, isChange, parseServed, participation, problemsByCell, sumCells, type CellId, type StoredCell } from './served-cells';
import { CONTACT_CHANNEL_LABEL, S } from './served-labels';
import { messageOf } from './use-load';
import { LOCALE } from '../i18n/locale';

const DAY_ROW = new Intl.DateTimeFormat(LOCALE, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const DAY_FULL = new Intl.DateTimeFormat(LOCALE, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const PERCENT = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
const isWeekend = (day: string) => [0, 6].includes(asDate(day).getUTCDay());

interface Props {
  officeId: string;
  /** The period's days, first to last. */
  days: readonly string[];
  /** Today in the office's zone: later days take no figure yet. */
  today: string;
  /** The columns, in order. */
  services: readonly Service[];
  stored: ReadonlyMap<string, StoredCell>;
  /** For the table's caption: "2–8 marzo 2026". */
  periodLabel: string;
  /** After a save: the page reloads the figures (a new `stored`). */
  onSaved: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

type Edit = { cell: CellId; text: string };

/** "12 giudizi" and "partecipazione 30%", for a cell whose votes are known: a line each. */
function cellNote(votes: number | undefined, served: number | null | 'invalid'): string[] {
  if (votes === undefined || served === 'invalid') return [];
  const rate = participation(votes, served);
  return [S.votes(votes), rate === undefined ? '' : S.participationShort(PERCENT.format(rate))].filter(Boolean);
}

/** The lines under a box or a total, each on its own line so none breaks mid-phrase in a narrow column. */
function Note({ id, lines }: { id?: string; lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <span class="served-note" id={id} data-testid="served-note">
      {lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </span>
  );
}

export function ServedGrid({ officeId, days, today, services, stored, periodLabel, onSaved, onDirtyChange }: Props) {
  const [channel, setChannel] = useState<ContactChannel>('sportello');
  const [edits, setEdits] = useState<ReadonlyMap<string, Edit>>(new Map());
  const [sent, setSent] = useState<PeopleServedEntry[]>([]);
  const [notice, setNotice] = useState<string>();
  const [showInvalid, setShowInvalid] = useState(false);
  const save = useSave();
  const table = useRef<HTMLTableElement>(null);

  const changes = [...edits].filter(([key, e]) => isChange(e.text, stored.get(key)));
  const dirty = changes.length > 0;
  useEffect(() => onDirtyChange(dirty), [dirty]);
  useEffect(() => () => onDirtyChange(false), []);
  // Typed figures live only in this page: closing the tab, reloading or following a link of the
  // dashboard's navigation (a change of #/page, which no browser asks about) would lose them without a word.
  // Read through a ref: the listeners know at once when a save or "annulla" has left nothing to lose.
  const unsaved = useRef(false);
  unsaved.current = dirty;
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => unsaved.current && e.preventDefault();
    const leave = (e: MouseEvent) => {
      const link = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
      if (link && unsaved.current && !confirm(S.leaveWithChanges)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    addEventListener('beforeunload', warn);
    document.addEventListener('click', leave, true);
    return () => {
      removeEventListener('beforeunload', warn);
      document.removeEventListener('click', leave, true);
    };
  }, []);
  // After a save the typed figures stay on screen until the collector's own come back: no flash of the old ones.
  const [clearOnReload, setClearOnReload] = useState(false);
  useEffect(() => {
    if (!clearOnReload) return;
    setEdits(new Map());
    setClearOnReload(false);
  }, [stored]);

  const refused = save.error instanceof DashboardApiError ? problemsByCell(save.error.problems, sent) : undefined;
  const invalid = invalidCells(edits);

  const type = (cell: CellId, text: string) => {
    setNotice(undefined);
    setEdits((prev) => new Map(prev).set(cellKey(cell), { cell, text }));
  };
  const discard = () => {
    setEdits(new Map());
    setShowInvalid(false);
    setNotice(undefined);
    save.fail(undefined);
  };

  // Like a spreadsheet: Enter and the arrows move to the same service on the next or previous day.
  const move = (e: KeyboardEvent, row: number, col: number) => {
    const step = e.key === 'ArrowUp' ? -1 : e.key === 'ArrowDown' || e.key === 'Enter' ? 1 : 0;
    if (step === 0) return;
    e.preventDefault();
    for (let r = row + step; r >= 0 && r < days.length; r += step) {
      const next = table.current?.querySelector<HTMLInputElement>(`input[data-row="${r}"][data-col="${col}"]`);
      if (next) return next.focus();
    }
  };

  const submit = (e: Event) => {
    e.preventDefault();
    setNotice(undefined);
    if (invalid.length > 0) {
      setShowInvalid(true);
      table.current?.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
      return;
    }
    const entries = changedEntries(edits, stored);
    if (entries.length === 0) return setNotice(S.noChanges);
    setSent(entries);
    void save.run(async () => {
      const result = await savePeopleServed(officeId, entries);
      setClearOnReload(true);
      setShowInvalid(false);
      setNotice(S.figuresSaved(result.stored, result.removed));
      onSaved();
    });
  };

  const changesIn = (c: ContactChannel) => changes.filter(([, e]) => e.cell.channel === c).length;
  const serviceName = (id: string) => services.find((s) => s.id === id)?.name ?? id;
  const describe = (cell: CellId) => `${serviceName(cell.serviceId)}, ${DAY_FULL.format(asDate(cell.day))}, ${CONTACT_CHANNEL_LABEL[cell.channel].toLowerCase()}`;

  return (
    <form class="card served-card" onSubmit={submit} data-testid="served-form" noValidate>
      <div class="served-channel">
        <div class="toggle" role="group" aria-label={S.channel}>
          {CONTACT_CHANNELS.map((c) => (
            <button key={c} type="button" aria-pressed={c === channel} data-testid={`served-channel-${c}`} onClick={() => setChannel(c)}>
              {CONTACT_CHANNEL_LABEL[c]}
              {changesIn(c) > 0 && <span class="served-count">{` ${S.changesInChannel(changesIn(c))}`}</span>}
            </button>
          ))}
        </div>
        <p class="field-hint">{S.channelHint}</p>
      </div>
      <div class="table-scroll served-scroll">
        <table class="data served-grid" ref={table} data-testid="served-grid" data-channel={channel}>
          <caption class="visually-hidden">{`${CONTACT_CHANNEL_LABEL[channel]}, ${periodLabel}`}</caption>
          <thead>
            <tr>
              <th scope="col">{S.day}</th>
              {services.map((s) => (
                <th key={s.id} scope="col">
                  {s.name}
                  {s.archivedAt && <span class="tag">{A.archived}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day, row) => (
              <tr key={day} class={isWeekend(day) ? 'is-weekend' : undefined} data-day={day}>
                <th scope="row">{DAY_ROW.format(asDate(day))}</th>
                {services.map((s, col) => {
                  const cell: CellId = { serviceId: s.id, channel, day };
                  const key = cellKey(cell);
                  const id = `served-${row}-${col}`;
                  if (day > today)
                    return (
                      <td key={s.id} class="served-cell is-future" data-label={s.name}>
                        <span aria-hidden="true">—</span>
                        <span class="visually-hidden">{S.notYet}</span>
                      </td>
                    );
                  const now = stored.get(key);
                  const edit = edits.get(key);
                  const text = edit?.text ?? (now && now.served !== null ? String(now.served) : '');
                  const changed = !!edit && isChange(edit.text, now);
                  const value = parseServed(text);
                  const bad = value === 'invalid' && (showInvalid || text.trim().length > 0);
                  const problems = [...(bad ? [S.servedInvalid] : []), ...(refused?.byCell.get(key)?.reasons ?? [])];
                  const tooMany = now && value !== 'invalid' && value !== null && now.votes > value;
                  const note = [changed ? S.toSave : '', ...cellNote(now?.votes, value), tooMany ? S.moreVotesThanServed : ''].filter(Boolean);
                  return (
                    <td key={s.id} class={`served-cell${changed ? ' is-changed' : ''}${problems.length ? ' has-problem' : ''}`} data-label={s.name}>
                      <input
                        id={id}
                        class="served-input"
                        type="text"
                        inputMode="numeric"
                        autoComplete="off"
                        value={text}
                        data-row={row}
                        data-col={col}
                        data-testid="served-input"
                        data-service-id={s.id}
                        data-day={day}
                        aria-label={S.servedInput(s.name, DAY_FULL.format(asDate(day)), CONTACT_CHANNEL_LABEL[channel].toLowerCase())}
                        aria-invalid={problems.length > 0 ? true : undefined}
                        aria-describedby={[note.length ? `${id}-note` : '', problems.length ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined}
                        onInput={(e) => type(cell, e.currentTarget.value)}
                        onKeyDown={(e) => move(e, row, col)}
                      />
                      <Note id={`${id}-note`} lines={note} />
                      {problems.length > 0 && (
                        <span class="field-problem" id={`${id}-problem`} data-testid="served-problem">
                          {problems.join(' ')}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{S.total}</th>
              {services.map((s) => {
                const sum = sumCells(days.map((day) => stored.get(cellKey({ serviceId: s.id, channel, day }))));
                const rate = participation(sum.votes, sum.served);
                return (
                  <td key={s.id} class="served-cell served-total" data-label={s.name} data-testid="served-total">
                    {sum.days === 0 ? (
                      <span class="muted">{S.noFigures}</span>
                    ) : (
                      <>
                        <span class="served-total-figure">{S.people(sum.served)}</span>
                        <Note lines={[S.votes(sum.votes), rate === undefined ? '' : S.participationShort(PERCENT.format(rate))].filter(Boolean)} />
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </table>
      </div>
      {showInvalid && invalid.length > 0 && (
        <p class="form-error" role="alert" data-testid="served-invalid">
          {S.invalidCells(invalid.length)}
        </p>
      )}
      {save.error !== undefined && (
        <div class="form-error" role="alert" data-testid="served-error">
          {refused && (refused.byCell.size > 0 || refused.other.length > 0) ? (
            <>
              <p>{S.figuresRefused}</p>
              <ul>
                {[...refused.byCell].map(([key, { cell, reasons }]) => (
                  <li key={key}>{`${describe(cell)}: ${reasons.join(' ')}`}</li>
                ))}
                {refused.other.map((p) => (
                  <li key={p.field}>{`${p.field}: ${p.reason}`}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{save.error instanceof DashboardApiError ? save.error.detail : messageOf(save.error)}</p>
          )}
        </div>
      )}
      <div class="actions served-actions">
        <button type="submit" class="primary" data-testid="served-save" disabled={save.busy}>
          {save.busy ? A.saving : S.saveFigures}
        </button>
        {dirty && (
          <button type="button" data-testid="served-discard" onClick={discard}>
            {S.discardChanges}
          </button>
        )}
        <p class="served-status" role="status" data-testid="served-status">
          {notice ?? (dirty ? S.changesCount(changes.length) : '')}
        </p>
      </div>
    </form>
  );
}
