// What ingest must know about a terminal beyond its token: the services and reasons it may vote on.
import type { EnrolledTerminal } from '../auth/terminal-tokens';
import type { Db } from './database';

export interface TerminalContext {
  terminalId: string;
  officeId: string;
  administrationId: string;
  channel: string;
  mode: string;
  timeZone: string;
  scale: number;
  previousScale: number | null;
  scaleChangedAt: string | null;
  firstEnrolledAt: string | null;
  /**
   * Services that still take votes from this terminal: a totem's, any live service of its
   * administration (its list may have changed while it was offline); a counter's, only its own.
   */
  serviceIds: ReadonlySet<string>;
  /** Every reason id of the administration, archived ones included (see check-votes.ts). */
  reasonIds: ReadonlySet<string>;
}

/** The terminal itself was found (and checked live) by its token; this adds what its votes may name. */
export async function getTerminalContext(db: Db, terminal: EnrolledTerminal): Promise<TerminalContext> {
  // A counter stands at one desk: its token voting for another desk's service would put a
  // stranger's figures in that service's report, so it may name only the services it is set up with.
  let services = db.selectFrom('services').select('services.id').where('services.administration_id', '=', terminal.administrationId).where('services.archived_at', 'is', null);
  if (terminal.mode === 'counter') services = services.innerJoin('terminal_services', 'terminal_services.service_id', 'services.id').where('terminal_services.terminal_id', '=', terminal.id);
  const [serviceRows, reasons] = await Promise.all([
    services.execute(),
    db.selectFrom('reasons').select('id').where('administration_id', '=', terminal.administrationId).execute(),
  ]);
  return {
    terminalId: terminal.id,
    officeId: terminal.officeId,
    administrationId: terminal.administrationId,
    channel: terminal.channel,
    mode: terminal.mode,
    timeZone: terminal.timeZone,
    scale: terminal.scale,
    previousScale: terminal.previousScale,
    scaleChangedAt: terminal.scaleChangedAt,
    firstEnrolledAt: terminal.firstEnrolledAt,
    serviceIds: new Set(serviceRows.map((s) => s.id)),
    reasonIds: new Set(reasons.map((r) => r.id)),
  };
}
