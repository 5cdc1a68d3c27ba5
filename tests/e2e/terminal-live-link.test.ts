// The terminal's live link: a WebSocket from the start, and long-polling where a proxy refuses WebSocket (kiosk/terminal/net/socket.ts).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO } from '../../server/store/seed-demo';
import { useStage } from './helpers/stage';

const stage = useStage();
const counter = DEMO.terminals[1]!;

/** A reverse proxy in front of the collector that passes HTTP on and refuses every WebSocket upgrade, as some office proxies do. */
function proxyWithoutWebSocket(target: string) {
  const upstream = new URL(target);
  const seen = { polling: 0, refusedUpgrades: 0 };
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/socket.io/') && req.url.includes('transport=polling')) seen.polling++;
    const forward = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  server.on('upgrade', (_req, socket) => {
    seen.refusedUpgrades++;
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  return { server, seen };
}

async function online(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('status-online').getAttribute('aria-label'), { timeout: 20_000 }).toBe('In linea');
}

describe('the terminal\'s live link', () => {
  let proxy: ReturnType<typeof proxyWithoutWebSocket>;
  let proxyUrl = '';
  beforeAll(async () => {
    proxy = proxyWithoutWebSocket(stage.collector.url);
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    proxyUrl = `http://127.0.0.1:${(proxy.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    proxy.server.closeAllConnections();
    await new Promise((resolve) => proxy.server.close(resolve));
  });

  it('opens as a WebSocket at once, without a long-polling handshake first', async () => {
    const page = await stage.browser.context.newPage();
    const polling: string[] = [];
    const sockets: string[] = [];
    page.on('request', (r) => r.url().includes('/socket.io/') && r.url().includes('transport=polling') && polling.push(r.url()));
    page.on('websocket', (ws) => sockets.push(ws.url()));
    await page.goto(await stage.collector.pairingUrl(counter.id));
    await page.getByTestId('face-positivo').waitFor();
    await online(page);
    expect(sockets).toEqual([expect.stringMatching(/\/socket\.io\/\?.*transport=websocket/)]);
    expect(polling).toEqual([]);
    await page.close();
  });

  it('falls back to long-polling behind a proxy that refuses WebSocket, and is online all the same', async () => {
    const page = await stage.browser.context.newPage();
    const pairing = new URL(await stage.collector.pairingUrl(counter.id));
    await page.goto(`${proxyUrl}${pairing.pathname}${pairing.search}`);
    await page.getByTestId('face-positivo').waitFor();
    await online(page);
    expect(proxy.seen.refusedUpgrades).toBeGreaterThan(0);
    expect(proxy.seen.polling).toBeGreaterThan(0);
    await page.close();
  });
});
