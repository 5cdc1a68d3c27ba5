// A terminal whose start throws shows «Terminale fuori servizio» instead of a white screen, still registers its service worker, and tells boot-guard.js it started.
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { h, render } from 'preact';
import { useState } from 'preact/hooks';
import { CrashBoundary } from '../../../kiosk/terminal/crash-boundary';
import { TERMINAL_STARTED, startTerminal, type StartSteps } from '../../../kiosk/terminal/start-terminal';

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

/** What a start did, in order; "started" is what tells boot-guard.js to stand down. */
function steps(boot: StartSteps['boot'], done: string[]): StartSteps {
  addEventListener(TERMINAL_STARTED, () => done.push('started'), { once: true });
  return {
    registerServiceWorker: () => done.push('register'),
    boot,
    awaitFixedVersion: () => done.push('await fixed version'),
    checkEveryMs: 5 * 60_000,
  };
}

function freshRoot(): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  return root;
}

describe('starting the terminal', () => {
  it('shows «Terminale fuori servizio» when the start throws, registered and looking for a fixed version', async () => {
    const done: string[] = [];
    const el = freshRoot();
    await startTerminal(
      el,
      steps(async (r) => {
        done.push('boot');
        // Half a screen drawn before it broke: it must not stay there.
        r.textContent = 'Come valuti il servizio?';
        await Promise.resolve();
        throw new TypeError('loadCollectorClock is not a function');
      }, done),
    );
    await expect.element(page.getByRole('heading', { name: 'Terminale fuori servizio' })).toBeVisible();
    await expect.element(page.getByText('Ogni 5 minuti riprova a partire')).toBeVisible();
    await expect.element(page.getByText('Errore: TypeError: loadCollectorClock is not a function')).toBeVisible();
    expect(el.textContent).not.toContain('Come valuti il servizio?');
    expect(done).toEqual(['register', 'boot', 'await fixed version', 'started']);
  });

  it('registers before the app starts and leaves a working start alone', async () => {
    const done: string[] = [];
    const el = freshRoot();
    await startTerminal(
      el,
      steps(async (r) => {
        done.push('boot');
        r.textContent = 'Come valuti il servizio?';
      }, done),
    );
    expect(el.textContent).toBe('Come valuti il servizio?');
    expect(done).toEqual(['register', 'boot', 'started']);
  });

  it('shows «Terminale fuori servizio» when a screen breaks after the start, instead of a white page', async () => {
    const done: string[] = [];
    const el = freshRoot();
    /** The loading screen draws; the faces then throw while rendering. */
    function Screens() {
      const [loaded, setLoaded] = useState(false);
      if (loaded) throw new TypeError('facesOf is not a function');
      return h('main', null, h('h1', null, 'Caricamento'), h('button', { type: 'button', onClick: () => setLoaded(true) }, 'Avanti'));
    }
    await startTerminal(
      el,
      steps(async (r, crashed) => {
        done.push('boot');
        render(h(CrashBoundary, { onCrash: crashed }, h(Screens, null)), r);
      }, done),
    );
    expect(done).toEqual(['register', 'boot', 'started']);
    await userEvent.click(page.getByRole('button', { name: 'Avanti' }));
    await expect.element(page.getByRole('heading', { name: 'Terminale fuori servizio' })).toBeVisible();
    await expect.element(page.getByText('Errore: TypeError: facesOf is not a function')).toBeVisible();
    expect(el.textContent).not.toContain('Caricamento');
    expect(done).toEqual(['register', 'boot', 'started', 'await fixed version']);
  });
});
