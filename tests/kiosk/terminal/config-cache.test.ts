import { afterEach, describe, expect, it } from 'vitest';
import { isUsableConfig, readCachedConfig, resolveTerminalId, saveConfig } from '../../../kiosk/terminal/config-cache';
import { closeDbs, freshDb, sampleConfig } from './fixtures';

afterEach(closeDbs);

describe('config cache', () => {
  it('remembers the id from ?t= so a start without it still knows the terminal', async () => {
    const db = await freshDb();
    expect(await resolveTerminalId(db, '')).toBeNull();
    expect(await resolveTerminalId(db, '?t=sportello-3')).toBe('sportello-3');
    expect(await resolveTerminalId(db, '')).toBe('sportello-3');
  });

  it('ignores an id that could never be valid', async () => {
    const db = await freshDb();
    expect(await resolveTerminalId(db, '?t=' + encodeURIComponent('a b/c'))).toBeNull();
  });

  it('drops the cached configuration when the terminal id changes', async () => {
    const db = await freshDb();
    await resolveTerminalId(db, '?t=A');
    await saveConfig(db, 'A', sampleConfig());
    expect(await readCachedConfig(db, 'A')).not.toBeNull();
    await resolveTerminalId(db, '?t=B');
    expect(await readCachedConfig(db, 'B')).toBeNull();
    expect(await readCachedConfig(db, 'A')).toBeNull();
  });

  it('accepts a well-formed configuration and refuses broken ones', () => {
    expect(isUsableConfig(sampleConfig())).toBe(true);
    expect(isUsableConfig({ ...sampleConfig(), scale: 7 })).toBe(false);
    expect(isUsableConfig({ ...sampleConfig(), timing: { thanksMs: 0, idleMs: 1, followUpMs: 1 } })).toBe(false);
    expect(isUsableConfig('<html>')).toBe(false);
  });
});
