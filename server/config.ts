// Reads the collector's settings from the environment once, checks them and freezes them.
import { isIP } from 'node:net';
import path from 'node:path';
import type { TrustProxy } from './http/origin';

export interface Config {
  /** TCP port of HTTP and socket.io. */
  port: number;
  /** Address to listen on: all interfaces by default, since terminals reach the collector over the LAN. */
  host: string;
  /** Folder of the embedded database (and of the demo sign-ins file); created when missing. */
  dataDir: string;
  /** postgres:// URL: the collector stores everything in that PostgreSQL database instead of the SQLite file in dataDir. */
  databaseUrl: string | null;
  /** Folder of the built front-ends (terminal and dashboard). */
  distDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Create the demo installation when the database has no administration yet. */
  demo: boolean;
  /** URL printed for people to open; defaults to http://localhost:PORT. */
  publicUrl: string;
  /** Below this many votes a report figure is a small sample: greyed, never ranked or judged. */
  reportMinVotes: number;
  /** Raw votes older than this many days are removed (reports keep every figure); 0 keeps them. */
  retentionDays: number;
  /** Token that opens /metrics from other addresses than loopback; null: loopback only. */
  metricsToken: string | null;
  /** Which reverse proxies may tell the client's address, host and scheme (X-Forwarded-*): none by default. */
  trustProxy: TrustProxy;
  /** A client that takes longer than this to send its request (headers and body) gets 408, so a stalled client holds nothing for long; the answer is not limited. */
  requestTimeoutMs: number;
  /** Vote batches one terminal may send per minute: far above any real office, low enough to stop a flood. */
  terminalRateLimit: number;
  /** Live socket.io connections one client address may hold on one collector process (0: no limit). */
  socketsPerAddress: number;
  /** Whether PUBLIC_URL was set: if not, links handed to other devices use the address the dashboard was reached at. */
  publicUrlSet: boolean;
  /** Outgoing e-mail (scheduled reports, alerts), from SMTP_URL and MAIL_FROM; null: e-mail is off (issue 8). */
  mail: MailConfig | null;
  /** Which private or local addresses webhooks may reach (WEBHOOK_PRIVATE_NETWORKS): none by default. */
  webhookPrivateNetworks: WebhookPrivateNetworks;
}

/**
 * deny: webhooks reach public addresses only. allow: also private networks (10/8, 172.16/12,
 * 192.168/16, 100.64/10, fc00::/7), for a receiver on the intranet. allow-loopback: also this machine
 * (127/8, ::1), for tests and development only. Link-local (169.254/16, the cloud metadata service)
 * and unspecified, multicast and broadcast addresses are never reachable.
 */
export type WebhookPrivateNetworks = 'deny' | 'allow' | 'allow-loopback';
const WEBHOOK_PRIVATE_NETWORKS: readonly WebhookPrivateNetworks[] = ['deny', 'allow', 'allow-loopback'];

/** Where e-mail goes out: an SMTP server, and the sender every message carries. */
export interface MailConfig {
  /** smtp:// (STARTTLS, required when a user and password are given) or smtps:// (TLS from the start), with user and password if any. */
  smtpUrl: string;
  /** The From of every message: "gradimento <noreply@comune.example.it>" or a bare address. */
  from: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function readPort(env: NodeJS.ProcessEnv): number {
  // Empty means unset, as for DEMO; Number() alone would read "" and " " as port 0 (a random port).
  const raw = env.PORT === undefined || env.PORT === '' ? '8080' : env.PORT;
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, not "${raw}". Fix: PORT=8080 npm start`);
  }
  return port;
}

function readBoolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be 1 or 0 (true/false), not "${raw}".`);
}

/** The URL with its password hidden: safe for logs and error messages. */
export function redactUrl(raw: string): string {
  if (!URL.canParse(raw)) return raw.replace(/:[^:@/]*@/, ':***@');
  const url = new URL(raw);
  if (url.password) url.password = '***';
  return url.toString();
}

function readDatabaseUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return null;
  const fix = 'Fix: DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DATABASE, or leave it unset for the embedded database in DATA_DIR.';
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (!url || (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')) {
    throw new ConfigError(`DATABASE_URL must be a postgres:// or postgresql:// URL, not "${redactUrl(raw)}". ${fix}`);
  }
  // pg would otherwise fall back to a database named like the user: name it, so nobody writes into the wrong one.
  if (url.pathname.length <= 1) {
    throw new ConfigError(`DATABASE_URL must name the database after the host ("${redactUrl(raw)}" names none). ${fix}`);
  }
  return raw;
}

function readWholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= min && n <= max)) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}". Fix: ${name}=${fallback} npm start`);
  return n;
}

/**
 * Alerts read raw votes, not the rollups: a low-index window of up to 720 hours, a charter projection
 * over the month so far (31 days). Removed sooner, they would judge a window with its older part
 * missing, without a word; so a retention shorter than the longest of these is refused.
 */
