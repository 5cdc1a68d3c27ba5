// "Cosa non è andato?": the configured reasons as toggles, with Invia, Salta, keys for the external buttons, and a timeout for the citizen who walks away.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useWords } from '../../ui/i18n/words-context';
import type { VoteOutcome } from '../store/vote-queue';
import { useIdleTimeout } from '../idle-reset';
import { useReasonKeys } from '../kiosk/use-reason-keys';
import { dirOf } from './text-direction';

export { REASON_KEYS_AFTER_MS } from '../kiosk/use-reason-keys';

export interface ReasonPickerProps {
  /** lang is set on a label that stays Italian inside another language. */
  reasons: ReadonlyArray<{ id: string; label: string; lang?: string }>;
  /** Untouched this long: the answer counts as 'timeout', keeping what was toggled. */
  followUpMs: number;
  /** then 'start': the vote was left behind and a new citizen is there (kiosk/use-reason-keys.ts): no «Grazie!» for them. */
  onDone: (outcome: VoteOutcome, then?: 'start') => void;
  /** The faces again, to change a mistaken tap (./face-change.tsx). */
  faceChange?: ComponentChildren;
}

export function ReasonPicker({ reasons, followUpMs, onDone, faceChange }: ReasonPickerProps) {
  const t = useWords();
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const done = useRef(false);
  const group = useRef<HTMLDivElement>(null);
  const finish = (outcome: VoteOutcome, then?: 'start') => {
    if (done.current) return;
    done.current = true;
    onDone(outcome, then);
  };
  // Reasons in the configuration's order, whatever order they were tapped in.
  const ordered = () => reasons.map((r) => r.id).filter((id) => chosen.includes(id));
  const walkedAway = () => ({ reasons: ordered(), followUp: 'timeout' }) as const;
  useIdleTimeout(true, followUpMs, () => finish(walkedAway()));

  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const send = () => finish({ reasons: ordered(), followUp: 'chosen' });
  const skip = () => finish({ reasons: [], followUp: 'skipped' });
  // Key 3 presses whichever of the two can be pressed: «Invia» once a reason is chosen, «Salta» before.
  const third = chosen.length > 0 ? 'send' : 'skip';
  useReasonKeys(group, {
    toggle: (index) => {
      const reason = reasons[index];
      if (reason) toggle(reason.id);
    },
    third: () => (third === 'send' ? send() : skip()),
    walkedAway: () => finish(walkedAway(), 'start'),
  });

  return (
    <main class="screen screen-reasons">
      <header class="screen-head">
        <h1 id="reasons-title" tabIndex={-1}>
          {t.reasonsTitle}
        </h1>
        <p class="hint">{t.reasonsHint}</p>
        {faceChange}
      </header>
      <div ref={group} class="reasons" role="group" aria-labelledby="reasons-title" style={columnsFor(reasons.length)}>
        {reasons.map((r) => {
          const on = chosen.includes(r.id);
          return (
            <button type="button" key={r.id} class="reason" aria-pressed={on} data-testid={`reason-${r.id}`} onClick={() => toggle(r.id)}>
              <span class="check" aria-hidden="true">
                {on ? '✓' : ''}
              </span>
              <span lang={r.lang} dir={dirOf(r.lang)}>
                {r.label}
              </span>
            </button>
          );
        })}
      </div>
      <footer class="screen-foot screen-foot-keys">
        {/* What the external buttons do here (kiosk/use-reason-keys.ts): read by screen readers too, for a blind citizen on a keypad. */}
        <p class="key-legend" data-testid="reason-keys">
          <KeyWord digit="1" word={t.reasonKeyNext} />
          <KeyWord digit="2" word={t.reasonKeyToggle} />
          <KeyWord digit="3" word={third === 'send' ? t.send : t.skip} />
        </p>
        <div class="foot-buttons">
          <button type="button" class="secondary" data-testid="reasons-skip" aria-keyshortcuts={third === 'skip' ? '3' : undefined} onClick={skip}>
            {third === 'skip' && <KeyBadge />}
            {t.skip}
          </button>
          <button
            type="button"
            class="primary"
            data-testid="reasons-send"
            disabled={chosen.length === 0}
            aria-keyshortcuts={third === 'send' ? '3' : undefined}
            onClick={send}
          >
            {third === 'send' && <KeyBadge />}
            {t.send}
          </button>
        </div>
      </footer>
    </main>
  );
}

/**
 * Columns chosen so every reason, up to the twelve an administration may have (MAX_REASONS), fits
 * without scrolling; CSS picks one set by orientation (terminal.css). Lying down, more columns before
 * shorter rows: never more than three rows, so a phone on its side (about 360 px high) keeps each
 * reason at least 56 px tall; at most four columns, or a long German word no longer fits its button.
 */
export function columnsFor(n: number): Record<string, string> {
  const landscape = n <= 4 ? 2 : n <= 6 ? 3 : n <= 8 ? 4 : n === 9 ? 3 : 4;
  const portrait = n <= 7 ? 1 : 2;
  return { '--reason-cols-landscape': String(landscape), '--reason-cols-portrait': String(portrait) };
}

function KeyWord({ digit, word }: { digit: string; word: string }) {
  return (
    <span class="key-word">
      <span class="key-cap">{digit}</span> {word}
    </span>
  );
}

/** The key 3, in the corner of the button it presses, as the faces and tiles carry theirs. */
function KeyBadge() {
  return (
    <span class="face-key" aria-hidden="true">
      3
    </span>
  );
}
