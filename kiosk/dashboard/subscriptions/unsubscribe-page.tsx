// The page an e-mail's «annulla l'iscrizione» link opens: works without signing in; asks first, so a mail
// program that opens links to scan them does not unsubscribe anyone.
import { useEffect, useState } from 'preact/hooks';
import type { UnsubscribeInfo } from '../../../server/contract/subscriptions';
import { PAGES } from '../../../server/contract/api';
import { FormError } from '../components/form-field';
import { useSave } from '../use-save';
import { messageOf } from '../admin/use-load';
import { E, REPORT_FREQUENCY } from './subscription-labels';
import { checkUnsubscribe, unsubscribe } from './subscriptions-api';
import './subscriptions.css';

/** The token from «#/unsubscribe/<token>»; it stays in the fragment, so it never reaches a server log. */
export const tokenFromHash = (hash: string) => decodeURIComponent(hash.replace(/^#\/?unsubscribe\/?/, ''));

export function UnsubscribePage({ token }: { token: string }) {
  const [info, setInfo] = useState<UnsubscribeInfo>();
  const [failed, setFailed] = useState<unknown>();
  const [done, setDone] = useState(false);
  const save = useSave();

  useEffect(() => {
    document.title = `${E.unsubscribeTitle} · gradimento`;
    checkUnsubscribe(token).then(setInfo, setFailed);
  }, [token]);

  const frequency = info ? REPORT_FREQUENCY[info.frequency] : '';
  return (
    <main class="page unsubscribe-page" id="main">
      <header class="top app-head">
        <h1>{E.unsubscribeTitle}</h1>
      </header>
      <div class="card" data-testid="unsubscribe">
        {failed !== undefined ? (
          <p role="alert" data-testid="unsubscribe-error">
            {messageOf(failed)}
          </p>
        ) : !info ? (
          <p role="status">{E.checking}</p>
        ) : done ? (
          <p role="status" data-testid="unsubscribe-done">
            {E.unsubscribed(info.report, frequency)}
          </p>
        ) : !info.active ? (
          <p data-testid="unsubscribe-already">{E.alreadyUnsubscribed(info.report, frequency)}</p>
        ) : (
          <>
            <p>{E.unsubscribeQuestion(info.report, frequency)}</p>
            <button
              type="button"
              class="primary"
              data-testid="unsubscribe-confirm"
              disabled={save.busy}
              onClick={() =>
                save.run(async () => {
                  setInfo(await unsubscribe(token));
                  setDone(true);
                })
              }
            >
              {E.unsubscribeConfirm}
            </button>
            <FormError error={save.error} />
          </>
        )}
        <p>
          <a href={PAGES.dashboard}>{E.toDashboard}</a>
        </p>
      </div>
    </main>
  );
}
