// A just-created API key, shown this once: the key to copy, a copy button, and the warning that it will not be shown again.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { NewApiKey } from '../admin-api';
import { S } from './served-labels';

/**
 * Copies `text`: the Clipboard API where the page is a secure context (https, localhost), else the
 * selected text of `field` with the older command, which a collector reached over plain http on the
 * office LAN still allows. False when neither worked: the person copies by hand.
 */
export async function copy(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, no focus): try the selection below.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

export function NewKeyPanel({ apiKey, onClose }: { apiKey: NewApiKey; onClose: () => void }) {
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<boolean>();
  // Straight to the key, selected: Ctrl+C copies it, and a screen reader reads the warning with it.
  // A layout effect, so the key has the focus in the same commit that shows it: a plain effect runs
  // after the next paint, and the focus lagged the panel (a full test run caught it on the body).
  useLayoutEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  return (
    <section class="card new-key" aria-labelledby="new-key-title" data-testid="new-key">
      <h3 id="new-key-title">{S.apiKeyCreated(apiKey.name)}</h3>
      <p class="new-key-warning" id="new-key-warning">
        <strong>{S.apiKeyOnce}</strong>
      </p>
      <div class="new-key-row">
        <div class="field">
          <label for="new-key-value">{S.apiKeyValue}</label>
          {/* A text area, so a phone shows the whole key, wrapped, rather than its last characters. */}
          <textarea
            id="new-key-value"
            ref={field}
            class="new-key-value"
            rows={1}
            readOnly
            value={apiKey.key}
            spellcheck={false}
            autoComplete="off"
            data-testid="new-key-value"
            aria-describedby="new-key-warning"
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
        <button type="button" class="primary" data-testid="new-key-copy" onClick={async () => setCopied(await copy(apiKey.key, field.current))}>
          {S.copyKey}
        </button>
      </div>
      <p role="status" class={copied === false ? 'field-problem' : 'field-hint'} data-testid="new-key-copied">
        {copied === undefined ? '' : copied ? S.keyCopied : S.keyNotCopied}
      </p>
      <div class="actions">
        <button type="button" data-testid="new-key-close" onClick={onClose}>
          {S.keyStored}
        </button>
      </div>
    </section>
  );
}
