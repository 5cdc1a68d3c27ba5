// The load generator: keep-alive HTTP connections from node:http, each looping request after request for a fixed time; plus one-off JSON requests.
import http from 'node:http';
import { BenchFailure, now } from '../stats';

export interface Answer {
  status: number;
  body: string;
}

export interface RequestSpec {
  url: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Source address, to look like another machine to per-address rate limits (any of 127.0.0.0/8). */
  localAddress?: string;
}

/** One request on the given agent (keep-alive when the agent keeps sockets). */
export function request(agent: http.Agent, spec: RequestSpec): Promise<Answer> {
  const target = new URL(spec.path, spec.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: spec.method ?? (spec.body === undefined ? 'GET' : 'POST'),
        localAddress: spec.localAddress,
        headers: {
          ...(spec.body === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(spec.body)) }),
          ...spec.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(spec.body);
  });
}

export const keepAliveAgent = (maxSockets: number) => new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });

export interface LoadResult {
  /** Requests answered (and checked) inside the measured window. */
  requests: number;
  /** Every request answered and checked, warm-up included. */
  total: number;
  /** The measured window: from the end of the warm-up to the last answer of a request started in it. */
  elapsedMs: number;
  perSecond: number;
}

export interface LoadOptions {
  connections: number;
  warmupMs: number;
  durationMs: number;
  /** The next request of connection `c` (a fresh vote each time). */
  next(c: number): RequestSpec;
  /** null when the answer is right; otherwise what is wrong with it. */
  check(answer: Answer): string | null;
}

/**
 * `connections` loops, each on its own keep-alive socket, sending its next request as soon as the
 * previous one is answered: a closed loop, so the rate is what the server sustains. Requests
 * answered during the warm-up are not counted (JIT, pools, first page-ins).
 */
export async function constantLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = keepAliveAgent(options.connections);
  const started = now();
  const windowStart = started + options.warmupMs;
  const deadline = windowStart + options.durationMs;
  let counted = 0;
  let total = 0;
  let lastAnswer = windowStart;
  const problems: string[] = [];
  const loop = async (c: number) => {
    for (;;) {
      const sentAt = now();
      if (sentAt >= deadline || problems.length > 0) return;
      let answer: Answer;
      try {
        answer = await request(agent, options.next(c));
      } catch (err) {
        problems.push(`connection ${c}: ${String(err)}`);
        return;
      }
      const problem = options.check(answer);
      if (problem) {
        problems.push(problem);
        return;
      }
      total += 1;
      if (sentAt >= windowStart) {
        counted += 1;
        lastAnswer = Math.max(lastAnswer, now());
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.connections }, (_, c) => loop(c)));
  } finally {
    agent.destroy();
  }
  if (problems.length > 0) throw new BenchFailure(`load stopped on a wrong answer: ${problems[0]}`);
  const elapsedMs = lastAnswer - windowStart;
  return { requests: counted, total, elapsedMs, perSecond: counted / (elapsedMs / 1000) };
}

/** JSON of an answer, or a BenchFailure naming what came instead. */
export function json<T>(answer: Answer, what: string, expected = 200): T {
  if (answer.status !== expected) throw new BenchFailure(`${what} answered ${answer.status}: ${answer.body.slice(0, 300)}`);
  return JSON.parse(answer.body) as T;
}

/** Runs `work` on each item with at most `limit` at a time; results in input order. */
export async function inParallel<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
