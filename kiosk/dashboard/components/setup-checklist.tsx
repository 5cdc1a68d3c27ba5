// "Primi passi": on an installation that cannot collect a vote yet, the four steps to get there, each linking to its page and ticked when done.
import { useEffect, useState } from 'preact/hooks';
import type { Grant } from '../../../server/contract/auth';
import type { PageId } from '../grants';
import { SESSION_LABELS as L, SETUP_STEP_LABELS } from '../session-labels';
import { isComplete, loadSetupProgress, SETUP_STEPS, type SetupProgress, type SetupStep } from '../setup-progress';
import { pageHref } from '../use-page';

const STEP_PAGE: Readonly<Record<SetupStep, PageId>> = { administration: 'administrations', office: 'offices', services: 'services', terminal: 'terminals' };

interface Props {
  grants: readonly Grant[];
  /** The pages this person may open: a step links to its page only when it is one of them. */
  pages: readonly PageId[];
}

/** Folded or not, as this browser last left it: a demo or a trial installation may stay unpaired for weeks above every report. */
const FOLDED_KEY = 'gradimento.dashboard.setupFolded';

function readFolded(): boolean {
  try {
    return localStorage.getItem(FOLDED_KEY) === '1';
  } catch {
    return false;
  }
}

/** Nothing while it looks, nothing once all is done, nothing if it cannot tell: a report reader never sees it. */
export function SetupChecklist({ grants, pages }: Props) {
  const [progress, setProgress] = useState<SetupProgress>();
  const [folded, setFolded] = useState(readFolded);
  useEffect(() => {
    const abort = new AbortController();
    loadSetupProgress(grants, abort.signal).then(setProgress, () => undefined);
    return () => abort.abort();
  }, [grants]);

  if (!progress || isComplete(progress)) return null;
  const doneCount = SETUP_STEPS.filter((s) => progress[s]).length;
  const toggle = (e: Event) => {
    const open = (e.currentTarget as HTMLDetailsElement).open;
    setFolded(!open);
    try {
      localStorage.setItem(FOLDED_KEY, open ? '0' : '1');
    } catch {
      // Private mode: folded for this page only.
    }
  };
  return (
    <section class="card setup-checklist" aria-labelledby="setup-steps-title" data-testid="setup-checklist">
      {/* Folded, the heading still says how far the set-up is. */}
      <h2 id="setup-steps-title">
        {L.setupStepsTitle} <span class="muted setup-count" data-testid="setup-count">{L.setupStepsCount(doneCount, SETUP_STEPS.length)}</span>
      </h2>
      <details open={!folded} onToggle={toggle}>
        <summary>{L.setupStepsShow}</summary>
        <p class="muted">{L.setupStepsIntro}</p>
        <ol>
          {SETUP_STEPS.map((step) => {
            const done = progress[step];
            const { title, hint } = SETUP_STEP_LABELS[step];
            const page = STEP_PAGE[step];
            return (
              <li key={step} class={done ? 'is-done' : undefined} data-testid={`setup-step-${step}`} data-done={done}>
                <span class="setup-mark" aria-hidden="true">
                  {done ? '✓' : ''}
                </span>
                <span>
                  {pages.includes(page) ? <a href={pageHref(page)}>{title}</a> : <strong>{title}</strong>}
                  {`: ${hint} `}
                  {/* In words as well as the tick: the state is never told by a mark alone. */}
                  <span class={done ? 'setup-state done' : 'setup-state'}>{done ? L.setupStepDone : L.setupStepToDo}</span>
                </span>
              </li>
            );
          })}
        </ol>
      </details>
    </section>
  );
}
