// Changes reach terminals live over socket.io: terminal:config after a rename, terminal:revoked after a revoke.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { listen, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';
import { next, socketClients } from '../helpers/sockets';
import { as } from './admin-api';

let c: TestCollector;
let base = '';
const clients = socketClients(() => base);
beforeEach(async () => {
  c = await startCollector();
  base = await listen(c);
});
afterEach(async () => {
  clients.closeAll();
  await c?.close();
});

async function helloAsTotem() {
  const socket = await clients.connect({ token: c.tokens[TOTEM.id]! });
  const ack = (await socket.emitWithAck('terminal:hello', { terminalId: TOTEM.id })) as { data: { configVersion: string } };
  return { socket, version: ack.data.configVersion };
}

describe('live configuration', () => {
  it('a renamed service sends the totem a new configuration version', async () => {
    const { socket, version } = await helloAsTotem();
    const event = next(socket, 'terminal:config');
    expect((await as(c.app, c.admin).patch(apiPaths.service(TOTEM.services[1]!), { name: 'Tributi locali' })).status).toBe(200);
    const payload = (await event) as { configVersion: string };
    expect(payload.configVersion).not.toBe(version);
  });

  it('a new reason list does too', async () => {
    const { socket } = await helloAsTotem();
    const event = next(socket, 'terminal:config');
    await as(c.app, c.admin).put(apiPaths.administrationReasons('valdoria'), { reasons: [{ label: 'Orari scomodi', dimension: 'accessibility' }] });
    await expect(event).resolves.toMatchObject({ configVersion: expect.any(String) });
  });

  it('a revoked terminal hears terminal:revoked and is disconnected', async () => {
    const { socket } = await helloAsTotem();
    const revoked = next(socket, 'terminal:revoked');
    const gone = next(socket, 'disconnect');
    await as(c.app, c.admin).post(apiPaths.terminalRevoke(TOTEM.id));
    await expect(revoked).resolves.toEqual({ terminalId: TOTEM.id });
    await gone;
  });
});
