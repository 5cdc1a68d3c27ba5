// Loads the management pages on demand, so a manager who only reads reports never downloads them.
import { useEffect, useState } from 'preact/hooks';
import type { SessionInfo } from '../../../server/contract/auth';
import type { PageId } from '../grants';
import { SESSION_LABELS as L } from '../session-labels';
import { whyLoadFailed, type LoadFailure } from '../why-load-failed';
import { LoadFailureNotice } from './load-failure-notice';

type AdminModule = typeof import('../admin/dashboard-admin');
// The chunk's file is named dashboard-admin-*.js: the terminal's service worker leaves dashboard* out of its precache.
let loading: Promise<AdminModule> | undefined;
const loadAdmin = () => (loading ??= import('../admin/dashboard-admin').catch((err: unknown) => {
  loading = undefined; // not kept: the next management page opened imports it again
  throw err;
}));

export function AdminOutlet({ page, session }: { page: Exclude<PageId, 'report'>; session: SessionInfo }) {
  const [mod, setMod] = useState<AdminModule>();
  const [failed, setFailed] = useState<LoadFailure>();

  useEffect(() => {
    let live = true;
    loadAdmin().then(
      (m) => live && setMod(m),
      // After an upgrade the chunk is gone for good: say so, not «check the connection».
      () => void whyLoadFailed().then((reason) => live && setFailed(reason)),
    );
    return () => {
      live = false;
    };
  }, []);

  if (failed) return <LoadFailureNotice reason={failed} networkMessage={L.pageLoadFailed} />;
  if (!mod)
    return (
      <p class="card note" role="status">
        {L.loadingPage}
      </p>
    );
  return <mod.AdminPages page={page} session={session} />;
}
