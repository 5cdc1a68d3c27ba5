// The terminal's live link (kiosk/terminal/net/socket.ts) on a real collector: a hello the collector failed to answer
// is asked again soon, not at the fallback hello half an hour later; until one is answered no heartbeat is taken.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectTerminal, type TerminalLink } from '../../../kiosk/terminal/net/socket';
import type { TerminalHeartbeat } from '../../../server/contract/events';
import { listen, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
let base = '';
let link: TerminalLink | undefined;
beforeEach(async () => {
  c = await startCollector();
  base = await listen(c);
});
afterEach(async () => {
  link?.close();
  await c?.close();
});

const heartbeat: TerminalHeartbeat = { appVersion: 'hello-again', pending: 0, held: 0, oldestQueuedAt: null, lastDeliveryAt: null, storage: null, persisted: null };
const storedVersion = async () => (await c.store.db.selectFrom('terminal_status').select('app_version').where('terminal_id', '=', TOTEM.id).executeTakeFirst())?.app_version;

describe('a hello not answered', () => {
  it('is asked again after the collector failed to answer it (internal_error), and the terminal is heard from', async () => {
    const helloErrors: string[] = [];
    // Not the database being down (that is service_unavailable): the configuration's query fails, the handshake does not.
    await sql`alter table reasons rename to reasons_away`.execute(c.store.db);
    try {
      link = connectTerminal({
        terminalId: TOTEM.id,
        token: c.tokens[TOTEM.id]!,
        url: base,
        configVersion: () => null,
        onConfigStale: () => {},
        onConnection: () => {},
        onNotEnrolled: () => {},
        onHelloError: (e) => helloErrors.push(e.code),
        heartbeat: async () => heartbeat,
        retryMs: 500,
      });
      await expect.poll(() => link!.connected()).toBe(true);
      await new Promise((r) => setTimeout(r, 700));
      expect(await storedVersion()).not.toBe('hello-again');
    } finally {
      await sql`alter table reasons_away rename to reasons`.execute(c.store.db);
    }
    await expect.poll(storedVersion, { timeout: 5_000 }).toBe('hello-again');
    expect(helloErrors).toEqual([]);
  });
});