export const MIN_RETENTION_DAYS = 35;

function readRetentionDays(env: NodeJS.ProcessEnv): number {
  const days = readWholeNumber(env, 'RETENTION_DAYS', 0, 0, 36_500);
  if (days > 0 && days < MIN_RETENTION_DAYS) {
    throw new ConfigError(
      `RETENTION_DAYS must be 0 (keep every vote) or at least ${MIN_RETENTION_DAYS}, not "${env.RETENTION_DAYS}": alerts read the raw votes of the last 30 days and of the month so far. Fix: RETENTION_DAYS=${MIN_RETENTION_DAYS} npm start`,
    );
  }
  return days;
}

/** An IP address, or a CIDR whose prefix length fits its family (10.0.0.0/99 is no range at all). */
function isAddressOrRange(value: string): boolean {
  const [address, prefix, ...rest] = value.split('/');
  const family = isIP(address!);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: unset (trust no X-Forwarded-* header), a number of proxy hops, or a comma list of
 * the proxies' addresses or CIDRs (loopback, linklocal and uniquelocal name the usual ranges).
 */
function readTrustProxy(env: NodeJS.ProcessEnv): TrustProxy {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw) return false;
  if (/^\d{1,2}$/.test(raw)) return Number(raw) === 0 ? false : Number(raw);
  const list = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = list.filter((a) => !['loopback', 'linklocal', 'uniquelocal'].includes(a) && !isAddressOrRange(a));
  if (bad.length > 0 || list.length === 0) {
    throw new ConfigError(`TRUST_PROXY must list the reverse proxies' addresses (e.g. 127.0.0.1 or 10.0.0.0/8 or loopback), or a number of hops; "${bad.join(', ') || raw}" is not one. Fix: TRUST_PROXY=loopback for an nginx on this machine.`);
  }
  return list;
}

function readMetricsToken(env: NodeJS.ProcessEnv): string | null {
  const raw = env.METRICS_TOKEN;
  if (raw === undefined || raw === '') return null;
  if (raw.length < 24) throw new ConfigError(`METRICS_TOKEN must be at least 24 characters (it guards /metrics from other hosts), not ${raw.length}. Fix: METRICS_TOKEN=$(openssl rand -hex 24)`);
  return raw;
}

/**
 * SMTP_URL and MAIL_FROM (issue 8): both or neither. E-mails carry links (unsubscribe, the report), so
 * PUBLIC_URL must say where the dashboard is reached from: localhost would be useless in a mailbox.
 */
