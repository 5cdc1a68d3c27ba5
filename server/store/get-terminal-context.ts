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
  /** The channel before the last change of mode, and when it changed: a vote cast before is counted in it. */
  previousChannel: string | null;
  modeChangedAt: string | null;
  firstEnrolledAt: string | null;
  /**
   * Services that still take votes from this terminal: a totem's, any live service of its
   * administration (its list may have changed while it was offline); a counter's, only its own.
   */
  serviceIds: ReadonlySet<string>;
  /**
   * Live services the terminal took votes for until a moment, by id: a counter's services taken
   * off it, and, for a counter that was a totem, every other live service of its administration
   * until the change of mode. A vote cast before that moment may still name them (check-votes.ts).
   */
  formerServices: ReadonlyMap<string, string>;
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
  const liveServices = () =>
    remember(`live-services:${terminal.administrationId}`, async () =>
      idSet(await db.selectFrom('services').select('services.id').where('services.administration_id', '=', terminal.administrationId).where('services.archived_at', 'is', null).execute()),
    );
  // A counter stands at one desk: its token voting for another desk's service would put a
  // stranger's figures in that service's report, so it may name only the services it is set up with.
  const counterServices = () =>
    remember(`counter-services:${terminal.id}`, async () => {
      const [current, former] = await Promise.all([
        db
          .selectFrom('services')
          .innerJoin('terminal_services', 'terminal_services.service_id', 'services.id')
          .select('services.id')
          .where('services.administration_id', '=', terminal.administrationId)
          .where('services.archived_at', 'is', null)
          .where('terminal_services.terminal_id', '=', terminal.id)
          .execute(),
        db
          .selectFrom('terminal_former_services')
          .innerJoin('services', 'services.id', 'terminal_former_services.service_id')
          .select(['services.id', 'terminal_former_services.removed_at'])
          .where('services.administration_id', '=', terminal.administrationId)
          .where('services.archived_at', 'is', null)
          .where('terminal_former_services.terminal_id', '=', terminal.id)
          .execute(),
      ]);
      return { current: idSet(current), former: new Map(former.map((r) => [r.id, r.removed_at] as const)) };
    });
  const counter = terminal.mode === 'counter';
  const wasTotem = counter && terminal.previousMode === 'totem' && terminal.modeChangedAt !== null;
  const [services, everyLiveService, reasonIds] = await Promise.all([
    counter ? counterServices() : liveServices().then((current) => ({ current, former: new Map<string, string>() })),
    wasTotem ? liveServices() : null,
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
    previousChannel: terminal.previousChannel,
    modeChangedAt: terminal.modeChangedAt,
    firstEnrolledAt: terminal.firstEnrolledAt,
    serviceIds: services.current,
    formerServices: everyLiveService ? withTotemDays(services.former, everyLiveService, services.current, terminal.modeChangedAt!) : services.former,
    reasonIds,
  };
}

/** A former totem took any live service until it became a counter; a service taken off later keeps its later time. */
function withTotemDays(former: ReadonlyMap<string, string>, live: ReadonlySet<string>, current: ReadonlySet<string>, until: string): ReadonlyMap<string, string> {
  const all = new Map(former);
  for (const id of live) {
    if (current.has(id)) continue;
    const kept = all.get(id);
    if (kept === undefined || Date.parse(kept) < Date.parse(until)) all.set(id, until);
  }
  return all;
}

function idSet(rows: readonly { id: string }[]): ReadonlySet<string> {
  return new Set(rows.map((r) => r.id));
}
