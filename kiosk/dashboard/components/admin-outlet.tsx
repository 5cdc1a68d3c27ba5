// Loads the management pages on demand, so a manager who only reads reports never downloads them.
import { useEffect, useState } from 'preact/hooks';
import type { SessionInfo } from '../../../server/contract/auth';
import type { PageId } from '../grants';
import { LABELS } from '../labels';
import { SESSION_LABELS as L } from '../session-labels';

type AdminModule = typeof import('../admin/dashboard-admin');
// The chunk's file is named dashboard-admin-*.js: the terminal's service worker leaves dashboard* out of its precache.
let loading: Promise<AdminModule> | undefined;
const loadAdmin = () => (loading ??= import('../admin/dashboard-admin').catch((err: unknown) => {
  loading = undefined; // a failed download may succeed on "Riprova"
  throw err;
}));

export function AdminOutlet({ page, session }: { page: Exclude<PageId, 'report'>; session: SessionInfo }) {
  const [mod, setMod] = useState<AdminModule>();
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    loadAdmin().then(
      (m) => live && setMod(m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  if (failed)
    return (
      <div class="card error" role="alert" data-testid="error">
        <p>{L.pageLoadFailed}</p>
        <button type="button" onClick={() => (setFailed(false), setAttempt((n) => n + 1))}>
          {LABELS.retry}
        </button>
      </div>
    );
  if (!mod)
    return (
      <p class="card note" role="status">
        {L.loadingPage}
      </p>
    );
  return <mod.AdminPages page={page} session={session} />;
}
