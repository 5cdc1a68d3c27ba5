// server/main.ts refusing to start, in one line that names the setting and the fix: what does not depend
// on the store runs once here (main.test.ts, which runs again on PostgreSQL, keeps what does).
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freePort, killCollectors, stampedDist, startRefused } from './helpers/main-process';

vi.setConfig({ testTimeout: 120_000 });

let dir: string;
let env: Record<string, string>;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-main-'));
  env = { DATA_DIR: dir, DATABASE_URL: '', DIST_DIR: stampedDist(dir) };
});
afterEach(() => {
  killCollectors();
  fs.rmSync(dir, { recursive: true, force: true });
});
afterAll(killCollectors);

describe('refusing to start, in one line that names the setting and the fix (no stack trace)', () => {
  it('PORT already in use', async () => {
    const taken = net.createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
    const { port } = taken.address() as net.AddressInfo;
    try {
      const run = await startRefused(env, port, { tsx: true });
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toMatch(new RegExp(`^Cannot start: PORT ${port} is already in use on HOST 127\\.0\\.0\\.1 .*Fix: stop that program, or choose another port, e\\.g\\. PORT=\\d+ npm start$`));
    } finally {
      taken.close();
    }
  });

  it.each([
    ['a name that does not resolve', 'no-such-host.invalid', /^Cannot start: HOST "no-such-host\.invalid" is not a name this machine can resolve\. Fix: HOST=0\.0\.0\.0 /],
    ['an address of another machine', '203.0.113.7', /^Cannot start: HOST "203\.0\.113\.7" is not an address of this machine\. Fix: HOST=0\.0\.0\.0 /],
  ])('HOST set to %s', async (_what, host, message) => {
    const run = await startRefused({ ...env, HOST: host }, await freePort());
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('DIST_DIR naming a folder of other files: nothing in it is deleted, nothing is built', async () => {
    const foreign = path.join(dir, 'documents');
    fs.mkdirSync(foreign);
    fs.writeFileSync(path.join(foreign, 'delibera.pdf'), 'keep me');
    const run = await startRefused({ ...env, DIST_DIR: foreign }, await freePort());
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^Configuration error: DIST_DIR ".*documents" holds files that are not a build of gradimento \(delibera\.pdf\): .* Fix: /);
    expect(run.stdout).not.toMatch(/Building/);
    expect(fs.readdirSync(foreign)).toEqual(['delibera.pdf']);
  });
});
