// Registers the service worker that lets the terminal start offline, and moves to a new version only between citizens.
import { Workbox } from 'workbox-window';

const UPDATE_CHECK_MS = 60 * 60_000;
/** A new version waits this long on the start screen, so the reload never cuts a "Grazie!". */
const RELOAD_GRACE_MS = 3_000;

let updateReady = false;
let atStart = true;
let reloadTimer: ReturnType<typeof setTimeout> | null = null;

export function registerServiceWorker(): void {
  // Dev server has no sw.js; http on a LAN address is not a secure context and has no service workers.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const wb = new Workbox('/sw.js', { scope: '/terminal/' });
  wb.addEventListener('controlling', (event) => {
    // skipWaiting + clientsClaim: the new worker already serves; the page still runs the old code.
    if (event.isUpdate) {
      updateReady = true;
      scheduleReload();
    }
  });
  wb.register().catch((e: unknown) => console.error('gradimento: service worker not registered', e));
  // Terminals run for weeks without a navigation, so look for new versions ourselves.
  setInterval(() => void wb.update().catch(() => undefined), UPDATE_CHECK_MS);
}

/** Called by the app whenever the start screen appears or goes. */
export function setAtStart(value: boolean): void {
  atStart = value;
  scheduleReload();
}

function scheduleReload(): void {
  if (reloadTimer !== null) clearTimeout(reloadTimer);
  reloadTimer = null;
  if (!updateReady || !atStart) return;
  reloadTimer = setTimeout(() => {
    if (updateReady && atStart) location.reload();
  }, RELOAD_GRACE_MS);
}
