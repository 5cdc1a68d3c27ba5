// Many terminals for the capacity bench: their rows written into the store before the collector starts, then each device enrolled through POST /enrolment with its pairing code (or, for memory only, given its token directly).
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { CHANNEL_OF_MODE } from '../../../server/admin/terminals/check-terminal-services';
import { PAIRING_TTL_MS } from '../../../server/auth/terminal-tokens';
import { newPairingCode, randomToken, sha256 } from '../../../server/auth/tokens';
import { apiPaths } from '../../../server/contract/api';
import { DEFAULT_SCALE } from '../../../server/contract/scale';
import type { Vote } from '../../../server/contract/vote';
import { DEMO } from '../../../server/store/seed-demo';
import { inParallel, json, request } from './load';
import type { StoreLocation } from './processes';
import type { BenchStores } from './stores';

export interface BenchTerminal {
  id: string;
  token: string;
  serviceId: string;
}

/** A terminal written into the store, waiting for its device: the pairing code staff would read off the dashboard. */
export interface PairableTerminal {
  id: string;
  code: string;
  serviceId: string;
}

const OFFICE = DEMO.offices[1]!.id;
const SERVICE = DEMO.services[0]!.id;
/** The collector allows 10 enrolments a minute from one address (server/terminals/routes.ts): each device has its own. */
const ENROLMENTS_PER_ADDRESS = 10;
/** Enrolments in flight: enough to overlap round trips; on SQLite each is its own transaction anyway. */
const ENROL_PARALLEL = 8;

/** A loopback address per group of devices (127.1.x.y), as distinct terminals on an office LAN would have. */
export function deviceAddress(i: number): string {
  const k = Math.floor(i / ENROLMENTS_PER_ADDRESS);
  return `127.1.${Math.floor(k / 250)}.${(k % 250) + 1}`;
}

/**
 * Writes n counter terminals of a demo office into a store that no collector has open yet, in a
 * few transactions: creating them through the admin API would cost two fsync'd transactions
 * each on SQLite (minutes for thousands), set-up that measures nothing. `withToken` also gives
 * each one a device token (the idle-sockets measurement); otherwise each gets a pairing code.
 */
export async function writeTerminals(stores: BenchStores, location: StoreLocation, n: number, prefix: string, withToken: boolean): Promise<(PairableTerminal & { token: string })[]> {
  const at = new Date();
  const expires = new Date(at.getTime() + PAIRING_TTL_MS).toISOString();
  const terminals = Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i + 1}`, code: newPairingCode(), token: withToken ? randomToken() : '', serviceId: SERVICE }));
  const store = await stores.open(location);
  try {
    for (let i = 0; i < n; i += 500) {
      const chunk = terminals.slice(i, i + 500);
      await store.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('terminals')
          .values(
            chunk.map((t) => ({
              id: t.id,
              office_id: OFFICE,
              name: t.id,
              mode: 'counter' as const,
              channel: CHANNEL_OF_MODE.counter,
              scale: DEFAULT_SCALE,
              archived_at: null,
              created_at: at.toISOString(),
              ...(withToken ? { token_hash: sha256(t.token), enrolled_at: at.toISOString() } : { pairing_hash: sha256(t.code), pairing_expires_at: expires }),
            })),
          )
          .execute();
        await trx.insertInto('terminal_services').values(chunk.map((t) => ({ terminal_id: t.id, service_id: t.serviceId, position: 0 }))).execute();
      });
    }
  } finally {
    await store.close();
  }
  return terminals;
}

/** Each device redeems its pairing code through POST /enrolment from its own address, as a kiosk does on first start. */
export async function enrol(url: string, terminals: readonly PairableTerminal[]): Promise<BenchTerminal[]> {
  const agent = new http.Agent({ keepAlive: false });
  try {
    return await inParallel(terminals, ENROL_PARALLEL, async (t, i) => {
      const answer = await request(agent, { url, path: apiPaths.enrolment, body: JSON.stringify({ code: t.code }), localAddress: deviceAddress(i) });
      const enrolled = json<{ terminalId: string; token: string }>(answer, 'POST /enrolment');
      return { id: enrolled.terminalId, token: enrolled.token, serviceId: t.serviceId };
    });
  } finally {
    agent.destroy();
  }
}

const FACES = ['positivo', 'positivo', 'sufficiente', 'positivo', 'negativo'] as const;

/** n fresh votes of a terminal, cast evenly over the `spanMs` before now, as a queue holds them after an outage. */
export function queuedVotes(terminal: Pick<BenchTerminal, 'serviceId'>, n: number, spanMs = 3_600_000, at = Date.now()): Vote[] {
  return Array.from({ length: n }, (_, i) => {
    const face = FACES[i % FACES.length]!;
    return {
      id: randomUUID(),
      serviceId: terminal.serviceId,
      face,
      reasons: [],
      followUp: face === 'negativo' ? 'skipped' : 'not-asked',
      castAt: new Date(at - ((n - i) * spanMs) / Math.max(1, n)).toISOString(),
    };
  });
}

export const voteHeaders = (token: string) => ({ authorization: `Bearer ${token}` });
