// A trial of the citizens' screens for staff, started from the diagnostics: the same screens under a band that says nothing is recorded.
import { useMemo } from 'preact/hooks';
import type { TerminalConfig } from '../../../server/contract/terminal-config';
import { STAFF_LANGUAGE, t } from '../../ui/i18n';
import { useIdleTimeout } from '../idle-reset';
import { Voting } from '../voting';
import { createTrialQueue } from './trial-queue';
import './trial.css';

/**
 * Left untouched this long, the trial ends by itself: staff who walk away must not leave a terminal
 * whose votes go nowhere for the morning's first citizens. Longer than any voting screen's own
 * return to the start, so a trial is never cut while staff read «Grazie!».
 */
export const TRIAL_IDLE_MS = 3 * 60_000;

export interface TrialProps {
  config: TerminalConfig;
  terminalId: string;
  /** Back to what the terminal shows outside the trial: «Ufficio chiuso», or the start screen when open. */
  onEnd: () => void;
  idleMs?: number;
}

export function Trial({ config, terminalId, onEnd, idleMs = TRIAL_IDLE_MS }: TrialProps) {
  const queue = useMemo(createTrialQueue, []);
  useIdleTimeout(true, idleMs, onEnd);
  return (
    <div class="trial" data-testid="trial">
      {/* In the layout's flow, above the screen: it never covers a face, on a phone as on a totem. */}
      <div class="trial-band" lang={STAFF_LANGUAGE.lang} dir={STAFF_LANGUAGE.dir} data-testid="trial-band">
        <p role="status">{t.trialBand}</p>
        <button type="button" class="trial-end" data-testid="trial-end" onClick={onEnd}>
          {t.trialEnd}
        </button>
      </div>
      <div class="trial-screen">
        {/* No onVoted: nothing is queued, so there is nothing to send. */}
        <Voting config={config} terminalId={terminalId} queue={queue} />
      </div>
    </div>
  );
}
