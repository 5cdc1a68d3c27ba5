// The stamp that tells npm start whether a build was made from the sources as they are now.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_STAMP, buildFreshness, frontEndSourcesFingerprint, writeBuildStamp } from '../../server/front-end-sources';

let dir: string | undefined;
afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

/** A project folder with a few sources of each kind, and an empty build folder. */
function project() {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-stamp-'));
  const root = path.join(dir, 'src');
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write('vite.config.ts', 'export default {};');
  write('package-lock.json', '{}');
  write('kiosk/terminal/main.ts', 'console.log(1);');
  write('public/icon.svg', '<svg/>');
  write('server/contract/api.ts', 'export const a = 1;');
  write('server/app.ts', 'export const notAFrontEndSource = 1;');
  const dist = path.join(dir, 'dist');
  fs.mkdirSync(dist);
  return { root, dist, write };
}

describe('the build stamp', () => {
  it('calls a build current until a source of the front-ends changes, and says where to build again', () => {
    const { root, dist, write } = project();
    writeBuildStamp(dist, root);
    expect(JSON.parse(fs.readFileSync(path.join(dist, BUILD_STAMP), 'utf8'))).toEqual({ root, sha256: frontEndSourcesFingerprint(root) });
    expect(buildFreshness(dist)).toEqual({ state: 'current' });

    // The server's own code is not built into the front-ends: no new build for it.
    write('server/app.ts', 'export const changed = 2;');
    expect(buildFreshness(dist)).toEqual({ state: 'current' });

    write('server/contract/api.ts', 'export const a = 2;');
    expect(buildFreshness(dist)).toEqual({ state: 'stale', root });
    writeBuildStamp(dist, root);
    write('kiosk/terminal/new-screen.tsx', 'export {};');
    expect(buildFreshness(dist)).toEqual({ state: 'stale', root });
  });

  it('tells a build without a stamp (made before stamps) from one whose sources are gone', () => {
    const { root, dist } = project();
    expect(buildFreshness(dist)).toEqual({ state: 'unstamped' });
    writeBuildStamp(dist, root);
    fs.rmSync(root, { recursive: true });
    expect(buildFreshness(dist)).toEqual({ state: 'unknown', root });
  });

  it('fingerprints the same sources the same way, and a renamed file differently', () => {
    const { root } = project();
    const first = frontEndSourcesFingerprint(root);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(frontEndSourcesFingerprint(root)).toBe(first);
    fs.renameSync(path.join(root, 'public/icon.svg'), path.join(root, 'public/logo.svg'));
    expect(frontEndSourcesFingerprint(root)).not.toBe(first);
  });
});
