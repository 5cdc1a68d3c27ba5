// The terminals of an office: status, last contact, health and a wrong clock, create and edit, pair with a code and QR, revoke, archive.
import { useEffect, useState } from 'preact/hooks';
import type { Office, Service, Terminal } from '../../../server/contract/admin';
import { SILENT_AFTER_MINUTES } from '../../../server/contract/silent-terminal';
import type { Grant, PairingCode } from '../../../server/contract/auth';
import { archiveTerminal, issuePairingCode, listOffices, listServices, listTerminals, revokeTerminal } from '../admin-api';
import { NamedOptions } from '../components/form-field';
import { allows } from '../grants';
import { A, MODE_LABEL, TERMINAL_STATUS_LABEL } from './admin-labels';
import { ArchiveButton, ConfirmButton, reloadAfter } from './confirm-button';
import { formatWhen } from './format-when';
import { DataTable, EditButton, ListToolbar, Loading, LoadError } from './list-parts';
import { PairingPanel } from './pairing-panel';
import { TerminalForm } from './terminal-form';
import { TerminalsNeedingAttention } from './terminals-attention';
import { ClockNotice, HealthCell } from './terminal-health';
import { terminalStatus } from './terminal-status';
import { useEditor } from './use-editor';
import { messageOf, useLoad } from './use-load';

/** While a pairing code is on screen, look for the terminal having used it this often. */
const PAIRING_POLL_MS = 4_000;
/**
 * Terminals send a heartbeat every minute: the list is read again as often while it is on screen, so
 * a terminal that falls silent is flagged, and its last contact moves, without a reload.
 */
export const HEALTH_REFRESH_MS = 60_000;

interface Props {
  administrationId: string;
  grants: readonly Grant[];
}

export function TerminalsPage({ administrationId, grants }: Props) {
  const offices = useLoad((signal) => listOffices(administrationId, signal), administrationId);
  const services = useLoad((signal) => listServices(administrationId, signal), administrationId);
  const mine = (o: Office) => !o.archivedAt && allows(grants, 'terminals:manage', { kind: 'office', administrationId, officeId: o.id });
  const choices = offices.data?.filter(mine) ?? [];
  const [chosen, setChosen] = useState<string>();
  const officeId = choices.find((o) => o.id === chosen)?.id ?? choices[0]?.id;

  if (offices.error) return <LoadError error={offices.error} onRetry={offices.reload} />;
  if (!offices.data) return <Loading />;
  if (choices.length === 0) return <p class="card note">{A.noOffices}</p>;

  // Someone who manages the terminals of the whole administration sees first those that need looking at, in every office.
  const wholeAdministration = choices.length > 1 && allows(grants, 'terminals:manage', { kind: 'administration', administrationId });
  const openOffice = (id: string) => {
    setChosen(id);
    document.getElementById('terminal-office')?.focus();
  };

  return (
    <>
      {wholeAdministration && <TerminalsNeedingAttention administrationId={administrationId} refreshMs={HEALTH_REFRESH_MS} onOpenOffice={openOffice} />}
      {choices.length === 1 && <p class="subtitle">{`${A.office}: ${choices[0]!.name}`}</p>}
      {choices.length > 1 && (
        <div class="toolbar">
          <div class="field">
            <label for="terminal-office">{A.office}</label>
            <select id="terminal-office" data-testid="terminal-office" value={officeId} onChange={(e) => setChosen(e.currentTarget.value)}>
              <NamedOptions items={choices} />
            </select>
          </div>
        </div>
      )}
      {services.error ? <LoadError error={services.error} onRetry={services.reload} /> : null}
      {officeId && <OfficeTerminals key={officeId} officeId={officeId} services={services.data ?? []} />}
    </>
  );
}

