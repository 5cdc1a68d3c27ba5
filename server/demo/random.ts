// A small seeded random generator (sfc32) with the draws synthetic votes need: the same seed gives the same history.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Whole number in [0, n). */
  int(n: number): number;
  chance(p: number): boolean;
  /** One item, by weight when weights are given. */
  pick<T>(items: readonly T[], weights?: readonly number[]): T;
  /** Events in a span whose mean is `mean`. */
  poisson(mean: number): number;
  /** Successes of n tries with probability p each. */
  binomial(n: number, p: number): number;
  /** A version-4 UUID, as a terminal's crypto.randomUUID() makes them, but repeatable. */
  uuid(): string;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** sfc32 (Chris Doty-Humphrey's Small Fast Counter): 128 bits of state, passes PractRand; plenty for synthetic data. */
export function seededRandom(seed: number): Random {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const u32 = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  // The first outputs still echo the seed: discard them.
  for (let i = 0; i < 15; i++) u32();
  const next = () => u32() / 4294967296;
  const normal = () => {
    const u = 1 - next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  const hex = (n: number) => HEX[(n >>> 24) & 0xff]! + HEX[(n >>> 16) & 0xff]! + HEX[(n >>> 8) & 0xff]! + HEX[n & 0xff]!;

  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[], weights?: readonly number[]): T {
      if (!weights) return items[Math.floor(next() * items.length)]!;
      let total = 0;
      for (const w of weights) total += w;
      let x = next() * total;
      for (let i = 0; i < items.length; i++) {
        x -= weights[i]!;
        if (x < 0) return items[i]!;
      }
      return items[items.length - 1]!;
    },
    poisson(mean) {
      if (mean <= 0) return 0;
      // Knuth's product of uniforms is exact but costs O(mean): past 40 the normal approximation is close enough.
      if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
      const limit = Math.exp(-mean);
      let k = 0;
      let p = next();
      while (p > limit) {
        k += 1;
        p *= next();
      }
      return k;
    },
    binomial(n, p) {
      if (n <= 0 || p <= 0) return 0;
      if (n > 200) return Math.min(n, Math.max(0, Math.round(n * p + Math.sqrt(n * p * (1 - p)) * normal())));
      let k = 0;
      for (let i = 0; i < n; i++) if (next() < p) k += 1;
      return k;
    },
    uuid() {
      const a = u32();
      const b = ((u32() & 0xffff0fff) | 0x00004000) >>> 0;
      const c = ((u32() & 0x3fffffff) | 0x80000000) >>> 0;
      const d = hex(u32());
      const hb = hex(b);
      const hc = hex(c);
      return `${hex(a)}-${hb.slice(0, 4)}-${hb.slice(4)}-${hc.slice(0, 4)}-${hc.slice(4)}${d}`;
    },
  };
}
