// Temporary folders for tests, each removed after the test that made it. Apart from test-collector.ts
// so that a suite needing no store can use them and still run once (vitest.config.ts runs every file
// naming test-collector on PostgreSQL too).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-'));
}

/** Call at a test file's top level: a maker of temporary folders, each removed after the test that made it. */
export function tempDirsRemovedAfterEach(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const d = makeTempDir();
    dirs.push(d);
    return d;
  };
}
