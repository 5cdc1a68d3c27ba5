// What ingest must know about a terminal beyond its token: the services and reasons it may vote on.
import type { EnrolledTerminal } from '../auth/terminal-tokens';
import type { TerminalCache } from '../auth/terminal-cache';
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

/**
 * The terminal itself was found (and checked live) by its token; this adds what its votes may name.
 * With a cache (POST /votes), the lists are shared for the cache's TTL: a totem's by every
 * terminal of its administration, a counter's by its own requests.
 */
export async function getTerminalContext(db: Db, terminal: EnrolledTerminal, cache?: TerminalCache): Promise<TerminalContext> {
  const remember = <T>(key: string, load: () => Promise<T>): Promise<T> => (cache ? cache.remember(key, load) as Promise<T> : load());
  // A counter stands at one desk: its token voting for another desk's service would put a
  // stranger's figures in that service's report, so it may name only the services it is set up with.
  const [serviceIds, reasonIds] = await Promise.all([
    terminal.mode === 'counter'
      ? remember(`counter-services:${terminal.id}`, async () =>
          idSet(
            await db
              .selectFrom('services')
              .innerJoin('terminal_services', 'terminal_services.service_id', 'services.id')
              .select('services.id')
              .where('services.administration_id', '=', terminal.administrationId)
              .where('services.archived_at', 'is', null)
              .where('terminal_services.terminal_id', '=', terminal.id)
              .execute(),
          ),
        )
      : remember(`live-services:${terminal.administrationId}`, async () =>
          idSet(await db.selectFrom('services').select('services.id').where('services.administration_id', '=', terminal.administrationId).where('services.archived_at', 'is', null).execute()),
        ),
    remember(`reasons:${terminal.administrationId}`, async () => idSet(await db.selectFrom('reasons').select('id').where('administration_id', '=', terminal.administrationId).execute())),
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
    serviceIds,
    reasonIds,
  };
}

function idSet(rows: readonly { id: string }[]): ReadonlySet<string> {
  return new Set(rows.map((r) => r.id));
}
