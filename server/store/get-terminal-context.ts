// Looks up what ingest must know about a terminal: its office, channel and what it may vote on.
import type { Db } from './database';

export interface TerminalContext {
  terminalId: string;
  officeId: string;
  administrationId: string;
  channel: string;
  timeZone: string;
  /** Services of the terminal's administration that still take votes. */
  serviceIds: ReadonlySet<string>;
  /** Every reason id of the administration, archived ones included (see check-votes.ts). */
  reasonIds: ReadonlySet<string>;
}

/** null when the terminal does not exist, or it or its office was archived. */
export async function getTerminalContext(db: Db, terminalId: string): Promise<TerminalContext | null> {
  const terminal = await db
    .selectFrom('terminals')
    .innerJoin('offices', 'offices.id', 'terminals.office_id')
    .select(['terminals.id', 'terminals.office_id', 'terminals.channel', 'offices.time_zone', 'offices.administration_id'])
    .where('terminals.id', '=', terminalId)
    .where('terminals.archived_at', 'is', null)
    .where('offices.archived_at', 'is', null)
    .executeTakeFirst();
  if (!terminal) return null;
  const [services, reasons] = await Promise.all([
    db
      .selectFrom('services')
      .select('id')
      .where('administration_id', '=', terminal.administration_id)
      .where('archived_at', 'is', null)
      .execute(),
    db.selectFrom('reasons').select('id').where('administration_id', '=', terminal.administration_id).execute(),
  ]);
  return {
    terminalId: terminal.id,
    officeId: terminal.office_id,
    administrationId: terminal.administration_id,
    channel: terminal.channel,
    timeZone: terminal.time_zone,
    serviceIds: new Set(services.map((s) => s.id)),
    reasonIds: new Set(reasons.map((r) => r.id)),
  };
}
