// Report files are prepared a few at a time: a person asking for a third at once, or anyone beyond the
// collector's limit, is told to try again in a moment (429, Retry-After), and the slots come back after.
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { installErrorHandler } from '../../../../server/http/errors';
import { EXPORT_RETRY_SECONDS, limitExports, MAX_EXPORTS_AT_ONCE, MAX_EXPORTS_PER_PERSON } from '../../../../server/reports/exports/export-slots';

const apps: ReturnType<typeof Fastify>[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

/** A file route that waits until released: the workbook still being built. */
async function slowFiles() {
  const app = Fastify();
  apps.push(app);
  installErrorHandler(app);
  const gates: Array<() => void> = [];
  await app.register(async (files) => {
    limitExports(files);
    files.get('/file', async () => {
      await new Promise<void>((resolve) => gates.push(resolve));
      return 'file';
    });
  });
  await app.ready();
  const ask = (ip: string) => app.inject({ url: '/file', remoteAddress: ip });
  const releaseAll = () => gates.splice(0).forEach((g) => g());
  return { ask, releaseAll, waiting: () => gates.length };
}

describe('export slots', () => {
  it(`lets one person prepare ${MAX_EXPORTS_PER_PERSON} files at once, refuses a third with Retry-After, and lets them go on after`, async () => {
    const { ask, releaseAll, waiting } = await slowFiles();
    const first = [ask('192.0.2.1'), ask('192.0.2.1')];
    await expect.poll(waiting).toBe(MAX_EXPORTS_PER_PERSON);
    const third = await ask('192.0.2.1');
    expect([third.statusCode, third.headers['retry-after'], third.json().error.code]).toEqual([429, String(EXPORT_RETRY_SECONDS), 'rate_limited']);
    expect(third.json().error.message).toContain('Another file of yours is being prepared');
    releaseAll();
    expect((await Promise.all(first)).map((r) => r.statusCode)).toEqual([200, 200]);
    const later = ask('192.0.2.1');
    await expect.poll(waiting).toBe(1);
    releaseAll();
    expect((await later).statusCode).toBe(200);
  });

  it(`prepares ${MAX_EXPORTS_AT_ONCE} files at once in all, whoever asks`, async () => {
    const { ask, releaseAll, waiting } = await slowFiles();
    const running = Array.from({ length: MAX_EXPORTS_AT_ONCE }, (_, i) => ask(`192.0.2.${10 + i}`));
    await expect.poll(waiting).toBe(MAX_EXPORTS_AT_ONCE);
    const refused = await ask('192.0.2.99');
    expect([refused.statusCode, refused.json().error.message]).toEqual([429, expect.stringContaining('other people')]);
    releaseAll();
    expect((await Promise.all(running)).every((r) => r.statusCode === 200)).toBe(true);
  });
});
