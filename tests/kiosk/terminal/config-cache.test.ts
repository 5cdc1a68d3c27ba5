import { afterEach, describe, expect, it } from 'vitest';
import { fetchConfig, isUsableConfig, readCachedConfig, saveConfig } from '../../../kiosk/terminal/config-cache';
import { authHeader, closeDbs, freshDb, json, sampleConfig } from './fixtures';

afterEach(closeDbs);

describe('config cache', () => {
  it('keeps a configuration for its terminal only', async () => {
    const db = await freshDb();
    await saveConfig(db, 'A', sampleConfig());
    expect(await readCachedConfig(db, 'A')).not.toBeNull();
    expect(await readCachedConfig(db, 'B')).toBeNull();
  });

  it('asks for the configuration with the device token', async () => {
    const calls: { url: string; auth: string | null }[] = [];
    const fetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(url), auth: authHeader(init) });
      return json(sampleConfig());
    }) as typeof globalThis.fetch;
    expect((await fetchConfig('T1', 'secret-1', fetch)).kind).toBe('ok');
    expect(calls).toEqual([{ url: '/api/v1/terminals/T1/config', auth: 'Bearer secret-1' }]);
  });

  it('tells a refused token (401 terminal_not_enrolled) from an unknown terminal and from no network', async () => {
    const answer = (res: Response | Error) =>
      fetchConfig('T1', 'x', (async () => {
        if (res instanceof Error) throw res;
        return res;
      }) as typeof globalThis.fetch);
    expect(await answer(json({ error: { code: 'terminal_not_enrolled', message: 'no' } }, 401))).toEqual({ kind: 'not-enrolled' });
    expect((await answer(json({ error: { code: 'terminal_unknown', message: 'archiviato' } }, 404))).kind).toBe('unknown');
    expect(await answer(new TypeError('Failed to fetch'))).toEqual({ kind: 'unreachable' });
    expect(await answer(new Response('<html>', { status: 502 }))).toEqual({ kind: 'unreachable' });
  });

  it('accepts a well-formed configuration and refuses broken ones', () => {
    expect(isUsableConfig(sampleConfig())).toBe(true);
    expect(isUsableConfig({ ...sampleConfig(), scale: 7 })).toBe(false);
    expect(isUsableConfig({ ...sampleConfig(), timing: { thanksMs: 0, idleMs: 1, followUpMs: 1 } })).toBe(false);
    expect(isUsableConfig('<html>')).toBe(false);
  });
});
