import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'preact';
import { App } from '../../../kiosk/terminal/app';
import { readCachedConfig, saveConfig } from '../../../kiosk/terminal/config-cache';
import { createCollectorClock } from '../../../kiosk/terminal/net/collector-clock';
import type { TerminalLinkOptions } from '../../../kiosk/terminal/net/socket';
import { createVoteQueue } from '../../../kiosk/terminal/store/vote-queue';
import type { TerminalDb } from '../../../kiosk/terminal/store/vote-db';
import { authHeader, closeDbs, enrol, freshDb, json, sampleConfig } from './fixtures';

let container: HTMLElement | null = null;

afterEach(async () => {
  if (container) {
    render(null, container);
    container.remove();
    container = null;
  }
  await closeDbs();
});

/** Mounts the app on a terminal enrolled as `terminalId` (null: a browser never paired). */
async function mount(db: TerminalDb, terminalId: string | null, fetch: typeof globalThis.fetch, extra: Partial<Parameters<typeof App>[0]> = {}) {
  if (terminalId) await enrol(db, terminalId);
  container = document.createElement('div');
  document.body.append(container);
  const queue = createVoteQueue(db);
  render(<App db={db} queue={queue} fetch={fetch} configRetry={{ firstMs: 50, maxMs: 100 }} {...extra} />, container);
  return queue;
}

const offline = (async () => {
  throw new TypeError('Failed to fetch');
}) as typeof globalThis.fetch;

