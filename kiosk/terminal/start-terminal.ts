// Starts the terminal so that no start leaves it white: the service worker first, then the app, and «Terminale fuori servizio» if the app fails.
import { showOutOfService } from './screens/out-of-service';

export interface StartSteps {
  /** Registers the service worker: before the app, so a fixed or rolled-back version can arrive even if the app never starts. */
  registerServiceWorker(): void;
  /** Opens the stores and draws the first screen. */
  boot(root: HTMLElement): Promise<void>;
  /** After a failed start: let a new version take over as soon as one is ready, and look for it often. */
  awaitFixedVersion(): void;
  /** How often awaitFixedVersion looks, for the staff's screen. */
  checkEveryMs: number;
}

/** Resolves once the terminal shows either its first screen or «Terminale fuori servizio»; never rejects. */
export async function startTerminal(root: HTMLElement, steps: StartSteps): Promise<void> {
  steps.registerServiceWorker();
  try {
    await steps.boot(root);
  } catch (e) {
    console.error('gradimento: the terminal did not start', e);
    showOutOfService(root, e, Math.round(steps.checkEveryMs / 60_000));
    steps.awaitFixedVersion();
  }
}
