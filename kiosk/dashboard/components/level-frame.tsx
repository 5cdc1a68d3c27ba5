// What every level above an office repeats: loading, the collector's error with a retry, stale data greyed, and a refresh button (these levels do not update live).
import type { ComponentChildren } from 'preact';
import { LABELS } from '../labels';
import { V } from '../level-labels';
import type { Fetched } from '../use-fetched';
import { LOCALE } from '../i18n/locale';

interface Props<T> {
  fetched: Fetched<T>;
  /** The key asked for now: data loaded for another one is shown greyed until the new answer arrives. */
  asked: string | undefined;
  testId: string;
  /** Whether the data says nobody voted: then an empty state instead of the content. */
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ComponentChildren;
}

const TIME = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit' });

export function LevelFrame<T>({ fetched, asked, testId, isEmpty, children }: Props<T>) {
  const { data, dataKey, loading, error, loadedAt, reload } = fetched;
  const current = data !== undefined && dataKey === asked;
  const state = error ? 'error' : !current ? 'loading' : isEmpty?.(data) ? 'empty' : 'ready';
  return (
    <div class={`report${current ? '' : ' is-stale'}`} data-testid={testId} data-state={state} aria-busy={loading}>
      {error && (
        <div class="card error" role="alert" data-testid="error">
          <h2>{LABELS.errorTitle}</h2>
          <p>{error}</p>
          <button type="button" onClick={reload}>
            {LABELS.retry}
          </button>
        </div>
      )}
      {!error && data === undefined && <p class="card note" role="status">{LABELS.loading}</p>}
      {!error && data !== undefined && (
        <>
          <div class="refresh-bar">
            <p class="note small" role="status">
              {loading ? (current ? LABELS.refreshing : LABELS.loading) : loadedAt ? V.updatedAt(TIME.format(loadedAt)) : ''}
            </p>
            <button type="button" class="small" data-testid="level-refresh" onClick={reload} title={V.refreshHint} disabled={loading}>
              {V.refresh}
            </button>
          </div>
          {isEmpty?.(data) ? (
            <div class="card empty" data-testid="empty-state">
              <h2>{V.empty}</h2>
              <p>{V.emptyHint}</p>
            </div>
          ) : (
            <div class="grid">{children(data)}</div>
          )}
        </>
      )}
    </div>
  );
}