function OfficeTerminals({ officeId, services }: { officeId: string; services: readonly Service[] }) {
  const terminals = useLoad((signal) => listTerminals(officeId, signal), officeId);
  const editor = useEditor<Terminal>(terminals.reload);
  const [pairing, setPairing] = useState<{ terminal: Terminal; code: PairingCode }>();
  const [actionError, setActionError] = useState<string>();
  const live = services.filter((s) => !s.archivedAt);
  const nameOf = (id: string) => services.find((s) => s.id === id)?.name ?? id;

  const pair = async (terminal: Terminal) => {
    setActionError(undefined);
    try {
      setPairing({ terminal, code: await issuePairingCode(terminal.id) });
    } catch (err) {
      setActionError(messageOf(err));
    }
  };

  // The manager holds the tablet in one hand: tell them when it took the code, without a reload.
  const pairingId = pairing?.terminal.id;
  useEffect(() => {
    if (!pairingId) return;
    const timer = setInterval(terminals.reload, PAIRING_POLL_MS);
    return () => clearInterval(timer);
  }, [pairingId]);
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') terminals.reload();
    }, HEALTH_REFRESH_MS);
    return () => clearInterval(timer);
  }, [terminals.reload]);
  // Paired: the terminal now holds a token newer than the one it had when the code was issued.
  const now = pairing && terminals.data?.find((x) => x.id === pairing.terminal.id);
  const paired = !!now && terminalStatus(now) === 'enrolled' && now.enrolledAt !== pairing!.terminal.enrolledAt;

  return (
    <>
      <ListToolbar newLabel={A.newTerminal} newTestId="terminal-new" onNew={editor.startNew} />
      {editor.open && <TerminalForm key={editor.key} officeId={officeId} terminal={editor.item} services={live} onDone={editor.done} />}
      {pairing && (
        <PairingPanel
          terminalName={pairing.terminal.name}
          pairing={pairing.code}
          paired={paired}
          onNewCode={() => pair(pairing.terminal)}
          onClose={() => setPairing(undefined)}
        />
      )}
      {actionError && (
        <p class="card error" role="alert">
          {actionError}
        </p>
      )}
      {terminals.error ? <LoadError error={terminals.error} onRetry={terminals.reload} /> : null}
      {terminals.data && terminals.data.length === 0 && <p class="card note">{A.noTerminals}</p>}
      {terminals.data && terminals.data.length > 0 && <p class="muted small-text">{A.silentNote(SILENT_AFTER_MINUTES)}</p>}
      {terminals.data && terminals.data.length > 0 && (
        <DataTable headers={[A.name, A.mode, A.status, A.lastSeen, A.health, A.actions]} testId="terminal-table">
          {terminals.data.map((t) => {
            const status = terminalStatus(t);
            return (
              <tr key={t.id} data-testid="terminal-row" data-terminal-id={t.id} data-status={status} class={t.archivedAt ? 'is-archived' : undefined}>
                <td>
                  <strong>{t.name}</strong>
                  <div class="muted small-text">{t.serviceIds.map(nameOf).join(' · ')}</div>
                </td>
                <td>{MODE_LABEL[t.mode] ?? t.mode}</td>
                <td>
                  <span class={`status status-${status}`} data-testid="terminal-status">
                    {TERMINAL_STATUS_LABEL[status]}
                  </span>
                </td>
                <td>{t.lastSeenAt ? formatWhen(t.lastSeenAt) : A.never}</td>
                <td>
                  <HealthCell health={t.health} />
                  {/* An archived terminal sends nothing more: no clock left to set. */}
                  {t.redated && status !== 'archived' && <ClockNotice redated={t.redated} />}
                </td>
                <td class="row-actions">
                  {status !== 'archived' && (
                    <>
                      <button type="button" class="primary" data-testid="terminal-pair" onClick={() => pair(t)}>
                        {A.pair}
                        <span class="visually-hidden">{` ${t.name}`}</span>
                      </button>
                      <EditButton testId="terminal-edit" onClick={() => editor.edit(t)} name={t.name} />
                      {status === 'enrolled' && (
                        <ConfirmButton label={A.revoke} itemName={t.name} question={A.confirmRevoke(t.name)} testId="terminal-revoke" onConfirm={async () => (await revokeTerminal(t.id), terminals.reload())} />
                      )}
                      <ArchiveButton
                        name={t.name}
                        testId="terminal-archive"
                        also={A.archiveTerminalAlso(t.health?.pending ?? 0)}
                        onArchive={() =>
                          reloadAfter(async () => {
                            await archiveTerminal(t.id, t.version);
                            if (pairing?.terminal.id === t.id) setPairing(undefined);
                          }, terminals.reload)
                        }
                        stale="terminal"
                      />
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </>
  );
}
