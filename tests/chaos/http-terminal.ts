// A terminal simulated over HTTP: casts votes into a queue and delivers them as the kiosk's sync loop does
// (oldest first, forget only what a receipt acknowledges, set aside what the collector names), with faults.
import { apiPaths } from '../../server/contract/api';
import { TERMINAL_AUTH_SCHEME } from '../../server/contract/auth';
import type { ApiError } from '../../server/contract/errors';
import { asksForReasons, SCALES } from '../../server/contract/scale';
import type { Vote, VoteBatchReceipt } from '../../server/contract/vote';
import type { Random } from '../../server/demo/random';
import { sleep, type Faults } from './faults';

const HOUR = 3_600_000;

export interface CastVote {
  vote: Vote;
  /** Cast while the terminal's clock was off by hours: the collector must count it as re-dated. */
  redated: boolean;
}

export interface TerminalSetup {
  id: string;
  officeId: string;
  services: readonly string[];
  reasons: readonly string[];
  token: string;
}

export class HttpTerminal {
  /** Every vote this terminal cast, by id. */
  readonly cast = new Map<string, CastVote>();
  /** Ids a receipt said stored or already-stored: the terminal has forgotten them. */
  readonly acked = new Set<string>();
  /** Tampered copies the collector refused by name (409 vote_conflict, or a "conflict" receipt). */
  conflictsCaught = 0;
  /** Answers a correct collector never gives these votes (a genuine vote refused, a tampered one acknowledged...). */
  readonly anomalies: string[] = [];
  private queue: Vote[] = [];
  private clockOffsetMs = 0;
  private offlineUntil = 0;
  private stopVoting = false;

