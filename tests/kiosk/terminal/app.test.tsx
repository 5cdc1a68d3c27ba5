import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'preact';
import { App } from '../../../kiosk/terminal/app';
import { readCachedConfig, saveConfig } from '../../../kiosk/terminal/config-cache';
import type { TerminalLinkOptions } from '../../../kiosk/terminal/net/socket';
import { createVoteQueue } from '../../../kiosk/terminal/store/vote-queue';
import type { TerminalDb } from '../../../kiosk/terminal/store/vote-db';
import { closeDbs, freshDb, json, sampleConfig } from './fixtures';

let container: HTMLElement | null = null;

afterEach(async () => {
  if (container) {
    render(null, container);
    container.remove();
    container = null;
  }
  await closeDbs();
});

function mount(db: TerminalDb, terminalId: string | null, fetch: typeof globalThis.fetch, extra: Partial<Parameters<typeof App>[0]> = {}) {
  container = document.createElement('div');
  document.body.append(container);
  const queue = createVoteQueue(db);
  render(<App db={db} queue={queue} terminalId={terminalId} fetch={fetch} configRetry={{ firstMs: 50, maxMs: 100 }} {...extra} />, container);
  return queue;
}

const offline = (async () => {
  throw new TypeError('Failed to fetch');
}) as typeof globalThis.fetch;

describe('terminal app', () => {
  it('tells staff how to configure a terminal that has no id', async () => {
    mount(await freshDb(), null, offline);
    await expect.element(page.getByText('Terminale non configurato: apri l’indirizzo con ?t=CODICE')).toBeVisible();
  });

  it('starts with the network down from the last configuration it kept', async () => {
    const db = await freshDb();
    await saveConfig(db, 'T1', sampleConfig({ services: [{ id: 'tributi', name: 'Tributi' }] }));
    mount(db, 'T1', offline);
    await expect.element(page.getByRole('button', { name: 'Giudizio positivo', exact: true })).toBeVisible();
    await expect.element(page.getByText('Tributi')).toBeVisible();
  });

  it('waits for the link when nothing is cached, then votes once the configuration arrives, and keeps it', async () => {
    const db = await freshDb();
    let up = false;
    const urls: string[] = [];
    const fetch = (async (url: RequestInfo | URL) => {
      urls.push(String(url));
      if (!up) throw new TypeError('Failed to fetch');
      return json(sampleConfig({ version: 'v7' }));
    }) as typeof globalThis.fetch;
    mount(db, 'T1', fetch);
    await expect.element(page.getByText('In attesa del collegamento…')).toBeVisible();
    up = true;
    await expect.element(page.getByRole('button', { name: 'Giudizio negativo', exact: true })).toBeVisible();
    expect(urls[0]).toBe('/api/v1/terminals/T1/config');
    expect((await readCachedConfig(db, 'T1'))?.version).toBe('v7');
  });

  it('says so when the collector does not know the terminal', async () => {
    const fetch = (async () => json({ error: { code: 'terminal_unknown', message: 'sconosciuto' } }, 404)) as typeof globalThis.fetch;
    mount(await freshDb(), 'ZZ9', fetch);
    await expect.element(page.getByTestId('terminal-unknown')).toBeVisible();
    await expect.element(page.getByText('Terminale ZZ9 sconosciuto')).toBeVisible();
  });

  it('shows staff the votes waiting in the corner', async () => {
    const db = await freshDb();
    await saveConfig(db, 'T1', sampleConfig());
    mount(db, 'T1', offline);
    await expect.element(page.getByTestId('status-waiting')).toHaveTextContent('0');
    await page.getByRole('button', { name: 'Giudizio positivo', exact: true }).click();
    await expect.element(page.getByTestId('status-waiting')).toHaveTextContent('1');
    await expect.element(page.getByText('1 giudizio in attesa di invio')).toBeInTheDocument();
    await expect.element(page.getByTestId('status-online')).toHaveAccessibleName('Non in linea');
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
    mount(db, 'T1', fetch, { connect });
    await expect.element(page.getByRole('button', { name: 'Giudizio positivo', exact: true })).toBeVisible();
    expect(link!.configVersion()).toBe('v1');
    served = sampleConfig({ version: 'v2', scale: 5 });
    link!.onConnection(true, false);
    link!.onConfigStale('v2');
    await expect.element(page.getByRole('button', { name: 'Giudizio ottimo', exact: true })).toBeVisible();
    expect(link!.configVersion()).toBe('v2');
    await expect.element(page.getByTestId('status-online')).toHaveAccessibleName('In linea');
  });
});
