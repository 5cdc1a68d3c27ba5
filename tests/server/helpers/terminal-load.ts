// Terminals under load for operations tests: each loop sends batches over real HTTP as fast as it is answered and,
// like the kiosk, keeps a batch until the collector acknowledges it, resending it (to the next collector) when a request fails.
import { apiPaths } from '../../../server/contract/api';
import { asksForReasons, SCALES } from '../../../server/contract/scale';
import type { Vote } from '../../../server/contract/vote';
import { asTerminal, COUNTER, makeVote, REASON_IDS, TOTEM } from './test-collector';

const DAY = 86_400_000;
type DemoTerminal = typeof TOTEM;

export class TerminalLoad {
  /** Vote id -> when a collector acknowledged it (ms). */
  readonly acked = new Map<string, number>();
  /** Every vote id ever sent. */
  readonly sent = new Set<string>();
  /** Requests that got no acknowledgement (refused connections while a collector restarts, 503s...), as "status text". */
  readonly failures: string[] = [];
  /** Answers that were not 200 although the collector was up: a refused vote is a bug here. */
  readonly refusals: string[] = [];
  private stopping = false;
  private loops: Promise<void>[] = [];
  private seed = 7;
  private turn = 0;

  /** `bases`: the collectors' URLs; each request goes to the next, as a load balancer would send it. */
  constructor(
    private readonly bases: () => readonly string[],
    private readonly tokens: Record<string, string>,
  ) {}

  private rnd(): number {
    this.seed = (this.seed * 16807) % 2147483647;
    return this.seed / 2147483647;
  }

  private vote(terminal: DemoTerminal): Vote {
    const face = SCALES[3][Math.floor(this.rnd() * 3)]!;
    const chosen = asksForReasons(face) && this.rnd() < 0.6;
    return makeVote({
      serviceId: terminal.services[Math.floor(this.rnd() * terminal.services.length)]!,
      face,
      followUp: asksForReasons(face) ? (chosen ? 'chosen' : 'skipped') : 'not-asked',
      reasons: chosen ? [REASON_IDS[Math.floor(this.rnd() * REASON_IDS.length)]!] : [],
      // The last three days: counted on the day they were cast, some arriving a day or two late.
      castAt: new Date(Date.now() - Math.floor(this.rnd() * 3 * DAY)).toISOString(),
    });
  }

  /** One request; true when the collector acknowledged the whole batch. */
  private async send(terminal: DemoTerminal, votes: Vote[]): Promise<boolean> {
    const bases = this.bases();
    const base = bases[this.turn++ % bases.length]!;
    try {
      const res = await fetch(`${base}${apiPaths.votes}`, {
        method: 'POST',
        headers: { ...asTerminal(this.tokens[terminal.id]!), 'content-type': 'application/json' },
        body: JSON.stringify({ terminalId: terminal.id, votes }),
      });
      const text = await res.text();
      if (res.status !== 200) {
        (res.status === 503 ? this.failures : this.refusals).push(`${res.status} ${text.slice(0, 200)}`);
        return false;
      }
      const at = Date.now();
      for (const v of votes) if (!this.acked.has(v.id)) this.acked.set(v.id, at);
      return true;
    } catch (err) {
      this.failures.push(`${base}: ${String((err as { cause?: unknown }).cause ?? err)}`);
      return false;
    }
  }

  private async loop(terminal: DemoTerminal): Promise<void> {
    let previous: Vote[] = [];
    while (!this.stopping) {
      const fresh = Array.from({ length: 1 + Math.floor(this.rnd() * 40) }, () => this.vote(terminal));
      for (const v of fresh) this.sent.add(v.id);
      // Now and then a batch also carries votes already sent, as a terminal does after a lost answer.
      const batch = this.rnd() < 0.2 ? [...fresh, ...previous.slice(0, 5)] : fresh;
      // Kept until acknowledged, even after stop(): a terminal never drops a vote it holds.
      while (!(await this.send(terminal, batch))) await new Promise((r) => setTimeout(r, 100));
      previous = fresh;
    }
  }

  /** Three loops: two as the totem (two tabs would not, but two totems' worth of load), one as the counter. */
  start(): void {
    this.loops = [TOTEM, TOTEM, COUNTER].map((t) => this.loop(t));
  }

  async until(acked: number, timeoutMs = 90_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (this.acked.size < acked && this.refusals.length === 0) {
      if (Date.now() > end) throw new Error(`only ${this.acked.size} of ${acked} votes acknowledged in ${timeoutMs} ms; last failures: ${this.failures.slice(-3).join(' | ')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Stops making votes; resolves once every batch in hand has been acknowledged. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.loops);
  }

  ackedBetween(from: number, to: number): string[] {
    return [...this.acked].filter(([, at]) => at > from && at <= to).map(([id]) => id);
  }
}
