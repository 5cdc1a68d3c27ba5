// Makes valid votes for the demo's counter terminal, the same for every benchmark: a mix of the three faces.
import { randomUUID } from 'node:crypto';
import type { StoredVote } from '../../kiosk/terminal/store/vote-db';
import type { Vote } from '../../server/contract/vote';
import { DEMO } from '../../server/store/seed-demo';

export const COUNTER = DEMO.terminals[1]!;
const SERVICE_ID = COUNTER.services[0]!;
/** Roughly what offices see: mostly positive, some neutral, a few negative. */
const FACES = ['positivo', 'positivo', 'sufficiente', 'positivo', 'negativo'] as const;

/**
 * n fresh votes cast now. Negative ones were skipped at the reasons question (no reasons),
 * the others were never asked: both are what the terminal sends for a quick tap.
 */
export function makeVotes(n: number, at = new Date()): Vote[] {
  const castAt = at.toISOString();
  return Array.from({ length: n }, (_, i) => {
    const face = FACES[i % FACES.length]!;
    return { id: randomUUID(), serviceId: SERVICE_ID, face, reasons: [], followUp: face === 'negativo' ? 'skipped' : 'not-asked', castAt };
  });
}

/** The same votes as the terminal's queue keeps them: pending, oldest first. */
export function asQueued(votes: readonly Vote[], terminalId: string = COUNTER.id, firstCreatedAt = Date.now()): StoredVote[] {
  return votes.map((v, i) => ({ ...v, state: 'pending', terminalId, createdAt: firstCreatedAt + i }));
}

/** 1,000 votes in batches of 100: the sizes the issue asks about and the terminal's own batch size. */
export const VOTES = 1000;
export const BATCH = 100;

export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
