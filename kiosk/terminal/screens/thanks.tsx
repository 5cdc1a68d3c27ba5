// The end of a vote: "Grazie!" once it is safely stored, or an honest apology if it could not be.
import { useWords } from '../../ui/i18n/words-context';
import { useTimeout } from '../idle-reset';

export interface ThanksProps {
  ms: number;
  onDone: () => void;
}

export function Thanks({ ms, onDone }: ThanksProps) {
  useTimeout(ms, onDone);
  const t = useWords();
  return (
    <main class="screen screen-thanks" data-testid="thanks">
      {/* No live region: one inserted with its text is often not read. The title takes the focus
          (../screen-focus.ts) and is read with what it means. */}
      <div>
        <h1 tabIndex={-1} aria-describedby="thanks-body">
          {t.thanksTitle}
        </h1>
        <p id="thanks-body" class="hint">
          {t.thanksBody}
        </p>
      </div>
    </main>
  );
}

export function SaveFailed({ ms, onDone }: ThanksProps) {
  useTimeout(ms, onDone);
  const t = useWords();
  return (
    <main class="screen screen-thanks screen-save-failed" data-testid="save-failed">
      <div role="alert">
        <h1 tabIndex={-1}>{t.saveFailedTitle}</h1>
        <p class="hint">{t.saveFailedBody}</p>
      </div>
    </main>
  );
}