describe('terminal app', () => {
  it('asks staff for a pairing code on a browser never paired', async () => {
    await mount(await freshDb(), null, offline);
    await expect.element(page.getByTestId('pairing')).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Abbina il terminale' })).toBeVisible();
    await expect.element(page.getByLabelText('Codice di abbinamento')).toBeVisible();
  });

  it('starts with the network down from the last configuration it kept', async () => {
    const db = await freshDb();
    await saveConfig(db, 'T1', sampleConfig({ services: [{ id: 'tributi', name: 'Tributi' }] }));
    await mount(db, 'T1', offline);
    await expect.element(page.getByRole('button', { name: 'Giudizio positivo', exact: true })).toBeVisible();
    await expect.element(page.getByText('Tributi')).toBeVisible();
  });

  it('waits for the link when nothing is cached, then votes once the configuration arrives, and keeps it', async () => {
    const db = await freshDb();
    let up = false;
    const urls: string[] = [];
    const auth: (string | null)[] = [];
    const fetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
      urls.push(String(url));
      auth.push(authHeader(init));
      if (!up) throw new TypeError('Failed to fetch');
      return json(sampleConfig({ version: 'v7' }));
    }) as typeof globalThis.fetch;
    await mount(db, 'T1', fetch);
    await expect.element(page.getByText('In attesa del collegamento…')).toBeVisible();
    up = true;
    await expect.element(page.getByRole('button', { name: 'Giudizio negativo', exact: true })).toBeVisible();
    expect(urls[0]).toBe('/api/v1/terminals/T1/config');
    expect(auth[0]).toBe('Bearer token-of-T1');
    expect((await readCachedConfig(db, 'T1'))?.version).toBe('v7');
  });

  it('says so when the collector does not know the terminal', async () => {
    const fetch = (async () => json({ error: { code: 'terminal_unknown', message: 'sconosciuto' } }, 404)) as typeof globalThis.fetch;
    await mount(await freshDb(), 'ZZ9', fetch);
    await expect.element(page.getByTestId('terminal-unknown')).toBeVisible();
    await expect.element(page.getByText('Terminale ZZ9 sconosciuto')).toBeVisible();
  });

  it('shows staff the votes waiting in the corner', async () => {
    const db = await freshDb();
    await saveConfig(db, 'T1', sampleConfig());
    await mount(db, 'T1', offline);
    await expect.element(page.getByTestId('status-waiting')).toHaveTextContent('0');
    await page.getByRole('button', { name: 'Giudizio positivo', exact: true }).click();
    await expect.element(page.getByTestId('status-waiting')).toHaveTextContent('1');
    await expect.element(page.getByText('1 giudizio in attesa di invio')).toBeInTheDocument();
    await expect.element(page.getByTestId('status-online')).toHaveAccessibleName('Non in linea');
  });

  it('is not at a quiet start screen while staff use the diagnostics: no update reloads the page under them', async () => {
    const db = await freshDb();
    await saveConfig(db, 'T1', sampleConfig());
    const seen: boolean[] = [];
    await mount(db, 'T1', offline, { onAtStart: (v) => seen.push(v) });
    await expect.element(page.getByRole('button', { name: 'Giudizio positivo', exact: true })).toBeVisible();
    expect(seen.at(-1)).toBe(true);
    // Five taps in the top-left corner, as staff do.
    for (let i = 0; i < 5; i++) document.body.dispatchEvent(new PointerEvent('pointerdown', { clientX: 5, clientY: 5, bubbles: true }));
    await expect.element(page.getByTestId('diagnostics')).toBeVisible();
    expect(seen.at(-1)).toBe(false);
    await page.getByTestId('diagnostics-close').click();
    await expect.poll(() => seen.at(-1)).toBe(true);
  });

  it('tells staff in the diagnostics what the collector\'s clock says as soon as it is learnt, without closing them', async () => {
    const db = await freshDb();
    // PIN 482913, hashed as the collector does (tests/kiosk/terminal/diagnostics/check-pin.test.ts).
    const staffPin = { algorithm: 'pbkdf2-sha256' as const, iterations: 1000, salt: 'Z3JhZGltZW50by1zYWx0IQ', hash: 'fPAyDhjAmnZ2D3kJRaXYkVdHXW0z2C2KWYhf8BVUQfY' };
    const base = sampleConfig();
    await saveConfig(db, 'T1', { ...base, terminal: { ...base.terminal, staffPin } });
    const clock = createCollectorClock();
    await mount(db, 'T1', offline, { clock });
    await expect.element(page.getByRole('button', { name: 'Giudizio positivo', exact: true })).toBeVisible();
    for (let i = 0; i < 5; i++) document.body.dispatchEvent(new PointerEvent('pointerdown', { clientX: 5, clientY: 5, bubbles: true }));
    for (const d of '482913') await page.getByTestId(`pin-${d}`).click();
    await page.getByTestId('pin-submit').click();
    await expect.element(page.getByTestId('diagnostics-clock')).toHaveTextContent(/non ha ancora risposto/);
    // The collector answers (a heartbeat): its clock is 10 minutes ahead of this device's.
    const sent = Date.now();
    clock.learn(sent + 10 * 60_000, sent, sent);
    await expect.element(page.getByTestId('diagnostics-clock')).toHaveTextContent(/10 min/);
    // And put right: within 5 minutes there is nothing to say.
    clock.learn(Date.now(), Date.now(), Date.now());
    await expect.element(page.getByTestId('diagnostics-clock')).not.toBeInTheDocument();
  });

  it('refetches the configuration when the socket reports a new version, and applies it at the start screen', async () => {
    const db = await freshDb();
    await saveConfig(db, 'T1', sampleConfig({ version: 'v1' }));
    let served = sampleConfig({ version: 'v1' });
    const fetch = (async () => json(served)) as typeof globalThis.fetch;
    let link: TerminalLinkOptions | null = null;
    const connect = (options: TerminalLinkOptions) => {
      link = options;
      return { close: () => undefined, connected: () => true };
    };
    await mount(db, 'T1', fetch, { connect });
    await expect.element(page.getByRole('button', { name: 'Giudizio positivo', exact: true })).toBeVisible();
    expect(link!.configVersion()).toBe('v1');
    served = sampleConfig({ version: 'v2', scale: 5 });
    expect(link!.token).toBe('token-of-T1');
    link!.onConnection(true, false);
    link!.onConfigStale('v2');
    await expect.element(page.getByRole('button', { name: 'Giudizio ottimo', exact: true })).toBeVisible();
    expect(link!.configVersion()).toBe('v2');
    await expect.element(page.getByTestId('status-online')).toHaveAccessibleName('In linea');
  });

  it('a configuration pushed in the middle of a vote waits for the start screen', async () => {
    const db = await freshDb();
    const services = [
      { id: 'anagrafe', name: 'Anagrafe' },
      { id: 'tributi', name: 'Tributi' },
    ];
    const v1 = sampleConfig({ version: 'v1', terminal: { id: 'T1', name: 'Totem', mode: 'totem', channel: 'totem', sound: false, staffPin: null }, services });
    await saveConfig(db, 'T1', v1);
    let served = v1;
    const fetch = (async () => json(served)) as typeof globalThis.fetch;
    let link: TerminalLinkOptions | null = null;
    const connect = (options: TerminalLinkOptions) => {
      link = options;
      return { close: () => undefined, connected: () => true };
    };
    await mount(db, 'T1', fetch, { connect });
    await page.getByRole('button', { name: 'Tributi', exact: true }).click();
    await expect.element(page.getByRole('button', { name: 'Giudizio positivo', exact: true })).toBeVisible();

    served = { ...v1, version: 'v2', services: [services[0]!, { id: 'tributi', name: 'Tributi locali' }] };
    link!.onConfigStale('v2');
    await expect.poll(async () => (await readCachedConfig(db, 'T1'))?.version).toBe('v2');
    // Fetched and cached, but the citizen's screen does not change under their finger.
    await expect.element(page.getByRole('button', { name: 'Giudizio positivo', exact: true })).toBeVisible();
    await expect.element(page.getByText('Tributi', { exact: true })).toBeVisible();

    await page.getByTestId('change-service').click();
    await expect.element(page.getByRole('button', { name: 'Tributi locali', exact: true })).toBeVisible();
    expect(link!.configVersion()).toBe('v2');
  });
});
