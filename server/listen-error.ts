// Why the collector could not listen, in one line naming PORT or HOST and the fix, instead of a stack trace.
import type { Config } from './config';

export class ListenError extends Error {
  override name = 'ListenError';
}

/** The failure of app.listen() as a ListenError, or null for a failure this does not know. */
export function explainListenError(err: unknown, config: Pick<Config, 'port' | 'host'>): ListenError | null {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const { port, host } = config;
  const hostFix = 'Fix: HOST=0.0.0.0 (every network interface, the default), HOST=127.0.0.1 (this machine only, behind a reverse proxy), or one of this machine\'s addresses (ip -brief address).';
  switch (code) {
    case 'EADDRINUSE':
      return new ListenError(`PORT ${port} is already in use on HOST ${host} (another collector, or another program: ss -ltnp 'sport = :${port}' names it). Fix: stop that program, or choose another port, e.g. PORT=${port === 8080 ? 8081 : 8080} npm start`);
    case 'EACCES':
      return new ListenError(`PORT ${port} may only be opened by root on this machine (ports below 1024). Fix: keep the default PORT=8080 and put a reverse proxy (nginx) on port 80/443 in front of it.`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return new ListenError(`HOST "${host}" is not a name this machine can resolve. ${hostFix}`);
    case 'EADDRNOTAVAIL':
      return new ListenError(`HOST "${host}" is not an address of this machine. ${hostFix}`);
    default:
      return null;
  }
}
