// The dashboard's shell: finds out who is signed in (or offers the first-run screen), then shows the header, the navigation their roles open, and the page.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { SessionInfo } from '../../server/contract/auth';
import { forgetSession, onSessionEnded } from './api';
import { AdminOutlet } from './components/admin-outlet';
import { AccountMenu } from './components/account-menu';
import { LanguageSwitch } from './components/language-switch';
import { NavBar } from './components/nav-bar';
import { PasswordForm } from './components/password-form';
import { SetupChecklist } from './components/setup-checklist';
import { SetupForm } from './components/setup-form';
import { SignInForm } from './components/sign-in-form';
import { allowsSomewhere, pagesFor, type PageId } from './grants';
import { LABELS } from './labels';
import { connectLive, type LiveConnector } from './live';
import { ReportPage } from './pages/report-page';
import { SESSION_LABELS as L } from './session-labels';
import { getSession, getSetupNeeded, signOut } from './session-api';
import { useEditFocus } from './use-edit-focus';
import { useHeadingFocus } from './use-heading-focus';
import { usePage } from './use-page';
import { tokenFromHash, UnsubscribePage } from './subscriptions/unsubscribe-page';

export interface AppProps {
  /** The live link; tests pass a fake so no socket is opened. */
  connect?: LiveConnector;
  /** The clock, for "oggi" and the presets; tests fix it. */
  now?: () => Date;
}

type Phase =
  | { kind: 'checking' }
  | { kind: 'unreachable'; message: string }
  | { kind: 'setup' }
  | { kind: 'signin'; notice?: string }
  | { kind: 'in'; session: SessionInfo };

export function App(props: AppProps) {
  // An e-mail's unsubscribe link works without signing in (issue 8): it opens its own page.
  if (usePage() === 'unsubscribe') {
    return (
      <OutsideBar>
        <UnsubscribePage token={tokenFromHash(location.hash)} />
      </OutsideBar>
    );
  }
  return <Session {...props} />;
}

/** A screen for someone not signed in: the language choice above it, where the signed-in header has it. */
function OutsideBar({ children }: { children: ComponentChildren }) {
  return (
    <>
      <header class="outside-bar">
        <LanguageSwitch />
      </header>
      {children}
    </>
  );
}

function Session({ connect = connectLive, now = () => new Date() }: AppProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    (async () => {
      const session = await getSession(abort.signal);
      if (session) return setPhase({ kind: 'in', session });
      setPhase((await getSetupNeeded(abort.signal)) ? { kind: 'setup' } : { kind: 'signin' });
    })().catch((err: unknown) => abort.signal.aborted || setPhase({ kind: 'unreachable', message: err instanceof Error ? err.message : String(err) }));
    return () => abort.abort();
  }, [attempt]);

  // Any request refused with 401 while signed in: back to sign-in. The address is left as it is,
  // so signing in again returns the person to the page, office and period they were looking at.
  const sessionEnded = () => {
    forgetSession();
    setPhase({ kind: 'signin', notice: L.sessionEnded });
  };
  useEffect(() => onSessionEnded(sessionEnded), []);

  const signedIn = (session: SessionInfo) => setPhase({ kind: 'in', session });

  switch (phase.kind) {
    case 'checking':
      return (
        <OutsideBar>
          <main class="page">
            <p class="note" role="status" data-testid="session-checking">
              {L.checkingSession}
            </p>
          </main>
        </OutsideBar>
      );
    case 'unreachable':
      return (
        <OutsideBar>
          <main class="page">
            <div class="card error" role="alert" data-testid="error">
              <h2>{LABELS.errorTitle}</h2>
              <p>{phase.message}</p>
              <button type="button" onClick={() => setAttempt((n) => n + 1)}>
                {LABELS.retry}
              </button>
            </div>
          </main>
        </OutsideBar>
      );
    case 'setup':
      return (
        <OutsideBar>
          <SetupForm onSignedIn={signedIn} onAlreadyDone={() => setPhase({ kind: 'signin', notice: L.setupDone })} />
        </OutsideBar>
      );
    case 'signin':
      return (
        <OutsideBar>
          <SignInForm onSignedIn={signedIn} notice={phase.notice} />
        </OutsideBar>
      );
    case 'in':
      return (
        <SignedIn
          session={phase.session}
          connect={connect}
          now={now}
          onSessionEnded={sessionEnded}
          onSignedOut={(everywhere) => setPhase({ kind: 'signin', notice: everywhere ? L.signedOutEverywhere : L.signedOut })}
        />
      );
  }
}

interface SignedInProps {
  session: SessionInfo;
  connect: LiveConnector;
  now: () => Date;
  onSessionEnded: () => void;
  onSignedOut: (everywhere: boolean) => void;
}

/** The one thing useEditFocus tracks here: the password form, open or not. */
const PASSWORD_FORM = { id: 'password' };

function SignedIn({ session, connect, now, onSessionEnded, onSignedOut }: SignedInProps) {
  const pages = pagesFor(session.grants);
  const asked = usePage();
  // A bookmark to a page this person's roles do not open shows the report instead of a refusal.
  const page: PageId = (pages as string[]).includes(asked) ? (asked as PageId) : 'report';
  // The password form opens under the header: its heading takes the focus, and the «Cambia password»
  // button takes it back when the form closes (it fell to the page's top either way).
  const passwordForm = useEditFocus<{ id: string }>();
  const [passwordChanged, setPasswordChanged] = useState(false);
  const pageBox = useRef<HTMLDivElement>(null);
  useHeadingFocus(page, pageBox);

  const leave = (everywhere: boolean) => {
    // Signed out locally even when the collector cannot be reached: the person asked to leave.
    signOut(everywhere)
      .catch(() => undefined)
      .finally(() => onSignedOut(everywhere));
  };

  return (
    <div class="page">
      {/* The first tab stop: past the header and the navigation (some twenty stops) to the page. The
          address's fragment names the page (use-page.ts), so the link moves the focus instead of it. */}
      <a
        class="skip-link"
        href="#main"
        data-testid="skip-link"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {L.skipToContent}
      </a>
      <header class="top app-head">
        <h1>{LABELS.appTitle}</h1>
        <LanguageSwitch />
        <AccountMenu
          session={session}
          passwordButtonRef={passwordForm.buttonRef(PASSWORD_FORM.id)}
          onChangePassword={() => {
            setPasswordChanged(false);
            passwordForm.edit(PASSWORD_FORM);
          }}
          onSignOut={leave}
        />
      </header>
      <NavBar pages={pages} current={page} />
      {/* One main landmark around whatever page is open: the header above is the only banner, and
          nothing a screen reader user may jump to lies outside a landmark. */}
      <main id="main" tabIndex={-1}>
        {passwordForm.item && (
          <PasswordForm
            owner={session.user}
            headingRef={passwordForm.headingRef}
            onDone={(changed) => {
              passwordForm.close();
              setPasswordChanged(changed);
            }}
          />
        )}
        {passwordChanged && (
          <p class="card notice" role="status" data-testid="password-changed">
            {L.passwordChanged}
          </p>
        )}
        {page === 'report' && allowsSomewhere(session.grants, 'administration:manage') && <SetupChecklist grants={session.grants} pages={pages} />}
        {/* The page alone, without the password form and the first steps above: its heading is the one
            that takes the focus when the page changes (use-heading-focus.ts). */}
        <div ref={pageBox}>
          {page === 'report' ? <ReportPage connect={connect} now={now} onSignedOut={onSessionEnded} grants={session.grants} /> : <AdminOutlet page={page} session={session} />}
        </div>
      </main>
    </div>
  );
}
