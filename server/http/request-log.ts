// What a request's log line says of it. Citizens rating from a QR code or a comune's website are told
// that nothing personal is kept: their lines leave out the network address (and port) that every
// other request's line carries, so the log, which whoever runs the collector keeps, holds none of theirs.
import type { FastifyRequest } from 'fastify';
import { CHANNEL_BASE } from '../contract/channel-points';

const citizens = (url: string) => url === CHANNEL_BASE || url.startsWith(`${CHANNEL_BASE}/`);

export function requestLogFields(request: FastifyRequest): Record<string, unknown> {
  const fields = { method: request.method, url: request.url, host: request.host };
  return citizens(request.url) ? fields : { ...fields, remoteAddress: request.ip, remotePort: request.socket?.remotePort };
}
