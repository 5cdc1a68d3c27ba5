// A TCP relay in front of a collector for live-link tests: cuts its connections (a network blip) or holds what the
// collector sends (a slow network, an answer that does not come in time), then lets it through.
import net from 'node:net';

export interface TcpRelay {
  /** The relay's base URL: clients connect here instead of the collector's. */
  url: string;
  /** Ends every connection through the relay, as a network blip does. */
  cut(): void;
  /** Holds what the collector sends on the connections open now, until release(). */
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

export async function tcpRelay(target: string): Promise<TcpRelay> {
  const { port } = new URL(target);
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port), '127.0.0.1');
    const pair = { client, upstream };
    pairs.add(pair);
    for (const s of [client, upstream]) {
      s.on('close', () => pairs.delete(pair));
      s.on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const cut = () => pairs.forEach((p) => (p.client.destroy(), p.upstream.destroy()));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    cut,
    // Unpiped, the collector's side buffers what it reads; piped again, it passes it on in order.
    hold: () => pairs.forEach((p) => p.upstream.unpipe(p.client)),
    release: () => pairs.forEach((p) => p.upstream.pipe(p.client)),
    close: () => (cut(), new Promise<void>((r) => server.close(() => r()))),
  };
}