  constructor(
    readonly setup: TerminalSetup,
    private readonly url: string,
    private readonly rnd: Random,
    private readonly faults: Faults,
  ) {
    // A third of the terminals start with a clock hours off (a tablet that lost its time zone, or booted in the past).
    if (rnd.chance(1 / 3)) this.clockOffsetMs = this.hoursOff();
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Whole hours off, 1 to 6, either way: far beyond the collector's 5 minutes of tolerance. */
  private hoursOff(): number {
    return (this.rnd.chance(0.5) ? 1 : -1) * (1 + this.rnd.int(6)) * HOUR;
  }

  private newVote(): CastVote {
    const face = this.rnd.pick(SCALES[3]);
    const negative = asksForReasons(face);
    const chosen = negative && this.setup.reasons.length > 0 && this.rnd.chance(0.6);
    const reasons = chosen ? [...new Set([this.rnd.pick(this.setup.reasons), this.rnd.pick(this.setup.reasons)])] : [];
    const vote: Vote = {
      id: this.rnd.uuid(),
      serviceId: this.rnd.pick(this.setup.services),
      face,
      reasons,
      followUp: !negative ? 'not-asked' : chosen ? 'chosen' : this.rnd.pick(['skipped', 'timeout'] as const),
      castAt: new Date(Date.now() + this.clockOffsetMs).toISOString(),
    };
    return { vote, redated: this.clockOffsetMs !== 0 };
  }

  /** Casts votes until stop(), and sends until every vote cast is acknowledged (or set aside). */
  async run(): Promise<void> {
    await Promise.all([this.vote(), this.send()]);
  }

  stop(): void {
    this.stopVoting = true;
  }

  private async vote(): Promise<void> {
    while (!this.stopVoting) {
      await sleep(40 + this.rnd.int(300));
      // Stopped while asleep: a vote cast now could land after the sender saw an empty queue and left.
      if (this.stopVoting) break;
      if (this.rnd.chance(0.01)) {
        // The clock jumps: set by hand, corrected by NTP, or lost with the battery.
        this.clockOffsetMs = this.clockOffsetMs === 0 ? this.hoursOff() : this.rnd.chance(0.5) ? 0 : this.hoursOff();
        this.faults.add('clockJumps');
      }
      const c = this.newVote();
      this.cast.set(c.vote.id, c);
      this.queue.push(c.vote);
    }
  }

  private async send(): Promise<void> {
    while (!this.stopVoting || this.queue.length > 0) {
      if (Date.now() < this.offlineUntil || this.queue.length === 0) {
        await sleep(50);
        continue;
      }
      if (!this.stopVoting && this.rnd.chance(0.03)) {
        this.offlineUntil = Date.now() + 300 + this.rnd.int(3000);
        this.faults.add('offline');
        continue;
      }
      const batch = this.queue.slice(0, 1 + this.rnd.int(60));
      const votes = [...batch];
      if (this.acked.size > 0 && this.rnd.chance(0.15)) {
        // An answer lost earlier: the kiosk sends those votes again with new ones.
        const done = [...this.acked];
        for (let i = 0; i < 1 + this.rnd.int(5); i++) votes.push(this.cast.get(this.rnd.pick(done))!.vote);
        this.faults.add('resent');
      }
      let tampered: Vote | null = null;
      if (this.acked.size > 0 && this.rnd.chance(0.03)) {
        // A known id with other content (a buggy or forged client): must be refused by name, never acknowledged.
        const inBatch = new Set(votes.map((v) => v.id));
        const target = [...this.acked].find((id) => !inBatch.has(id) && this.rnd.chance(0.2));
        if (target) {
          const original = this.cast.get(target)!.vote;
          tampered = { ...original, face: original.face === 'positivo' ? 'sufficiente' : 'positivo', reasons: [], followUp: 'not-asked' };
          votes.push(tampered);
          this.faults.add('tampered');
        }
      }
      if (this.rnd.chance(0.3)) {
        for (let i = votes.length - 1; i > 0; i--) {
          const j = this.rnd.int(i + 1);
          [votes[i], votes[j]] = [votes[j]!, votes[i]!];
        }
        this.faults.add('reordered');
      }
      const copies = this.rnd.chance(0.1) ? 2 : 1;
      if (copies === 2) this.faults.add('duplicated');
      const answers = await Promise.all(Array.from({ length: copies }, () => this.post(votes)));
      let retry = false;
      for (const answer of answers) retry = this.handle(answer, votes, tampered) || retry;
      if (retry) await sleep(100 + this.rnd.int(400));
    }
  }

  private async post(votes: Vote[]): Promise<{ status: number; body: unknown } | null> {
    const abort = new AbortController();
    if (this.rnd.chance(0.05)) {
      // The answer never comes back (a dropped link): whatever the collector did, the terminal does not know.
      setTimeout(() => abort.abort(), this.rnd.int(30));
      this.faults.add('aborted');
    }
    this.faults.inFlight++;
    try {
      const res = await fetch(`${this.url}${apiPaths.votes}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `${TERMINAL_AUTH_SCHEME} ${this.setup.token}` },
        body: JSON.stringify({ terminalId: this.setup.id, votes }),
        signal: abort.signal,
      });
      const text = await res.text();
      let body: unknown = null;
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
      return { status: res.status, body };
    } catch {
      this.faults.add('networkErrors');
      return null;
    } finally {
      this.faults.inFlight--;
    }
  }

  /** Applies an answer as the kiosk's sync loop would; true when the batch must be tried again later. */
  private handle(answer: { status: number; body: unknown } | null, votes: Vote[], tampered: Vote | null): boolean {
    if (!answer) return true;
    const { status, body } = answer;
    if (status === 200) {
      const receipt = body as VoteBatchReceipt;
      for (const r of receipt.results) {
        const isTampered = tampered !== null && r.id === tampered.id && votes.indexOf(tampered) === receipt.results.indexOf(r);
        if (r.status === 'conflict') {
          if (isTampered) this.conflictsCaught++;
          else this.anomalies.push(`${this.setup.id}: receipt "conflict" for a genuine vote ${r.id}: ${r.reason}`);
          continue;
        }
        if (isTampered) {
          this.anomalies.push(`${this.setup.id}: a known id resent with other content was acknowledged (${r.status}): ${r.id}`);
          continue;
        }
        this.acked.add(r.id);
      }
      this.queue = this.queue.filter((v) => !this.acked.has(v.id));
      return false;
    }
    const error = (body as ApiError | null)?.error;
    if (status === 409 && error?.code === 'vote_conflict') {
      const named = new Set((error.problems ?? []).map((p) => p.voteId));
      if (tampered && named.size === 1 && named.has(tampered.id)) this.conflictsCaught++;
      else this.anomalies.push(`${this.setup.id}: 409 naming ${[...named].join(', ')}: ${error.message}`);
      // Nothing was stored: the genuine votes go again without the copy, as the kiosk resends after setting it aside.
      return false;
    }
    // Overloaded or restarting: try again. Anything else is a refusal of valid votes.
    if (status === 503 || status === 429) return true;
    this.anomalies.push(`${this.setup.id}: answered ${status} ${JSON.stringify(body).slice(0, 300)}`);
    return true;
  }
}
