// npm run chaos: the long chaos run, on SQLite and on PostgreSQL; exits 1 if any acknowledged vote or rollup is off.
// CHAOS_SEED repeats a run's random choices (not the timing of the processes); CHAOS_STORES (sqlite,postgres), CHAOS_SECONDS, CHAOS_KILLS, CHAOS_TERMINALS, CHAOS_KIOSKS size it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFrontEnd } from '../../server/build-front-end';
import { runChaos } from './chaos-run';
import type { StoreKind } from './chaos-store';

const number = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not "${raw}"`);
  return n;
};

async function main(): Promise<void> {
  const seed = number('CHAOS_SEED', Math.floor(Math.random() * 2 ** 31));
  const stores = (process.env.CHAOS_STORES ?? 'sqlite,postgres').split(',').map((s) => s.trim()) as StoreKind[];
  for (const s of stores) if (s !== 'sqlite' && s !== 'postgres') throw new Error(`CHAOS_STORES: unknown store "${s}" (sqlite, postgres)`);
  console.log(`chaos seed ${seed} (CHAOS_SEED=${seed} repeats its random choices)`);
  const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-chaos-dist-'));
  let failed = false;
  try {
    console.log('building the terminal and the dashboard...');
    await buildFrontEnd(distDir);
    for (const store of stores) {
      const started = Date.now();
      const report = await runChaos({
        store,
        seed,
        distDir,
        httpTerminals: number('CHAOS_TERMINALS', 24),
        kioskPages: number('CHAOS_KIOSKS', 3),
        votingMs: number('CHAOS_SECONDS', 90) * 1000,
        kills: number('CHAOS_KILLS', 10),
        drainMs: 180_000,
        log: (line) => console.log(line),
      });
      console.log(`${report.summary}\n  (${Math.round((Date.now() - started) / 1000)} s)`);
      if (report.problems.length > 0) failed = true;
    }
  } finally {
    fs.rmSync(distDir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
