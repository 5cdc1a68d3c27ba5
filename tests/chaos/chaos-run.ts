// One chaos run: a real collector process killed with SIGKILL and restarted while simulated terminals and real
// kiosk pages vote through offline windows, resends, duplicates, reorderings, reloads and clocks hours off.
import { chromium, type Browser } from 'playwright-core';
import { issuePairingCode, redeemPairingCode } from '../../server/auth/terminal-tokens';
import { apiPaths } from '../../server/contract/api';
import { DEFAULT_SCALE } from '../../server/contract/scale';
import { seededRandom, type Random } from '../../server/demo/random';
import type { Db } from '../../server/store/database';
import { DEMO, seedDemo } from '../../server/store/seed-demo';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../vitest.config';
import { chaosStore, type StoreKind } from './chaos-store';
import { bundleServer } from '../server/helpers/server-bundle';
import { collectorProcess, freePort, type CollectorProcess } from './collector-process';
import { Faults, sleep } from './faults';
import { HttpTerminal, type TerminalSetup } from './http-terminal';
import { KioskTerminal } from './kiosk-terminal';
import { verify, type Counted } from './verify';

export interface ChaosOptions {
  store: StoreKind;
  seed: number;
  /** Built terminal and dashboard (DIST_DIR): the kiosk pages load from the collector. */
  distDir: string;
  httpTerminals: number;
  kioskPages: number;
  /** How long terminals vote; the run then waits until every vote is delivered. */
  votingMs: number;
  /** SIGKILLs spread over the voting time. */
  kills: number;
  /** How long every terminal may take to deliver what it holds once voting stops. */
  drainMs?: number;
  log?: (line: string) => void;
}

export interface ChaosReport extends Counted {
  store: StoreKind;
  seed: number;
  cast: number;
  castOnKiosks: number;
  acknowledged: number;
  conflictsRefused: number;
  faults: Faults['counts'];
  /** The collector's exit code on the final SIGTERM (0: a clean stop). */
  finalExit: number | null;
  summary: string;
}

const OFFICES = DEMO.offices.map((o) => o.id);
const SERVICES = DEMO.services.map((s) => s.id);
const KIOSK_SERVICE = DEMO.services[0]!.id;

/** Terminals of the chaos run, in the demo comune, without misuse thresholds: they vote faster than citizens can. */
async function addTerminals(db: Db, ids: { id: string; officeId: string; services: readonly string[] }[], at: Date): Promise<void> {
  for (const t of ids) {
    await db
      .insertInto('terminals')
      .values({ id: t.id, office_id: t.officeId, name: t.id, mode: t.services.length > 1 ? 'totem' : 'counter', channel: t.services.length > 1 ? 'totem' : 'sportello', scale: DEFAULT_SCALE, archived_at: null, created_at: at.toISOString(), min_interval_seconds: 0, burst_per_minute: 1_000_000 })
      .execute();
    await db.insertInto('terminal_services').values(t.services.map((service_id, position) => ({ terminal_id: t.id, service_id, position }))).execute();
  }
}

