// "Cosa non è andato?": the configured reasons as toggles, with Invia, Salta, and a timeout for the citizen who walks away.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useWords } from '../../ui/i18n/words-context';
import type { VoteOutcome } from '../store/vote-queue';
import { useIdleTimeout } from '../idle-reset';
import { dirOf } from './text-direction';

export interface ReasonPickerProps {
  /** lang is set on a label that stays Italian inside another language. */
  reasons: ReadonlyArray<{ id: string; label: string; lang?: string }>;
  /** Untouched this long: the answer counts as 'timeout', keeping what was toggled. */
  followUpMs: number;
  onDone: (outcome: VoteOutcome) => void;
  /** The faces again, to change a mistaken tap (./face-change.tsx). */
  faceChange?: ComponentChildren;
}

export function ReasonPicker({ reasons, followUpMs, onDone, faceChange }: ReasonPickerProps) {
  const t = useWords();
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const done = useRef(false);
  const finish = (outcome: VoteOutcome) => {
    if (done.current) return;
    done.current = true;
    onDone(outcome);
  };
  // Reasons in the configuration's order, whatever order they were tapped in.
  const ordered = () => reasons.map((r) => r.id).filter((id) => chosen.includes(id));
  useIdleTimeout(true, followUpMs, () => finish({ reasons: ordered(), followUp: 'timeout' }));

  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));

  return (
    <main class="screen screen-reasons">
      <header class="screen-head">
        <h1 id="reasons-title" tabIndex={-1}>
          {t.reasonsTitle}
        </h1>
        <p class="hint">{t.reasonsHint}</p>
        {faceChange}
      </header>
      <div class="reasons" role="group" aria-labelledby="reasons-title" style={{ '--reasons': String(reasons.length) }}>
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
      <footer class="screen-foot">
        <button type="button" class="secondary" data-testid="reasons-skip" onClick={() => finish({ reasons: [], followUp: 'skipped' })}>
          {t.skip}
        </button>
        <button
          type="button"
          class="primary"
          data-testid="reasons-send"
          disabled={chosen.length === 0}
          onClick={() => finish({ reasons: ordered(), followUp: 'chosen' })}
        >
          {t.send}
        </button>
      </footer>
    </main>
  );
}
