// Tells why a lazily loaded part of the dashboard did not arrive: the collector was upgraded, or the network failed.
//
// Why: a tab left open across an upgrade asks for chunks the new build no longer has (404), and
// «check the connection and try again» then failed for ever, with the connection fine. The files'
// names say nothing once they are gone, so the dashboard's own page is asked again: its entry
// script's hashed name changes whenever any chunk it can load changes, so a different name means a
// new build, which only a reload brings. No answer at all is the network, as before.
import { PAGES } from '../../server/contract/api';

export type LoadFailure = 'new-version' | 'network';
/** What the collector serves now, against the build this page runs. */
export type ServedBuild = 'new' | 'same' | 'unreachable';

/** The entry script a dashboard page's HTML starts, as an absolute URL. */
function entryScript(doc: Document): string | undefined {
  const src = doc.querySelector('script[type="module"][src]')?.getAttribute('src');
  return src ? new URL(src, location.href).href : undefined;
}

/** Asks the collector for the dashboard's page and compares its entry script with this page's. */
export async function servedBuild(): Promise<ServedBuild> {
  try {
    // no-store: a copy from the browser's cache is the page already running, not the collector's.
    const res = await fetch(PAGES.dashboard, { cache: 'no-store', credentials: 'same-origin' });
    if (!res.ok) return 'unreachable';
    const served = entryScript(new DOMParser().parseFromString(await res.text(), 'text/html'));
    const running = entryScript(document);
    return served && running && served !== running ? 'new' : 'same';
  } catch {
    return 'unreachable';
  }
}

// A new build stays new for this page; charts failing together share one question to the collector.
let known: LoadFailure | undefined;
let checking: Promise<LoadFailure> | undefined;

/** Why a chunk failed: 'new-version' when the collector now serves another build, else 'network'. */
export function whyLoadFailed(): Promise<LoadFailure> {
  if (known) return Promise.resolve(known);
  return (checking ??= servedBuild().then((served) => {
    checking = undefined;
    if (served === 'new') known = 'new-version';
    return known ?? 'network';
  }));
}
