// The shape of a national-scale installation: administrations, offices, services and terminals, skewed as
// the programme was in 2012 (a few large city offices, many small ones). Pure: the same seed, the same shape.
import type { Random } from '../../../server/demo/random';

/** Bump when the generator or the write path changes what lands in the file: the cached file is then rebuilt. */
export const GENERATOR_VERSION = 1;
export const SEED = 2012;
export const TOTAL_VOTES = 10_000_000;
export const OFFICE_COUNT = 760;
export const TERMINAL_COUNT = 3000;
export const FIRST_DAY = '2023-01-01';
export const LAST_DAY = '2025-12-31';
/** The largest office, a city registry office, holds this share of every vote (about a million). */
export const LARGEST_OFFICE_SHARE = 0.1;
export const TIME_ZONE = 'Europe/Rome';

export interface BenchService {
  id: string;
  name: string;
  /** Positive, neutral, negative. */
  mood: [number, number, number];
}

export interface BenchTerminal {
  id: string;
  officeId: string;
  mode: 'counter' | 'totem';
  channel: 'sportello' | 'totem' | 'web' | 'telefono';
  scale: 3 | 5;
  services: string[];
  /** How many of the office's votes it collects, relative to its siblings. */
  weight: number;
}

export interface BenchOffice {
  id: string;
  administrationId: string;
  name: string;
  /** Share of all votes. */
  share: number;
  services: string[];
  terminals: BenchTerminal[];
}

export interface BenchAdministration {
  id: string;
  name: string;
  services: BenchService[];
  offices: BenchOffice[];
}

const SERVICE_NAMES = [
  'Anagrafe', 'Stato civile', 'Tributi', 'SUAP', 'Servizi sociali', 'URP', 'Polizia locale', 'Edilizia privata',
  'Servizi scolastici', 'Protocollo', 'Elettorale', 'Servizi cimiteriali',
];

/** Offices per administration: one city, twelve provinces or large comuni, then small comuni of one to four offices. */
function administrationSizes(rng: Random): number[] {
  const sizes = [40, ...Array.from({ length: 12 }, () => 8)];
  let left = OFFICE_COUNT - sizes.reduce((a, b) => a + b, 0);
  while (left > 0) {
    const n = Math.min(left, rng.pick([1, 2, 3, 4], [0.35, 0.35, 0.2, 0.1]));
    sizes.push(n);
    left -= n;
  }
  return sizes;
}

/** Vote shares by office rank: the largest fixed, the rest falling off as 1/(rank + 2). */
function shares(): number[] {
  const rest = Array.from({ length: OFFICE_COUNT - 1 }, (_, i) => 1 / (i + 3));
  const sum = rest.reduce((a, b) => a + b, 0);
  return [LARGEST_OFFICE_SHARE, ...rest.map((w) => (w / sum) * (1 - LARGEST_OFFICE_SHARE))];
}

function shuffle<T>(items: T[], rng: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const pad = (n: number, width = 3) => String(n).padStart(width, '0');

export function planInstallation(rng: Random): BenchAdministration[] {
  const sizes = administrationSizes(rng);
  const byRank = shares();
  // The city gets the largest office; every other office draws its rank at random.
  const ranks = [0, ...shuffle(Array.from({ length: OFFICE_COUNT - 1 }, (_, i) => i + 1), rng)];
  let officeIndex = 0;
  const administrations: BenchAdministration[] = sizes.map((size, a) => {
    const id = `amm-${pad(a)}`;
    const serviceCount = size >= 40 ? 12 : size >= 8 ? 8 : 4 + rng.int(3);
    const services = SERVICE_NAMES.slice(0, serviceCount).map((name, s) => {
      const positive = 0.55 + rng.next() * 0.37;
      const negative = (1 - positive) * (0.3 + rng.next() * 0.3);
      return { id: `${id}-s${pad(s, 2)}`, name, mood: [positive, 1 - positive - negative, negative] as [number, number, number] };
    });
    const offices = Array.from({ length: size }, (_, o) => {
      const officeServices = o === 0 ? services.map((s) => s.id) : shuffle(services.map((s) => s.id), rng).slice(0, Math.min(services.length, 2 + rng.int(3)));
      return { id: `${id}-u${pad(o, 2)}`, administrationId: id, name: o === 0 ? 'Sede centrale' : `Sede ${o}`, share: byRank[ranks[officeIndex++]!]!, services: officeServices, terminals: [] as BenchTerminal[] };
    });
    return { id, name: a === 0 ? 'Comune capoluogo' : `Amministrazione ${pad(a)}`, services, offices };
  });
  addTerminals(administrations);
  return administrations;
}

/**
 * Web rating on every administration's central office, a phone line where it has three offices or
 * more, a totem in the 300 busiest offices, and counters for the rest of the 3,000, at least one per
 * office and more where more people come (by the square root of the office's share).
 */
function addTerminals(administrations: BenchAdministration[]): void {
  const offices = administrations.flatMap((a) => a.offices);
  const busiest = new Set([...offices].sort((x, y) => y.share - x.share).slice(0, 300).map((o) => o.id));
  let fixed = 0;
  for (const a of administrations) {
    const central = a.offices[0]!;
    const all = a.services.map((s) => s.id);
    central.terminals.push({ id: `${central.id}-web`, officeId: central.id, mode: 'totem', channel: 'web', scale: 5, services: all, weight: 0 });
    fixed += 1;
    if (a.offices.length >= 3) {
      central.terminals.push({ id: `${central.id}-tel`, officeId: central.id, mode: 'totem', channel: 'telefono', scale: 3, services: all, weight: 0 });
      fixed += 1;
    }
  }
  for (const o of offices) {
    if (!busiest.has(o.id)) continue;
    o.terminals.push({ id: `${o.id}-totem`, officeId: o.id, mode: 'totem', channel: 'totem', scale: 3, services: o.services, weight: 1.5 });
    fixed += 1;
  }
  const extra = TERMINAL_COUNT - fixed - offices.length;
  const roots = offices.map((o) => Math.sqrt(o.share));
  const rootSum = roots.reduce((a, b) => a + b, 0);
  const counts = roots.map((r) => 1 + Math.floor((r / rootSum) * extra));
  // Floors leave a few counters over: they go to the busiest offices.
  const byShare = offices.map((o, i) => ({ o, i })).sort((x, y) => y.o.share - x.o.share);
  let left = TERMINAL_COUNT - fixed - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; left > 0; k = (k + 1) % offices.length, left--) counts[byShare[k]!.i]! += 1;
  offices.forEach((o, i) => {
    for (let c = 0; c < counts[i]!; c++) {
      o.terminals.push({ id: `${o.id}-c${pad(c)}`, officeId: o.id, mode: 'counter', channel: 'sportello', scale: 3, services: [o.services[c % o.services.length]!], weight: 1 });
    }
    // The web brings about an eighth of an office's ratings and the phone line a sixteenth, however many counters it has.
    const desk = o.terminals.filter((t) => t.channel === 'sportello' || t.channel === 'totem').reduce((a, t) => a + t.weight, 0);
    for (const t of o.terminals) if (t.channel === 'web') t.weight = desk * 0.15;
    for (const t of o.terminals) if (t.channel === 'telefono') t.weight = desk * 0.07;
  });
}
