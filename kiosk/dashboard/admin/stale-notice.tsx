// Beside a management form whose save was refused because someone else changed the item since it was opened: says so, keeps the input, and offers the version stored now.
import { DashboardApiError } from '../api';
import type { DetailLine } from './audit-details';
import { formatWhen } from './format-when';
import { S, type StaleWhat } from './stale-labels';
import type { FreshCopy } from './use-fresh-copy';

/** The collector refused the save: the item changed since the form read it (409 stale). */
export const isStale = (error: unknown): error is DashboardApiError => error instanceof DashboardApiError && error.code === 'stale';

interface Props {
  what: StaleWhat;
  /** The save's refusal; nothing is shown unless it is stale. */
  error: unknown;
  fresh: FreshCopy<unknown>;
  /** Once `fresh` has the stored version: where it differs from the copy opened, in the form's words. */
  theirs?: readonly DetailLine[];
  /** What saving again does; the field forms' words unless told. */
  after?: string;
  testId: string;
}

export function StaleNotice({ what, error, fresh, theirs, after = S.saveAgain, testId }: Props) {
  if (!isStale(error)) return null;
  const { changed } = error;
  return (
    <div class="form-error stale-notice" role="alert" data-testid={testId}>
      <p>
        <strong>{S.title[what]}</strong> {changed ? S.lastChange(changed.by, formatWhen(changed.at)) : ''}
      </p>
      <p>{S.kept}</p>
      {fresh.theirs === undefined ? (
        <p>
          <button type="button" data-testid={`${testId}-reload`} disabled={fresh.loading} onClick={() => void fresh.reload()}>
            {fresh.loading ? S.loading : S.showTheirs}
          </button>
        </p>
      ) : (
        <div data-testid={`${testId}-theirs`}>
          {theirs && theirs.length > 0 ? (
            <>
              <p>{S.theirsTitle}</p>
              <dl class="stale-theirs">
                {theirs.map((l) => (
                  <div key={l.label}>
                    <dt>{l.label}</dt>
                    <dd>{l.value}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : (
            <p>{S.theirsSame}</p>
          )}
          <p>{after}</p>
        </div>
      )}
      {fresh.failed !== undefined && <p>{`${S.loadFailed} ${fresh.failed instanceof Error ? fresh.failed.message : String(fresh.failed)}`}</p>}
    </div>
  );
}
