// The chaos suite, short: the collector process killed with SIGKILL while HTTP terminals and a real kiosk page
// vote through faults; every acknowledged vote stored once and every rollup equal to what was cast, on both stores.
// The long run is `npm run chaos` (tests/chaos/main.ts); CHAOS_SEED repeats a run's random choices here too (the timing of processes differs).
import { describe, expect, inject, it } from 'vitest';
import { runChaos } from '../chaos/chaos-run';
import type { StoreKind } from '../chaos/chaos-store';

const seed = Number(process.env.CHAOS_SEED) || Math.floor(Math.random() * 2 ** 31);

describe('chaos, short run (seed printed; CHAOS_SEED repeats its random choices)', () => {
  for (const store of ['sqlite', 'postgres'] as StoreKind[]) {
    it(`on ${store}: two SIGKILLs (the first aimed at a batch in flight), reloads and offline windows lose and double-count nothing`, { timeout: 240_000 }, async () => {
      console.log(`chaos on ${store}: seed ${seed} (CHAOS_SEED=${seed} repeats its random choices)`);
      const report = await runChaos({ store, seed, distDir: inject('distDir'), httpTerminals: 6, kioskPages: 1, votingMs: 8_000, kills: 2, drainMs: 120_000, log: (line) => console.log(line) });
      console.log(report.summary);
      expect(report.problems).toEqual([]);
      expect(report.faults.kills).toBe(2);
      expect(report.faults.reloads).toBeGreaterThan(0);
      expect(report.faults.offline).toBeGreaterThan(0);
      // The check compares something: votes were cast, on the kiosk page too, and some came from clocks hours off.
      expect(report.cast).toBeGreaterThan(50);
      expect(report.castOnKiosks).toBeGreaterThan(0);
      expect(report.stored).toBe(report.cast);
      expect(report.counted).toBe(report.cast);
    });
  }
});
