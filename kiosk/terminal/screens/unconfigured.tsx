// Screens for staff when the terminal cannot take votes yet: no code, no configuration, unknown code.
import { t } from '../../ui/i18n';

function Notice({ title, body, testid, busy }: { title: string; body: string; testid: string; busy?: boolean }) {
  return (
    <main class="screen screen-notice" data-testid={testid} aria-busy={busy}>
      <h1>{title}</h1>
      <p class="hint">{body}</p>
    </main>
  );
}

export function Unconfigured() {
  return <Notice testid="unconfigured" title={t.unconfiguredTitle} body={t.unconfiguredBody} />;
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
