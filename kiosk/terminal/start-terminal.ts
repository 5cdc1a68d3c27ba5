// Starts the terminal so that no start leaves it white: the service worker first, then the app, and «Terminale fuori servizio» if the app fails.
import { showOutOfService } from './screens/out-of-service';

/** What boot-guard.js waits for: the terminal shows a screen of its own. */
export const TERMINAL_STARTED = 'gradimento:started';

export interface StartSteps {
  /** Registers the service worker: before the app, so a fixed or rolled-back version can arrive even if the app never starts. */
  registerServiceWorker(): void;
  /**
   * Opens the stores and draws the first screen, inside a CrashBoundary (crash-boundary.tsx) whose
   * onCrash is `crashed`: a screen that breaks later gets the same notice as a start that fails.
   */
  boot(root: HTMLElement, crashed: (error: unknown) => void): Promise<void>;
  /** After a failed start: let a new version take over as soon as one is ready, and look for it often. */
  awaitFixedVersion(): void;
  /** How often awaitFixedVersion looks, for the staff's screen. */
  checkEveryMs: number;
}

/** Resolves once the terminal shows either its first screen or «Terminale fuori servizio»; never rejects. */
export async function startTerminal(root: HTMLElement, steps: StartSteps): Promise<void> {
  steps.registerServiceWorker();
  let outOfService = false;
  const fail = (message: string, e: unknown) => {
    console.error(message, e);
    // Once: a second look every few minutes would only double the reloads.
    if (outOfService) return;
    outOfService = true;
    showOutOfService(root, e, Math.round(steps.checkEveryMs / 60_000));
    steps.awaitFixedVersion();
  };
  // Errors thrown while the app's modules load, before main.tsx runs, reach neither this nor the
  // boundary: boot-guard.js, a classic script ahead of them, says «Terminale fuori servizio» for them.
  try {
    await steps.boot(root, (e) => fail('gradimento: the terminal broke after starting', e));
  } catch (e) {
    fail('gradimento: the terminal did not start', e);
  }
  // A screen is up, the first one or this notice: the guard stops its watch (and takes back its own
  // notice, after a start slower than its wait).
  dispatchEvent(new Event(TERMINAL_STARTED));
}
