// The audit log: who changed what and when, newest first, a page at a time ("Carica altri").
import { useEffect, useState } from 'preact/hooks';
import type { AuditEntry } from '../../../server/contract/admin';
import { listAudit } from '../admin-api';
import { A, ACTION_LABEL, TARGET_LABEL } from './admin-labels';
import { describeDetails, targetName } from './audit-details';
import { AF } from './audit-filter-labels';
import { AuditFilterForm, NO_FILTER, queryOf, type AuditFilter } from './audit-filter';
import { formatWhen } from './format-when';
import { DataTable, LoadError } from './list-parts';
import { useAuditNames } from './use-audit-names';

/** An entry's action or kind in words; one written by an older or newer collector keeps its code, shown rather than hidden. */
const wordsOf = (table: Readonly<Record<string, string>>, code: string) => table[code] ?? code;

export const AUDIT_PAGE_SIZE = 50;

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
