// The stamp that tells npm start whether dist/ was built from the sources as they are now.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_STAMP, builtFromCurrentSources, frontEndSourcesFingerprint } from '../../server/front-end-sources';

let dir: string | undefined;
afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

describe('front-end sources fingerprint', () => {
  it('is the same for the same sources', () => {
    const first = frontEndSourcesFingerprint();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(frontEndSourcesFingerprint()).toBe(first);
  });

  it('calls a build current only when its stamp is the sources\' fingerprint', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-stamp-'));
    expect(builtFromCurrentSources(dir)).toBe(false);
    fs.writeFileSync(path.join(dir, BUILD_STAMP), `${'0'.repeat(64)}\n`);
    expect(builtFromCurrentSources(dir)).toBe(false);
    fs.writeFileSync(path.join(dir, BUILD_STAMP), `${frontEndSourcesFingerprint()}\n`);
    expect(builtFromCurrentSources(dir)).toBe(true);
  });
});