function readMail(env: NodeJS.ProcessEnv): MailConfig | null {
  const raw = env.SMTP_URL ?? '';
  const from = (env.MAIL_FROM ?? '').trim();
  if (raw === '') {
    if (from) throw new ConfigError('MAIL_FROM is set but SMTP_URL is not, so no e-mail could be sent. Fix: SMTP_URL=smtp://USER:PASSWORD@mail.example.it:587, or remove MAIL_FROM.');
    return null;
  }
  const fix = 'Fix: SMTP_URL=smtp://USER:PASSWORD@mail.example.it:587 (STARTTLS) or smtps://USER:PASSWORD@mail.example.it:465 (TLS), or leave it unset to keep e-mail off.';
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (!url || (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')) throw new ConfigError(`SMTP_URL must be an smtp:// or smtps:// URL, not "${redactUrl(raw)}". ${fix}`);
  if (!url.hostname) throw new ConfigError(`SMTP_URL must name the mail server's host ("${redactUrl(raw)}" names none). ${fix}`);
  if (!from) throw new ConfigError('SMTP_URL is set but MAIL_FROM is not: every message needs a sender. Fix: MAIL_FROM="gradimento <noreply@comune.example.it>"');
  // A bare address, or a display name with the address in angle brackets; nothing that could add headers.
  if (!/^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/.test(from)) {
    throw new ConfigError(`MAIL_FROM must be an e-mail address, optionally with a name ("gradimento <noreply@comune.example.it>"), not "${from}".`);
  }
  if (!env.PUBLIC_URL) throw new ConfigError('SMTP_URL is set but PUBLIC_URL is not: the links in e-mails (unsubscribe, the report) would point at localhost. Fix: PUBLIC_URL=https://gradimento.comune.example.it');
  return { smtpUrl: raw, from };
}

/**
 * WEBHOOK_PRIVATE_NETWORKS: in a consortium an administration's admin is not trusted with the
 * installation's network, so a webhook may not reach it (server-side request forgery) unless the
 * installation says so.
 */
function readWebhookPrivateNetworks(env: NodeJS.ProcessEnv): WebhookPrivateNetworks {
  const raw = (env.WEBHOOK_PRIVATE_NETWORKS ?? '').trim().toLowerCase();
  if (raw === '') return 'deny';
  if (!(WEBHOOK_PRIVATE_NETWORKS as readonly string[]).includes(raw)) {
    throw new ConfigError(
      `WEBHOOK_PRIVATE_NETWORKS must be deny, allow or allow-loopback, not "${env.WEBHOOK_PRIVATE_NETWORKS}". Fix: WEBHOOK_PRIVATE_NETWORKS=allow lets webhooks reach the intranet (10.x, 172.16-31.x, 192.168.x); leave it unset to keep them to public addresses.`,
    );
  }
  return raw as WebhookPrivateNetworks;
}

/** Whether `inner` is `outer` or a folder below it. */
export function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * A build empties DIST_DIR first (server/build-front-end.ts): it must never be where the data or
 * the project are, nor a folder above them.
 */
function refuseDistOverData(distDir: string, dataDir: string, cwd: string): void {
  const fix = 'Fix: leave DIST_DIR unset (it defaults to dist/ in the project) or point it at a folder of its own, e.g. DIST_DIR=/opt/gradimento/dist';
  if (isWithin(dataDir, distDir)) {
    throw new ConfigError(`DIST_DIR "${distDir}" ${dataDir === distDir ? 'is' : 'holds'} DATA_DIR "${dataDir}": building the front-ends there would delete the database. ${fix}`);
  }
  if (isWithin(path.resolve(cwd), distDir)) {
    throw new ConfigError(`DIST_DIR "${distDir}" ${path.resolve(cwd) === distDir ? 'is' : 'holds'} the working directory "${path.resolve(cwd)}": building the front-ends there would delete the project. ${fix}`);
  }
}

/** PUBLIC_URL, or http://localhost:PORT: an http(s) URL that reads back as written (no spaces, nothing the URL parser would change). */
function readPublicUrl(env: NodeJS.ProcessEnv, port: number): string {
  const raw = env.PUBLIC_URL || `http://localhost:${port}`;
  const publicUrl = raw.replace(/\/+$/, '');
  const fix = 'Fix: PUBLIC_URL=https://gradimento.comune.example.it (the address people open, without a path after it unless the collector is served under one)';
  if (!/^https?:\/\//i.test(publicUrl)) throw new ConfigError(`PUBLIC_URL must start with http:// or https://, not "${env.PUBLIC_URL}". ${fix}`);
  const url = URL.canParse(publicUrl) ? new URL(publicUrl) : null;
  // new URL() quietly encodes a space ("http://exa mple.it" would become a link nobody can open):
  // what it gives back must be what was written, but for case and a default port it leaves out.
  const written = publicUrl.toLowerCase();
  const back = url?.href.replace(/\/+$/, '').toLowerCase();
  const roundTrips = url !== null && (back === written || back === written.replace(`:${url.protocol === 'https:' ? 443 : 80}`, ''));
  if (!url || !url.hostname || !roundTrips || url.search || url.hash || url.username || url.password) {
    throw new ConfigError(`PUBLIC_URL must be a plain http(s) address, not "${env.PUBLIC_URL}". ${fix}`);
  }
  // The scheme in lower case: "HTTPS://" is https too, and Secure cookies and HSTS look for "https://".
  return publicUrl.replace(/^https?:/i, (scheme) => scheme.toLowerCase());
}

/** Builds the configuration from an environment (process.env in main, a literal object in tests). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Readonly<Config> {
  const port = readPort(env);
  const logLevel = (env.LOG_LEVEL || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${env.LOG_LEVEL}". Fix: LOG_LEVEL=info npm start`);
  }
  const publicUrl = readPublicUrl(env, port);
  // Empty means unset, as for PORT: path.resolve(cwd, '') is the working directory itself, which
  // would put the database in the project, or let a front-end build empty the whole project.
  const dataDir = path.resolve(cwd, env.DATA_DIR || 'data');
  const distDir = path.resolve(cwd, env.DIST_DIR || 'dist');
  refuseDistOverData(distDir, dataDir, cwd);
  return Object.freeze({
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: readDatabaseUrl(env),
    distDir,
    logLevel,
    demo: readBoolean(env, 'DEMO', true),
    reportMinVotes: readWholeNumber(env, 'REPORT_MIN_VOTES', 30, 1, 100_000),
    retentionDays: readRetentionDays(env),
    metricsToken: readMetricsToken(env),
    trustProxy: readTrustProxy(env),
    requestTimeoutMs: readWholeNumber(env, 'REQUEST_TIMEOUT_SECONDS', 30, 1, 3600) * 1000,
    terminalRateLimit: readWholeNumber(env, 'TERMINAL_RATE_LIMIT', 600, 1, 1_000_000),
    socketsPerAddress: readWholeNumber(env, 'SOCKETS_PER_ADDRESS', 1000, 0, 1_000_000),
    publicUrl,
    publicUrlSet: Boolean(env.PUBLIC_URL),
    mail: readMail(env),
    webhookPrivateNetworks: readWebhookPrivateNetworks(env),
  });
}
