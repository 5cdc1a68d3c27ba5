// A load balancer in front of several collectors, as nginx or HAProxy would be: HTTP and WebSocket passed to one
// collector at a time, with a fail-over the test triggers; it notes every vote batch and every answer it relays.
import http from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import zlib from 'node:zlib';
import { apiPaths } from '../../../server/contract/api';
import type { VoteBatch, VoteBatchReceipt } from '../../../server/contract/vote';

/** One POST /api/v1/votes as the load balancer passed it on. */
export interface RelayedBatch {
  /** The collector it went to. */
  upstream: string;
  voteIds: string[];
  status: number;
  receipts: VoteBatchReceipt['results'];
  /** The collector answered, and the load balancer cut the terminal's connection instead of relaying it. */
  answerLost: boolean;
}

interface FailOver {
  /** The batch (counted from when the fail-over was armed) whose answer is lost. */
  batch: number;
  to: string;
  /** Runs once the traffic has moved to the next collector (e.g. stopping the first, as a collector that went down). */
  then?: () => Promise<void>;
  seen: number;
  done: Promise<void>;
  resolve: () => void;
}

// Hop-by-hop headers belong to one connection, not to the request (RFC 9110, 7.6.1).
const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection'];
const endToEnd = (headers: http.IncomingHttpHeaders | http.OutgoingHttpHeaders) => Object.fromEntries(Object.entries(headers).filter(([k]) => !HOP_BY_HOP.includes(k.toLowerCase())));

/** A body as the collector sent it (brotli or gzip when the client asked), as text. */
function decoded(body: Buffer, encoding: string | undefined): string {
  if (encoding === 'br') return zlib.brotliDecompressSync(body).toString('utf8');
  if (encoding === 'gzip') return zlib.gunzipSync(body).toString('utf8');
  if (encoding === 'deflate') return zlib.inflateSync(body).toString('utf8');
  return body.toString('utf8');
}

const readAll = async (stream: NodeJS.ReadableStream) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

export class LoadBalancer {
  readonly batches: RelayedBatch[] = [];
  /** Requests per collector, by method and path without query: which collector served what. */
  readonly requests: { upstream: string; what: string }[] = [];
  /** What the load balancer itself could not read (a test expects none). */
  readonly errors: string[] = [];
  url = '';
  private target: URL;
  private readonly server: http.Server;
  private readonly sockets = new Set<Duplex>();
  private failOver: FailOver | null = null;

  constructor(upstream: string) {
    this.target = new URL(upstream);
    this.server = http.createServer((req, res) => void this.relay(req, res));
    this.server.on('connection', (socket) => this.track(socket));
    this.server.on('upgrade', (req, socket, head) => this.tunnel(req, socket, head));
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
    return this.url;
  }

  get upstream(): string {
    return this.target.origin;
  }

  /**
   * The `batch`-th vote batch from now reaches the current collector, which stores it and answers;
   * the answer never reaches the terminal (its connection is cut, as when a collector goes down
   * mid-request), and every later request goes to `to`. Resolves once it has happened.
   */
  failOverAfter(batch: number, to: string, then?: () => Promise<void>): Promise<void> {
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    this.failOver = { batch, to, then, seen: 0, done, resolve };
    return done;
  }

  async close(): Promise<void> {
    this.dropConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private track(socket: Duplex): void {
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
  }

  /**
   * Every open connection, so the next request of every client opens a new one to the new collector
   * (or, called by a test, so that every live link reconnects: a network blip).
   */
  dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  private async relay(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const target = this.target;
    const body = await readAll(req);
    const path = (req.url ?? '/').split('?')[0]!;
    this.requests.push({ upstream: target.origin, what: `${req.method} ${path}` });
    const isBatch = req.method === 'POST' && path === apiPaths.votes;
    const failOver = isBatch && this.failOver ? this.failOver : null;
    const losing = failOver !== null && ++failOver.seen === failOver.batch;

    const upstream = http.request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...endToEnd(req.headers), 'content-length': String(body.length) }, agent: false });
    upstream.on('error', () => {
      // A collector that is not there: what nginx answers then.
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end('Bad Gateway');
      else res.destroy();
    });
    upstream.on('response', async (answer) => {
      if (!isBatch) {
        res.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers));
        answer.pipe(res);
        return;
      }
      // Relayed as it came (compressed or not); read decoded, for the test's record.
      const raw = await readAll(answer);
      let sent: VoteBatch;
      let receipts: VoteBatchReceipt['results'];
      try {
        sent = JSON.parse(body.toString('utf8')) as VoteBatch;
        receipts = answer.statusCode === 200 ? (JSON.parse(decoded(raw, answer.headers['content-encoding'])) as VoteBatchReceipt).results : [];
      } catch (err) {
        this.errors.push(`${req.method} ${path}: ${String(err)}`);
        res.destroy();
        return;
      }
      this.batches.push({ upstream: target.origin, voteIds: sent.votes.map((v) => v.id), status: answer.statusCode ?? 0, receipts, answerLost: losing });
      if (losing && failOver) {
        this.failOver = null;
        res.socket?.destroy();
        this.target = new URL(failOver.to);
        this.dropConnections();
        await failOver.then?.();
        failOver.resolve();
        return;
      }
      res.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers));
      res.end(raw);
    });
    upstream.end(body);
  }

  /** WebSocket (socket.io's upgrade): the raw bytes both ways, to the current collector. */
  private tunnel(req: http.IncomingMessage, client: Duplex, head: Buffer): void {
    const target = this.target;
    this.requests.push({ upstream: target.origin, what: `UPGRADE ${(req.url ?? '/').split('?')[0]}` });
    const upstream = net.connect(Number(target.port), target.hostname, () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length > 0) upstream.write(head);
      client.pipe(upstream).pipe(client);
    });
    this.track(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    upstream.on('error', end);
    client.on('error', end);
    upstream.on('close', end);
    client.on('close', end);
  }
}
