// Registers the service worker that lets the terminal start offline, and moves to a new version only between citizens.
import { Workbox } from 'workbox-window';
import { createReloadGate } from './reload-gate';

const UPDATE_CHECK_MS = 60 * 60_000;
/** A terminal that could not start looks for a fixed (or rolled-back) version this often: nobody votes on it meanwhile. */
export const OUT_OF_SERVICE_CHECK_MS = 5 * 60_000;
/** A new version waits this long on the start screen, so the switch never cuts a "Grazie!" or a first tap. */
const RELOAD_GRACE_MS = 3_000;

/**
 * The new worker waits (vite.config.ts: registerType 'prompt', skipWaiting false) until the start
 * screen has been idle for RELOAD_GRACE_MS, with no tap nor key meanwhile (reload-gate.ts); only then
 * is it told to take over, and the page reloads into it. Taking over mid-vote would delete the old
 * version's cache under the running page, so a lazily loaded piece (a language) could no longer load offline.
 */
let wb: Workbox | null = null;
/** Set once wb.register() succeeded: a Workbox whose registration was refused can look for nothing. */
let registration: ServiceWorkerRegistration | null = null;
let controlling = false;
/** This page told a waiting worker to take over: whatever then controls the page is a new version. */
let skipWaitingSent = false;
const gate = createReloadGate(RELOAD_GRACE_MS, () => {
  // The new worker already serves (it took over): load its version. Otherwise let it take over first.
  if (controlling) location.reload();
  else if (wb) {
    skipWaitingSent = true;
    wb.messageSkipWaiting();
  }
});

export function registerServiceWorker(): void {
  // Dev server has no sw.js; http on a LAN address is not a secure context and has no service workers.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || wb) return;
  wb = new Workbox('/sw.js', { scope: '/terminal/' });
  // Also fired at registration when a worker was already waiting from an earlier visit.
  wb.addEventListener('waiting', () => gate.ready());
  wb.addEventListener('controlling', (event) => {
    // workbox-window's isUpdate only says whether the page had a controller when it registered: a
    // page opened from a pairing link, for the first time or by a hard reload had none, so for it
    // every later takeover came with isUpdate false and the page kept running the old version
    // (its lazily loaded chunks deleted with the old cache) until the tablet rebooted. A takeover
    // this page asked for is a new version too. Not so the first worker's claim of a page that
    // had none (clientsClaim): that is the version the page runs already.
    if (!event.isUpdate && !skipWaitingSent) return;
    controlling = true;
    gate.ready();
  });
  wb.register().then(
    (reg) => {
      registration = reg ?? null;
    },
    (e: unknown) => console.error('gradimento: service worker not registered', e),
  );
  // Seen before the app handles them (capture): the tap that starts a vote restarts the wait at once.
  addEventListener('pointerdown', () => gate.touched(), { capture: true, passive: true });
  addEventListener('keydown', () => gate.touched(), { capture: true });
  // Terminals run for weeks without a navigation, so look for new versions ourselves.
  setInterval(checkForUpdate, UPDATE_CHECK_MS);
}

function checkForUpdate(): void {
  void wb?.update().catch(() => undefined);
}

/** Called by the app whenever the start screen appears or goes. */
export function setAtStart(value: boolean): void {
  gate.setAtStart(value);
}

/**
 * The terminal could not start (main.tsx shows «Terminale fuori servizio»): no citizen is voting,
 * so a new version may take over at once, and it is looked for more often than hourly.
 */
export function awaitFixedVersion(): void {
  gate.setAtStart(true);
  setInterval(() => void lookForFixedVersion(workingWorker(), reloadIfServed), OUT_OF_SERVICE_CHECK_MS);
}

/** What lookForFixedVersion needs of a working service worker registration. */
export interface FixedVersionSource {
  /** Asks the collector for a newer service worker. */
  update(): Promise<unknown>;
  /** A newer version is installing or waiting: the reload gate lets it take over. */
  pending(): boolean;
}

function workingWorker(): FixedVersionSource | null {
  const reg = registration;
  if (!wb || !reg) return null;
  const worker = wb;
  return { update: () => worker.update(), pending: () => Boolean(reg.installing || reg.waiting) };
}

/**
 * One look after a failed start. Without a working registration (none in this browser, or the
 * collector refused it) only a reload can fetch a fixed version. With one, a new version takes over
 * through the gate; when there is none, the start is tried again by a reload all the same: what
 * failed may have been a one-off (IndexedDB busy at boot), and «riparte da solo» must hold for it.
 */
export async function lookForFixedVersion(worker: FixedVersionSource | null, reload: () => Promise<void>): Promise<void> {
  if (worker) {
    await worker.update().catch(() => undefined);
    if (worker.pending()) return;
  }
  await reload();
}

/**
 * Without a service worker (plain http on a LAN, where browsers have none) a reload is what fetches
 * the collector's current version; only when the collector answers, or the browser's own «no
 * connection» page would take this one's place and never come back by itself.
 */
async function reloadIfServed(): Promise<void> {
  const res = await fetch(location.href, { cache: 'no-store' }).catch(() => null);
  if (res?.ok) location.reload();
}
