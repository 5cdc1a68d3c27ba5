// The audit log: who changed what and when, newest first, a page at a time ("Carica altri").
import { useEffect, useState } from 'preact/hooks';
import type { AuditEntry } from '../../../server/contract/admin';
import { listAudit } from '../admin-api';
import { A, ACTION_LABEL, TARGET_LABEL } from './admin-labels';
import { describeDetails, targetName } from './audit-details';
import { AUDIT_TARGETS } from '../../../server/contract/audit-actions';
import { AF } from './audit-filter-labels';
import { formatWhen } from './format-when';
import { DataTable, LoadError } from './list-parts';
import { useAuditNames } from './use-audit-names';

/** An entry's action or kind in words; one written by an older or newer collector keeps its code, shown rather than hidden. */
const wordsOf = (table: Readonly<Record<string, string>>, code: string) => table[code] ?? code;

export const AUDIT_PAGE_SIZE = 50;

/** The filters as applied: a part of an e-mail, a kind of item, and a period in the browser's days (what the rows show). */
export interface AuditFilter {
  actor: string;
  targetType: string;
  from: string;
  to: string;
}
const NO_FILTER: AuditFilter = { actor: '', targetType: '', from: '', to: '' };

/** The filter as the collector reads it: local days become the instants of their first and next midnight. */
function queryOf(f: AuditFilter): { after?: string; until?: string; targetType?: string; actor?: string } {
  const midnight = (day: string, plus = 0) => {
    const [y, m, d] = day.split('-').map(Number);
    return new Date(y!, m! - 1, d! + plus).toISOString();
  };
  return {
    ...(f.actor.trim() ? { actor: f.actor.trim() } : {}),
    ...(f.targetType ? { targetType: f.targetType } : {}),
    ...(f.from ? { after: midnight(f.from) } : {}),
    ...(f.to ? { until: midnight(f.to, 1) } : {}),
  };
}

export function AuditPage({ administrationId }: { administrationId: string | undefined }) {
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [more, setMore] = useState(true);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>();
  const [generation, setGeneration] = useState(0);

  // Not useLoad: pages are appended to what is on screen, and a retry asks again from the oldest entry shown.
  const load = async (before: AuditEntry | undefined, signal?: AbortSignal) => {
    setLoading(true);
    setError(undefined);
    try {
      // The page after the oldest entry shown: by its instant and id, as entries of one instant may straddle pages.
      const { until, ...rest } = queryOf(filter);
      // The period's end bounds the first page; the next ones start at the oldest entry shown.
      const page = await listAudit({ administrationId, ...rest, before: before?.at ?? until, beforeId: before?.id, limit: AUDIT_PAGE_SIZE }, signal);
      setEntries((old) => (before ? [...old, ...page] : page));
      setMore(page.length === AUDIT_PAGE_SIZE);
    } catch (err) {
      if (!signal?.aborted) setError(err);
    } finally {
      if (!signal?.aborted) setLoading(false);
    }
  };

  useEffect(() => {
    const abort = new AbortController();
    setEntries([]);
    setMore(true);
    void load(undefined, abort.signal);
    return () => abort.abort();
  }, [administrationId, generation, filter]);

  const names = useAuditNames(entries);
  const oldest = entries[entries.length - 1];
  return (
    <>
      <p class="muted">{A.auditIntro}</p>
      <AuditFilterForm applied={filter} onApply={setFilter} />
      {error ? <LoadError error={error} onRetry={() => (oldest ? load(oldest) : setGeneration((g) => g + 1))} /> : null}
      {entries.length === 0 && !loading && !error && <p class="card note">{Object.keys(queryOf(filter)).length === 0 ? A.noAudit : AF.noMatch}</p>}
      {entries.length > 0 && (
        <DataTable headers={[A.when, A.who, A.action, A.target, A.details]} testId="audit-table">
          {entries.map((e) => (
            <tr key={e.id} data-testid="audit-row">
              <td class="nowrap">
                <time dateTime={e.at}>{formatWhen(e.at)}</time>
              </td>
              <td>
                {e.actor ? (
                  <>
                    {names.user(e.actor.id) ?? e.actor.email}
                    {names.user(e.actor.id) && <div class="muted small-text">{e.actor.email}</div>}
                  </>
                ) : (
                  <span class="muted">{A.system}</span>
                )}
              </td>
              <td>{wordsOf(ACTION_LABEL, e.action)}</td>
              <td>
                <span class="muted small-text">{wordsOf(TARGET_LABEL, e.targetType)}</span>
                <div data-testid="audit-target">{targetName(e, names)}</div>
              </td>
              <td class="small-text details">
                <dl class="audit-details" data-testid="audit-details">
                  {describeDetails(e.details, names).map((d) => (
                    <div key={d.label}>
                      <dt>{`${d.label}:`}</dt> <dd>{d.value}</dd>
                    </div>
                  ))}
                </dl>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <div class="actions">
        {loading && <span role="status">{A.loading}</span>}
        {!loading && entries.length > 0 && (more ? (
          <button type="button" data-testid="audit-more" onClick={() => load(oldest)}>
            {A.loadMore}
          </button>
        ) : (
          <span class="muted">{A.auditEnd}</span>
        ))}
      </div>
    </>
  );
}

function AuditFilterForm({ applied, onApply }: { applied: AuditFilter; onApply: (f: AuditFilter) => void }) {
  const [draft, setDraft] = useState<AuditFilter>(applied);
  const set = (key: keyof AuditFilter) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const backwards = draft.from !== '' && draft.to !== '' && draft.to < draft.from;
  return (
    <form
      class="card inline-form audit-filter"
      data-testid="audit-filter"
      onSubmit={(e) => {
        e.preventDefault();
        if (!backwards) onApply({ ...draft });
      }}
    >
      <fieldset>
        <legend>{AF.legend}</legend>
        <div class="field">
          <label for="audit-actor">{AF.actor}</label>
          <input id="audit-actor" type="search" value={draft.actor} maxLength={254} onInput={set('actor')} data-testid="audit-actor" />
        </div>
        <div class="field">
          <label for="audit-what">{AF.what}</label>
          <select id="audit-what" value={draft.targetType} onChange={set('targetType')} data-testid="audit-what">
            <option value="">{AF.anything}</option>
            {AUDIT_TARGETS.map((t) => (
              <option key={t} value={t}>
                {TARGET_LABEL[t]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="audit-from">{AF.from}</label>
          <input id="audit-from" type="date" value={draft.from} onInput={set('from')} data-testid="audit-from" />
        </div>
        <div class="field">
          <label for="audit-to">{AF.to}</label>
          <input id="audit-to" type="date" value={draft.to} onInput={set('to')} aria-describedby={backwards ? 'audit-to-note' : undefined} aria-invalid={backwards} data-testid="audit-to" />
          {backwards && (
            <p id="audit-to-note" class="field-problem">
              {AF.toBeforeFrom}
            </p>
          )}
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" disabled={backwards} data-testid="audit-apply">
          {AF.apply}
        </button>
        <button
          type="button"
          data-testid="audit-clear"
          onClick={() => {
            setDraft(NO_FILTER);
            onApply(NO_FILTER);
          }}
        >
          {AF.clear}
        </button>
      </div>
    </form>
  );
}
