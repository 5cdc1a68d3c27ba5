// Open or closed on the collector's clock: the offset kept from an earlier run decides with the network down; the device's clock only when none was ever learnt.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { WEEKDAYS, type OpeningHours } from '../../../server/contract/opening-hours';
import { App } from '../../../kiosk/terminal/app';
import { readCachedConfig, saveConfig } from '../../../kiosk/terminal/config-cache';
import { loadCollectorClock } from '../../../kiosk/terminal/net/collector-clock';
import { setMeta, type TerminalDb } from '../../../kiosk/terminal/store/vote-db';
import { createVoteQueue } from '../../../kiosk/terminal/store/vote-queue';
import { enrol, freshDb, json, sampleConfig, useScreenRoot } from './fixtures';

const screenRoot = useScreenRoot();

const TEN_HOURS_MS = 10 * 3_600_000;

/** Every day open for an hour either side of `at` in Rome, cut at midnight. */
function openAround(at: Date): OpeningHours {
  const [h, m] = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at).split(':').map(Number) as [number, number];
  const minutes = h * 60 + m;
  const hhmm = (n: number) => `${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`;
  const interval = { from: hhmm(Math.max(0, minutes - 60)), to: hhmm(Math.min(23 * 60 + 59, minutes + 60)) };
  return Object.fromEntries(WEEKDAYS.map((d) => [d, [interval]])) as OpeningHours;
}

/** A terminal whose cached office opens only ten hours from now (by this machine's clock, the true one here). */
async function cachedOpenInTenHours(): Promise<TerminalDb> {
  const db = await freshDb();
  await enrol(db, 'T1');
  const config = sampleConfig();
  await saveConfig(db, 'T1', { ...config, office: { ...config.office, openingHours: openAround(new Date(Date.now() + TEN_HOURS_MS)) } });
  return db;
}

async function mount(db: TerminalDb, fetch: typeof globalThis.fetch) {
  const clock = await loadCollectorClock(db);
  render(<App db={db} queue={createVoteQueue(db)} fetch={fetch} clock={clock} configRetry={{ firstMs: 50, maxMs: 100 }} />, screenRoot());
}

const offline = (async () => {
  throw new TypeError('Failed to fetch');
}) as typeof globalThis.fetch;

describe('the terminal\'s opening hours and its clock', () => {
  it('a collector reached once, ten hours ahead of this device: after a reload with the network down, its clock still decides', async () => {
    const db = await cachedOpenInTenHours();
    await setMeta(db, 'clock', { offsetMs: TEN_HOURS_MS, learntAt: new Date().toISOString() });
    await mount(db, offline);
    await expect.element(page.getByRole('button', { name: 'Giudizio positivo', exact: true })).toBeVisible();
    expect(page.getByTestId('office-closed').query()).toBeNull();
  });

  it('a collector never reached: the device\'s own clock decides', async () => {
    await mount(await cachedOpenInTenHours(), offline);
    await expect.element(page.getByTestId('office-closed')).toBeVisible();
  });

  it('the configuration\'s answer tells the collector\'s time: the closed screen gives way to the faces at once', async () => {
    const db = await cachedOpenInTenHours();
    const answer = (await readCachedConfig(db, 'T1'))!;
    let answered = false;
    const collector = (async () => {
      await new Promise((r) => setTimeout(r, 300));
      answered = true;
      return json(answer, 200, { date: new Date(Date.now() + TEN_HOURS_MS).toUTCString() });
    }) as typeof globalThis.fetch;
    await mount(db, collector);
    await expect.element(page.getByTestId('office-closed')).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Giudizio positivo', exact: true })).toBeVisible();
    expect(answered).toBe(true);
  });
});
