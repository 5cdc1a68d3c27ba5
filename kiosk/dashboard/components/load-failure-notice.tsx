// Says why a part of the dashboard did not load, where it should be: a new version to reload into, or the connection to check.
import { useState } from 'preact/hooks';
import { LABELS } from '../labels';
import { LOAD_FAILURE_LABELS as L } from '../load-failure-labels';
import { servedBuild, type LoadFailure } from '../why-load-failed';

interface Props {
  reason: LoadFailure;
  /** What to say when the network failed: the page's or the chart's own sentence. */
  networkMessage: string;
  /**
   * One of several alike (every chart of a report fails together): a polite status, not an alert,
   * so that a screen reader is not interrupted by the same sentence six times.
   */
  quiet?: boolean;
}

/**
 * «Riprova» reloads the page once the collector answers, and says so while it does not. Importing the
 * chunk again in this page cannot work: Chromium keeps a failed module download for the page's life
 * and answers every later import() of it with the same failure, without asking the network
 * (whatwg/html#6768), so «Riprova» used to fail for ever even once back online. A reload keeps the
 * address, hash included: the manager lands on the page and report they were on.
 */
export function LoadFailureNotice({ reason, networkMessage, quiet = false }: Props) {
  const role = quiet ? 'status' : 'alert';
  const [stillOffline, setStillOffline] = useState(0);
  const retry = async () => {
    if ((await servedBuild()) === 'unreachable') setStillOffline((n) => n + 1);
    else location.reload();
  };
  if (reason === 'new-version')
    return (
      <div class="card note load-failure" role={role} data-testid="new-version">
        <p>{L.newVersion}</p>
        <button type="button" class="primary" onClick={() => location.reload()} data-testid="new-version-reload">
          {L.reload}
        </button>
      </div>
    );
  return (
    <div class="card error load-failure" role={role} data-testid="error">
      <p>{networkMessage}</p>
      {/* A new key each time, so that the alert region reads it again. */}
      {stillOffline > 0 && (
        <p key={stillOffline} data-testid="still-offline">
          {L.stillOffline}
        </p>
      )}
      <button type="button" onClick={() => void retry()}>
        {LABELS.retry}
      </button>
    </div>
  );
}
