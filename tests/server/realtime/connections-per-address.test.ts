// SOCKETS_PER_ADDRESS: one client address holds at most that many live connections; a closed one frees its place; behind a trusted proxy each client counts apart.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listen, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';
import { socketClients } from '../helpers/sockets';

let c: TestCollector | undefined;
let base = '';
const clients = socketClients(() => base);
afterEach(async () => {
  clients.closeAll();
  await c?.close();
  c = undefined;
});

async function collector(env: Record<string, string>): Promise<void> {
  c = await startCollector({ env });
  base = await listen(c);
}

/**
 * An engine.io handshake as a client's first request makes it: 200 opens a connection (which stays
 * open, waiting for its next poll, until the collector closes), 403 says why not.
 */
async function handshake(headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(`${base}/socket.io/?EIO=4&transport=polling`, { headers });
  const body = await res.text();
  return res.status === 200 ? 'connected' : `${res.status} ${(JSON.parse(body) as { message: string }).message}`;
}

describe('SOCKETS_PER_ADDRESS', () => {
  it('refuses a connection beyond the limit from one address, saying why, and lets one in once another closed', async () => {
    await collector({ SOCKETS_PER_ADDRESS: '2' });
    const token = c!.tokens[TOTEM.id]!;
    const first = await clients.connect({ token });
    await clients.connect({ cookie: c!.admin.cookie });
    // Refused at the handshake, before any proof of identity is even read.
    expect(await handshake()).toBe('403 too_many_connections');
    await clients.refusal({ token });
    first.disconnect();
    await vi.waitFor(async () => expect((await clients.connect({ token })).connected).toBe(true));
  });

  it('counts each client behind a trusted proxy by its own address', async () => {
    await collector({ SOCKETS_PER_ADDRESS: '1', TRUST_PROXY: 'loopback' });
    const from = (address: string) => handshake({ 'x-forwarded-for': address });
    expect(await from('198.51.100.7')).toBe('connected');
    expect(await from('198.51.100.8')).toBe('connected');
    expect(await from('198.51.100.7')).toBe('403 too_many_connections');
    // An IPv6 client by its /64: another address of the same home is the same client.
    expect(await from('2001:db8:1:2::10')).toBe('connected');
    expect(await from('2001:db8:1:2::11')).toBe('403 too_many_connections');
  });

  it('counts a forwarded value that is no address as the proxy\'s own address, as the HTTP limits do', async () => {
    await collector({ SOCKETS_PER_ADDRESS: '1', TRUST_PROXY: 'loopback' });
    // The proxy itself (127.0.0.1) holds the one place; a made-up header through it is the same client.
    expect(await handshake()).toBe('connected');
    expect(await handshake({ 'x-forwarded-for': 'garbage-1' })).toBe('403 too_many_connections');
    expect(await handshake({ 'x-forwarded-for': '198.51.100.7' })).toBe('connected');
  });

  it('sets no limit with 0', async () => {
    await collector({ SOCKETS_PER_ADDRESS: '0' });
    const token = c!.tokens[TOTEM.id]!;
    for (let i = 0; i < 5; i++) await clients.connect({ token });
  });
});
