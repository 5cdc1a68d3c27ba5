// Screens for staff when the terminal cannot take votes yet: pairing in progress, no configuration, unknown terminal.
import { t } from '../../ui/i18n';

function Notice({ title, body, testid, busy }: { title: string; body: string; testid: string; busy?: boolean }) {
  return (
    <main class="screen screen-notice" data-testid={testid} aria-busy={busy}>
      <h1>{title}</h1>
      <p class="hint">{body}</p>
    </main>
  );
}

export function Enrolling() {
  return <Notice testid="enrolling" title={t.enrollingTitle} body={t.enrollingBody} busy />;
}

export function WaitingForLink({ terminalId }: { terminalId: string }) {
  return <Notice testid="waiting-link" title={t.waitingTitle} body={t.waitingBody(terminalId)} busy />;
}

export function TerminalUnknown({ terminalId }: { terminalId: string }) {
  return <Notice testid="terminal-unknown" title={t.unknownTitle(terminalId)} body={t.unknownBody} />;
}

export function NoServices() {
  return <Notice testid="no-services" title={t.noServicesTitle} body={t.noServicesBody} />;
}

export function StorageUnavailable({ detail }: { detail: string }) {
  return <Notice testid="storage-unavailable" title={t.storageUnavailableTitle} body={`${t.storageUnavailableBody} (${detail})`} />;
}
