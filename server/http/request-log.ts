// What a request's log line says of it. Citizens rating from a QR code or a comune's website are told
// that nothing personal is kept: their lines leave out the network address (and port) that every
// other request's line carries, so the log, which whoever runs the collector keeps, holds none of theirs.
import type { FastifyRequest } from 'fastify';
import { CHANNEL_BASE } from '../contract/channel-points';

const citizens = (url: string) => url === CHANNEL_BASE || url.startsWith(`${CHANNEL_BASE}/`);

/**
 * Secrets that travel in an address are not logged: an unsubscribe link's token (it stops a person's
 * e-mails, and never expires) would otherwise sit in every log line of a click, readable by anyone
 * who reads the logs. The parameter stays, its value is replaced.
 */
const SECRET_PARAMS = ['token'];

/** A malformed escape ("%E0%A4%A") must not throw inside the logger: the name is compared as it came. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function withoutSecrets(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const query = url.slice(at + 1).split('&').map((pair) => {
    const name = pair.split('=')[0]!;
    return SECRET_PARAMS.includes(safeDecode(name)) ? `${name}=…` : pair;
  });
  return `${url.slice(0, at)}?${query.join('&')}`;
}

export function requestLogFields(request: FastifyRequest): Record<string, unknown> {
  const fields = { method: request.method, url: withoutSecrets(request.url), host: request.host };
  return citizens(request.url) ? fields : { ...fields, remoteAddress: request.ip, remotePort: request.socket?.remotePort };
}
