// Report files are prepared a few at a time: one more waits its turn (the dashboard's download links
// are plain links, a refusal would be a failed download with no word of why); only a long line or a
// long wait is refused (429, saying whose files are being prepared, with Retry-After).
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { installErrorHandler } from '../../../../server/http/errors';
import { EXPORT_RETRY_SECONDS, limitExports } from '../../../../server/reports/exports/export-slots';

const apps: ReturnType<typeof Fastify>[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

/** A file route that waits until released: the workbook still being built. */
async function slowFiles(limits = { atOnce: 3, perPerson: 2, waiting: 20, waitMs: 60_000 }) {
  const app = Fastify();
  apps.push(app);
  installErrorHandler(app);
  const gates: Array<() => void> = [];
  await app.register(async (files) => {
    limitExports(files, limits);
    files.get('/file', async () => {
      await new Promise<void>((resolve) => gates.push(resolve));
      return 'file';
    });
  });
  await app.ready();
  const ask = (ip: string) => app.inject({ url: '/file', remoteAddress: ip });
  const releaseAll = () => gates.splice(0).forEach((g) => g());
  return { ask, releaseAll, building: () => gates.length };
}

describe('export slots', () => {
  it('builds two files of one person at once; a third waits its turn and comes once one is done', async () => {
    const { ask, releaseAll, building } = await slowFiles();
    const first = [ask('192.0.2.1'), ask('192.0.2.1')];
    await expect.poll(building).toBe(2);
    let thirdDone = false;
    const third = ask('192.0.2.1').finally(() => (thirdDone = true));
    // Another person is not held up by it.
    const other = ask('192.0.2.2');
    await expect.poll(building).toBe(3);
    expect(thirdDone).toBe(false);
    releaseAll();
    expect((await Promise.all([...first, other])).map((r) => r.statusCode)).toEqual([200, 200, 200]);
    await expect.poll(building).toBe(1);
    releaseAll();
    expect((await third).statusCode).toBe(200);
  });

  it('refuses, saying whose files are being prepared, when the line is full or the wait too long', async () => {
    const { ask, releaseAll, building } = await slowFiles({ atOnce: 1, perPerson: 1, waiting: 1, waitMs: 300 });
    const running = ask('192.0.2.10');
    await expect.poll(building).toBe(1);
    // Another person's: waits; its wait runs out while the first file is still being built.
    const waited = await ask('192.0.2.11');
    expect([waited.statusCode, waited.headers['retry-after'], waited.json().error.message]).toEqual([429, String(EXPORT_RETRY_SECONDS), expect.stringContaining('other people')]);
    // The line holds one: a second in it is refused at once, in that person's words.
    const inLine = ask('192.0.2.12');
    const mine = await ask('192.0.2.10');
    expect([mine.statusCode, mine.json().error.message]).toEqual([429, expect.stringContaining('Another file of yours')]);
    // The one in line runs out of time too, then the first file is done.
    expect((await inLine).statusCode).toBe(429);
    releaseAll();
    expect((await running).statusCode).toBe(200);
    // Nothing is left holding a slot: the next one goes at once.
    const after = ask('192.0.2.13');
    await expect.poll(building).toBe(1);
    releaseAll();
    expect((await after).statusCode).toBe(200);
  });
});

describe('export slots, over a real socket', () => {
  it('keeps a slot taken while a file whose download was cancelled is still being built', async () => {
    const app = Fastify();
    apps.push(app);
    installErrorHandler(app);
    let running = 0;
    let most = 0;
    const gates: Array<() => void> = [];
    await app.register(async (files) => {
      limitExports(files, { atOnce: 1, perPerson: 1, waiting: 20, waitMs: 60_000 });
      files.get('/file', async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => gates.push(resolve));
        running -= 1;
        return 'file';
      });
    });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    // A manager clicks, gives up, clicks again: five downloads cancelled while their file is built or waits.
    for (let i = 0; i < 5; i += 1) {
      const cancel = new AbortController();
      const asked = fetch(`${base}/file`, { signal: cancel.signal }).catch(() => undefined);
      if (i === 0) await expect.poll(() => running).toBe(1);
      else await new Promise((r) => setTimeout(r, 50));
      cancel.abort();
      await asked;
    }
    await new Promise((r) => setTimeout(r, 100));
    // The first file is still being built: nobody else's starts beside it.
    expect([running, most]).toEqual([1, 1]);
    const last = fetch(`${base}/file`);
    await new Promise((r) => setTimeout(r, 100));
    expect(most).toBe(1);
    // Once it is done, the one still waiting goes, and its answer arrives.
    gates.shift()!();
    await expect.poll(() => gates.length).toBe(1);
    gates.shift()!();
    expect((await last).status).toBe(200);
    expect(most).toBe(1);
  });
});
