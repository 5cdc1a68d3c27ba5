// What ingest must know about a terminal beyond its token: the services and reasons it may vote on, now and before its changes.
import type { EnrolledTerminal } from '../auth/terminal-tokens';
import type { TerminalCache } from '../auth/terminal-cache';
import type { Db } from './database';

/** What the terminal was until `at` (ms): a change of its mode (migration 035). */
export interface ModeChange {
  at: number;
  modeBefore: string;
  channelBefore: string;
}

/** A time a service was on the terminal: from `from` (ms; null: from the start) until `until` (ms). */
export interface ServicePeriod {
  from: number | null;
  until: number;
}

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
  /** The terminal's changes of mode, oldest first: a vote cast before one counts as cast in the mode before it. */
  modeChanges: readonly ModeChange[];
  /** Live services once on this counter and taken off since, with the times they were on it. */
  formerServices: ReadonlyMap<string, readonly ServicePeriod[]>;
  /** Every live service of the administration, for a counter that was once a totem (null otherwise). */
  liveServiceIds: ReadonlySet<string> | null;
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
  const counter = terminal.mode === 'counter';
  // A counter stands at one desk: its token voting for another desk's service would put a
  // stranger's figures in that service's report, so it may name only the services it is set up with.
  const counterServices = () =>
    remember(`counter-services:${terminal.id}`, async () =>
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
    );
  const [serviceIds, history, reasonIds] = await Promise.all([
    counter ? counterServices() : liveServices(),
    remember(`set-up-history:${terminal.id}`, () => setUpHistory(db, terminal)),
    remember(`reasons:${terminal.administrationId}`, async () => idSet(await db.selectFrom('reasons').select('id').where('administration_id', '=', terminal.administrationId).execute())),
  ]);
  const wasTotem = counter && history.modeChanges.some((c) => c.modeBefore === 'totem');
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
    modeChanges: history.modeChanges,
    formerServices: history.formerServices,
    liveServiceIds: wasTotem ? await liveServices() : null,
    reasonIds,
  };
}

/** The terminal's changes of mode and the live services once on it: two small reads, nothing for a terminal never changed. */
async function setUpHistory(db: Db, terminal: EnrolledTerminal): Promise<Pick<TerminalContext, 'modeChanges' | 'formerServices'>> {
  const [modes, services] = await Promise.all([
    db.selectFrom('terminal_mode_changes').select(['changed_at', 'mode_before', 'channel_before']).where('terminal_id', '=', terminal.id).orderBy('changed_at').execute(),
    db
      .selectFrom('terminal_former_services')
      .innerJoin('services', 'services.id', 'terminal_former_services.service_id')
      .select(['services.id', 'terminal_former_services.added_at', 'terminal_former_services.removed_at'])
      .where('terminal_former_services.terminal_id', '=', terminal.id)
      .where('services.administration_id', '=', terminal.administrationId)
      .where('services.archived_at', 'is', null)
      .execute(),
  ]);
  const formerServices = new Map<string, ServicePeriod[]>();
  for (const r of services) {
    const periods = formerServices.get(r.id) ?? [];
    periods.push({ from: r.added_at === null ? null : Date.parse(r.added_at), until: Date.parse(r.removed_at) });
    formerServices.set(r.id, periods);
  }
  return { modeChanges: modes.map((m) => ({ at: Date.parse(m.changed_at), modeBefore: m.mode_before, channelBefore: m.channel_before })), formerServices };
}

function idSet(rows: readonly { id: string }[]): ReadonlySet<string> {
  return new Set(rows.map((r) => r.id));
}
