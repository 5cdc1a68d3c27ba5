// What a chaos run did to the collector and its terminals, counted by kind, and the requests in flight.

export const FAULT_LABELS = {
  kills: 'SIGKILLs of the collector',
  killsMidBatch: 'of them with a batch in flight',
  offline: 'offline windows',
  aborted: 'requests cut before their answer',
  resent: 'batches carrying votes already acknowledged',
  duplicated: 'batches sent twice at once',
  reordered: 'batches reordered',
  tampered: 'known ids resent with other content',
  clockJumps: 'terminal clock jumps',
  reloads: 'kiosk reloads right after a vote',
  networkErrors: 'requests with no answer',
} as const;

export type FaultKind = keyof typeof FAULT_LABELS;

export class Faults {
  readonly counts = Object.fromEntries(Object.keys(FAULT_LABELS).map((k) => [k, 0])) as Record<FaultKind, number>;
  /** Vote batches on the wire right now, over all HTTP terminals: the killer aims at these. */
  inFlight = 0;

  add(kind: FaultKind, n = 1): void {
    this.counts[kind] += n;
  }

  summary(): string {
    return (Object.keys(FAULT_LABELS) as FaultKind[]).map((k) => `${this.counts[k]} ${FAULT_LABELS[k]}`).join(', ');
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
