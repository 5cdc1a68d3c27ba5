// Boots the terminal: takes a pairing code out of the address, opens the vote store, recovers votes a crash left open, starts the app.
import { render } from 'preact';
import { App, STALE_OPEN_MS } from './app';
import { CrashBoundary } from './crash-boundary';
import { takePairCode } from './enrolment/pairing-code';
import { learningFetch, loadCollectorClock } from './net/collector-clock';
import { connectTerminalLazily } from './net/lazy-socket';
import { createVoteSync } from './net/sync';
import { StorageUnavailable } from './screens/unconfigured';
import { VOTE_DB_NAME, openVoteDb } from './store/vote-db';
import { createVoteQueue } from './store/vote-queue';
import { startTerminal } from './start-terminal';
import { OUT_OF_SERVICE_CHECK_MS, awaitFixedVersion, registerServiceWorker, setAtStart } from './sw-register';
import { guardKiosk } from './kiosk/kiosk-guard';
import { whenIdle } from './when-idle';
import './terminal.css';
import './kiosk/kiosk.css';

/** The service worker waits at most this long for an idle moment (its set-up is not in the start-up task: issue 9, Lighthouse). */
const SW_IDLE_WAIT_MS = 2_000;

async function boot(root: HTMLElement, crashed: (error: unknown) => void): Promise<void> {
  // First of all: a pairing code must not stay in the address bar (or in a screenshot of it).
  const pairCode = takePairCode(location, history);
  guardKiosk();
  // Ask the browser not to evict the queue under storage pressure; refusal is not fatal.
  void navigator.storage?.persist?.().catch(() => false);
  let db;
  try {
    // A newer version of the app in another tab needs the database: let go and reload into it.
    db = await openVoteDb(VOTE_DB_NAME, { onVersionChange: () => location.reload() });
  } catch (e) {
    // The service worker is registered all the same (startTerminal): a new version may be what gets this device going again.
    render(<StorageUnavailable detail={String((e as Error)?.name ?? e)} />, root);
    return;
  }
  const queue = createVoteQueue(db);
  // Before any new vote: whatever was open when the page died is final now, as 'timeout'. Not a vote
  // opened in the last two minutes: another tab of this terminal may still show its reasons screen,
  // and taking it would drop the reasons or the face change it is about to write. One that young is
  // taken later, when the start screen finds it stale (app.tsx).
  // The collector's clock as last learnt, before the first screen: open or closed is decided on it (net/collector-clock.ts).
  const [, clock] = await Promise.all([queue.recoverOpen(STALE_OPEN_MS).catch((e) => console.error('gradimento: open votes not recovered', e)), loadCollectorClock(db)]);
  // The app hands the sync loop its device token once it knows the enrolment. Its answers keep the collector's time too.
  const sync = createVoteSync({ queue, fetch: learningFetch(clock, (input, init) => globalThis.fetch(input, init)) });
  render(
    <CrashBoundary onCrash={crashed}>
      <App db={db} queue={queue} pairCode={pairCode} sync={sync} connect={connectTerminalLazily} onAtStart={setAtStart} clock={clock} />
    </CrashBoundary>,
    root,
  );
}

const root = document.getElementById('app');
// The service worker is asked for before the app, and not only once the first screen was drawn: a
// version whose start threw left a white screen that no later version could reach until a reboot.
if (root) {
  void startTerminal(root, {
    registerServiceWorker: () => whenIdle(registerServiceWorker, SW_IDLE_WAIT_MS),
    boot,
    awaitFixedVersion,
    checkEveryMs: OUT_OF_SERVICE_CHECK_MS,
  });
}
