// The staff's pairing form: a new browser becomes a terminal, or a refused one ("Terminale non abilitato") is paired again.
import { useState } from 'preact/hooks';
import { t } from '../../ui/i18n';
import type { PairingError } from '../enrolment/use-enrolment';

export interface PairingProps {
  /** The terminal the collector refused; null for a browser never paired. */
  refused: string | null;
  /** The terminal in use when an explicit code failed: staff may go back to it. */
  cancelTo: string | null;
  error: PairingError | null;
  /** Put back in the field: the code from the address that failed. */
  code: string;
  busy: boolean;
  onSubmit: (code: string) => void;
  onCancel: () => void;
}

export function Pairing({ refused, cancelTo, error, code, busy, onSubmit, onCancel }: PairingProps) {
  const [value, setValue] = useState(code);
  return (
    <main class="screen screen-pairing" data-testid={refused ? 'not-enrolled' : 'pairing'} aria-busy={busy}>
      <header class="screen-head">
        <h1>{refused ? t.notEnrolledTitle : t.pairingTitle}</h1>
        <p class="hint">{refused ? t.notEnrolledBody(refused) : t.pairingBody}</p>
      </header>
      <form
        class="pairing-form"
        data-testid="pairing-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) onSubmit(value);
        }}
      >
        <label for="pairing-code">{t.pairingCodeLabel}</label>
        {/* A code, not a word: no suggestions, no autofill, capitals on the on-screen keyboard. */}
        <input
          id="pairing-code"
          name="pairing-code"
          data-testid="pairing-code"
          type="text"
          value={value}
          onInput={(e) => setValue(e.currentTarget.value)}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellcheck={false}
          inputMode="text"
          enterKeyHint="go"
          maxLength={20}
          placeholder="ABCD-2345"
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={error ? 'pairing-help pairing-error' : 'pairing-help'}
          autoFocus
        />
        <p id="pairing-help" class="pairing-help">
          {t.pairingCodeHelp}
        </p>
        {error && (
          <p id="pairing-error" class="pairing-error" role="alert" data-testid="pairing-error" data-error={error.kind}>
            {errorMessage(error)}
          </p>
        )}
        <div class="pairing-actions">
          <button type="submit" class="primary" data-testid="pairing-submit" disabled={busy}>
            {busy ? t.pairingBusy : t.pairingSubmit}
          </button>
          {cancelTo && (
            <button type="button" class="secondary" data-testid="pairing-cancel" onClick={onCancel}>
              {t.pairingCancel(cancelTo)}
            </button>
          )}
        </div>
      </form>
    </main>
  );
}

export function errorMessage(error: PairingError): string {
  switch (error.kind) {
    case 'format':
      return error.check === 'empty' ? t.pairingErrorEmpty : error.check === 'length' ? t.pairingErrorLength : t.pairingErrorCharacters;
    case 'code-invalid':
      return t.pairingErrorInvalid;
    case 'rate-limited':
      return t.pairingErrorRateLimited(error.retryAfterSeconds);
    case 'unreachable':
      return t.pairingErrorUnreachable;
    case 'failed':
      return t.pairingErrorFailed(error.status);
    case 'storage':
      return t.pairingErrorStorage;
  }
}
