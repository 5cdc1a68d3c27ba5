// What ingest must know about a terminal beyond its token: the services and reasons it may vote on.
import type { EnrolledTerminal } from '../auth/terminal-tokens';
import type { Db } from './database';

export interface TerminalContext {
  terminalId: string;
  officeId: string;
  administrationId: string;
  channel: string;
  timeZone: string;
  scale: number;
  previousScale: number | null;
  scaleChangedAt: string | null;
  firstEnrolledAt: string | null;
  /** Services of the terminal's administration that still take votes. */
  serviceIds: ReadonlySet<string>;
  /** Every reason id of the administration, archived ones included (see check-votes.ts). */
  reasonIds: ReadonlySet<string>;
}

/** The terminal itself was found (and checked live) by its token; this adds what its votes may name. */
export async function getTerminalContext(db: Db, terminal: EnrolledTerminal): Promise<TerminalContext> {
  const [services, reasons] = await Promise.all([
    db.selectFrom('services').select('id').where('administration_id', '=', terminal.administrationId).where('archived_at', 'is', null).execute(),
    db.selectFrom('reasons').select('id').where('administration_id', '=', terminal.administrationId).execute(),
  ]);
  return {
    terminalId: terminal.id,
    officeId: terminal.officeId,
    administrationId: terminal.administrationId,
    channel: terminal.channel,
    timeZone: terminal.timeZone,
    scale: terminal.scale,
    previousScale: terminal.previousScale,
    scaleChangedAt: terminal.scaleChangedAt,
    firstEnrolledAt: terminal.firstEnrolledAt,
    serviceIds: new Set(services.map((s) => s.id)),
    reasonIds: new Set(reasons.map((r) => r.id)),
  };
}