async function enrol(url: string, code: string): Promise<string> {
  const res = await fetch(`${url}${apiPaths.enrolment}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  if (res.status !== 200) throw new Error(`enrolment answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/** Kills at random moments, the first and about half the others aimed at a batch in flight; each time a restart after a random pause. */
async function killer(collector: CollectorProcess, o: ChaosOptions, rnd: Random, faults: Faults): Promise<void> {
  const gap = o.votingMs / (o.kills + 1);
  // All of them, even when restarts outlast the voting: a kill while terminals deliver their backlog is chaos too.
  for (let k = 0; k < o.kills; k++) {
    await sleep(gap * (0.5 + rnd.next()));
    if (k === 0 || rnd.chance(0.5)) {
      // Wait for a batch on the wire, then strike within a few ms: between its arrival and its commit, or its answer.
      const until = Date.now() + 2000;
      while (faults.inFlight === 0 && Date.now() < until) await sleep(1);
      await sleep(rnd.int(15));
    }
    const inFlight = faults.inFlight;
    await collector.kill();
    faults.add('kills');
    if (inFlight > 0) faults.add('killsMidBatch');
    o.log?.(`  SIGKILL ${faults.counts.kills} (${inFlight} batches in flight)`);
    await sleep(100 + rnd.int(1500));
    await collector.start();
  }
}

export async function runChaos(o: ChaosOptions): Promise<ChaosReport> {
  const log = o.log ?? (() => undefined);
  let mark = Date.now();
  /** How long each step took: restarts dominate on busy cores. */
  const phase = (what: string) => {
    log(`  ${what} (${((Date.now() - mark) / 1000).toFixed(1)} s)`);
    mark = Date.now();
  };
  const rnd = seededRandom(o.seed);
  const faults = new Faults();
  const store = await chaosStore(o.store);
  let collector: CollectorProcess | null = null;
  let browser: Browser | null = null;
  const kiosks: KioskTerminal[] = [];
  try {
    const port = await freePort();
    collector = collectorProcess(await bundleServer('server/main.ts'), { ...store.env, DIST_DIR: o.distDir, TERMINAL_RATE_LIMIT: '1000000' }, port);
    // The first start migrates the empty store.
    await collector.start();
    phase('collector started, store migrated');
    const { url } = collector;

    const setup = await store.open();
    const http: HttpTerminal[] = [];
    try {
      await seedDemo(setup.db);
      const reasons = (await setup.db.selectFrom('reasons').select('id').where('administration_id', '=', DEMO.administration.id).where('archived_at', 'is', null).execute()).map((r) => r.id);
      const httpIds = Array.from({ length: o.httpTerminals }, (_, i) => ({ id: `chaos-http-${i + 1}`, officeId: OFFICES[i % OFFICES.length]!, services: i % 2 === 0 ? SERVICES : [SERVICES[i % SERVICES.length]!] }));
      const kioskIds = Array.from({ length: o.kioskPages }, (_, i) => ({ id: `chaos-kiosk-${i + 1}`, officeId: OFFICES[i % OFFICES.length]!, services: [KIOSK_SERVICE] }));
      await addTerminals(setup.db, [...httpIds, ...kioskIds], new Date());
      for (const [i, t] of httpIds.entries()) {
        const { code } = await issuePairingCode(setup.db, t.id, new Date());
        // Two through the real route; the rest redeem their codes as that route does, in the store:
        // enrolment allows 10 a minute per address (people typing codes), and the kiosk pages need theirs.
        const token = i < 2 ? await enrol(url, code) : (await redeemPairingCode(setup.db, code, new Date()))!.token;
        const terminal: TerminalSetup = { ...t, reasons, token };
        http.push(new HttpTerminal(terminal, url, seededRandom(rnd.int(2 ** 31)), faults));
      }
      if (o.kioskPages > 0) {
        browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
        for (const t of kioskIds) {
          const kiosk = new KioskTerminal(t.id, t.officeId, KIOSK_SERVICE, reasons, seededRandom(rnd.int(2 ** 31)), faults);
          await kiosk.open(browser, url, (await issuePairingCode(setup.db, t.id, new Date())).code);
          kiosks.push(kiosk);
        }
      }
    } finally {
      await setup.close();
    }
    phase('terminals enrolled, kiosk pages open');

    log(`  ${http.length} HTTP terminals and ${kiosks.length} kiosk pages voting for ${Math.round(o.votingMs / 1000)} s with ${o.kills} SIGKILLs`);
    // Failures surface when the run is awaited below, not as unhandled rejections while it sleeps.
    const later = <T>(p: Promise<T>) => (p.catch(() => undefined), p);
    const runs = [...http.map((t) => later(t.run())), ...kiosks.map((k) => later(k.run()))];
    const kills = later(killer(collector, o, rnd, faults));
    await sleep(o.votingMs);
    for (const t of [...http, ...kiosks]) t.stop();

    // Every terminal now delivers what it holds, however long its backoff.
    const drainMs = o.drainMs ?? 120_000;
    const drained = Promise.all([...runs, kills.then(() => Promise.all(kiosks.map((k) => k.drain(drainMs))))]);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`terminals still held ${http.reduce((n, t) => n + t.pending, 0)} votes after ${drainMs} ms of delivery`)), drainMs);
    });
    await Promise.race([drained, timeout]).finally(() => clearTimeout(timer));
    phase('voting, kills and delivery done');

    const finalExit = await collector.stop();
    const check = await store.open();
    let counted: Counted;
    try {
      counted = await verify(check.db, http, kiosks);
    } finally {
      await check.close();
    }
    phase('stopped and checked');
    if (finalExit !== 0) counted.problems.push(`the collector stopped with exit code ${finalExit} on SIGTERM`);

    const castOnKiosks = kiosks.reduce((n, k) => n + k.cast, 0);
    const cast = http.reduce((n, t) => n + t.cast.size, 0) + castOnKiosks;
    const acknowledged = http.reduce((n, t) => n + t.acked.size, 0);
    const conflictsRefused = http.reduce((n, t) => n + t.conflictsCaught, 0);
    const summary = [
      `chaos on ${o.store} (seed ${o.seed}; CHAOS_SEED=${o.seed} repeats its random choices, not the timing of processes):`,
      `  ${cast} votes cast (${cast - castOnKiosks} by ${http.length} HTTP terminals, ${castOnKiosks} on ${kiosks.length} kiosk pages), ${acknowledged + castOnKiosks} acknowledged, ${counted.stored} stored, ${counted.counted} counted (${counted.redated} re-dated), ${counted.flagged} flagged`,
      `  faults: ${faults.summary()}; ${conflictsRefused} refusals of tampered ids; ${collector.starts} collector starts`,
      counted.problems.length === 0 ? '  held: every vote acknowledged is stored once, as cast, and every rollup equals a recount' : `  FAILED: ${counted.problems.length} problems:\n    ${counted.problems.slice(0, 30).join('\n    ')}`,
    ].join('\n');
    return { store: o.store, seed: o.seed, cast, castOnKiosks, acknowledged, conflictsRefused, faults: faults.counts, finalExit, summary, ...counted };
  } finally {
    for (const k of kiosks) await k.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await collector?.kill();
    await store.remove();
  }
}
