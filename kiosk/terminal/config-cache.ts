// The terminal's configuration: from the collector (with the device token), or the last copy kept in IndexedDB.
import { apiPaths } from '../../server/contract/api';
import { SCALES } from '../../server/contract/scale';
import type { TerminalConfig } from '../../server/contract/terminal-config';
import { terminalHeaders } from './enrolment/auth-constants';
import { getMeta, setMeta, type TerminalDb } from './store/vote-db';

export async function readCachedConfig(db: TerminalDb, terminalId: string): Promise<TerminalConfig | null> {
  const cached = await getMeta(db, 'config');
  if (!cached || cached.terminalId !== terminalId || !isUsableConfig(cached.config)) return null;
  return cached.config;
}

export async function saveConfig(db: TerminalDb, terminalId: string, config: TerminalConfig): Promise<void> {
  await setMeta(db, 'config', { terminalId, config, savedAt: new Date().toISOString() });
}

export type ConfigAnswer =
  | { kind: 'ok'; config: TerminalConfig }
  | { kind: 'unknown'; message: string }
  /** 401 terminal_not_enrolled: the token was revoked or is unknown. */
  | { kind: 'not-enrolled' }
  | { kind: 'unreachable' }
  /** The collector answered something this terminal cannot use: keep the cached copy. */
  | { kind: 'unusable'; status: number };

export async function fetchConfig(terminalId: string, token: string, fetchFn: typeof fetch, timeoutMs = 15_000): Promise<ConfigAnswer> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const res = await fetchFn(apiPaths.terminalConfig(terminalId), {
      headers: { accept: 'application/json', ...terminalHeaders(token) },
      cache: 'no-store',
      credentials: 'same-origin',
      signal: abort.signal,
    });
    const body = (await res.json().catch(() => null)) as unknown;
    if (res.ok) return isUsableConfig(body) ? { kind: 'ok', config: body } : { kind: 'unusable', status: res.status };
    const code = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error?.code;
    if (res.status === 401 && code === 'terminal_not_enrolled') return { kind: 'not-enrolled' };
    if (res.status === 404 && code === 'terminal_unknown') {
      return { kind: 'unknown', message: String((body as { error: { message?: unknown } }).error.message ?? '') };
    }
    // A gateway error or a proxy page: as good as no network.
    return res.status >= 500 || res.status === 408 || res.status === 429 ? { kind: 'unreachable' } : { kind: 'unusable', status: res.status };
  } catch {
    return { kind: 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}

/** Enough shape to draw the screens without crashing; the collector validates the rest. */
export function isUsableConfig(x: unknown): x is TerminalConfig {
  const c = x as Partial<TerminalConfig> | null;
  return (
    !!c &&
    typeof c === 'object' &&
    typeof c.version === 'string' &&
    !!c.terminal &&
    (c.terminal.mode === 'counter' || c.terminal.mode === 'totem') &&
    Array.isArray(c.services) &&
    c.services.every((s) => typeof s?.id === 'string' && typeof s?.name === 'string') &&
    typeof c.scale === 'number' &&
    c.scale in SCALES &&
    Array.isArray(c.reasons) &&
    c.reasons.every((r) => typeof r?.id === 'string' && typeof r?.label === 'string') &&
    !!c.timing &&
    [c.timing.thanksMs, c.timing.idleMs, c.timing.followUpMs].every((ms) => Number.isFinite(ms) && ms > 0)
  );
}
