// A port on 127.0.0.1 that nothing listens on (taken, then let go): for a collector, a PostgreSQL
// server or a mail sink to start on, or for an unreachable receiver. One copy for every suite.
import net from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
