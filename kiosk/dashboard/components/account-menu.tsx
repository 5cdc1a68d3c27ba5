// The signed-in person in the header: their name, "Cambia password", "Esci" and "Esci da tutti i dispositivi".
import type { Ref } from 'preact';
import type { SessionInfo } from '../../../server/contract/auth';
import { SESSION_LABELS as L } from '../session-labels';

interface Props {
  session: SessionInfo;
  onChangePassword: () => void;
  /** «Cambia password», which takes the focus back when the form closes. */
  passwordButtonRef?: Ref<HTMLButtonElement>;
  onSignOut: (everywhere: boolean) => void;
}

export function AccountMenu({ session, onChangePassword, passwordButtonRef, onSignOut }: Props) {
  return (
    <div class="account" data-testid="account">
      <p class="account-name">
        <span class="visually-hidden">{`${L.signedInAs} `}</span>
        <strong data-testid="account-name">{session.user.name}</strong>
        <span class="muted account-email">{session.user.email}</span>
      </p>
      <div class="account-actions">
        <button type="button" data-testid="account-password" ref={passwordButtonRef} onClick={onChangePassword}>
          {L.changePassword}
        </button>
        <button type="button" data-testid="signout" onClick={() => onSignOut(false)}>
          {L.signOut}
        </button>
        <button type="button" data-testid="signout-everywhere" title={L.signOutEverywhereHint} onClick={() => onSignOut(true)}>
          {L.signOutEverywhere}
        </button>
      </div>
    </div>
  );
}
