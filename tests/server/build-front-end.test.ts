// The folder a first start builds into: emptied only when it is empty or a build of gradimento;
// anything else (DIST_DIR at a folder of other files, or at the project) is refused and left as it was.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFrontEnd, refuseForeignDistDir } from '../../server/build-front-end';
import { ConfigError } from '../../server/config';
import { BUILD_MARKER, writeBuildStamp } from '../../server/front-end-sources';
import { tempDirsRemovedAfterEach } from './helpers/test-collector';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const temp = tempDirsRemovedAfterEach();

describe('the folder a build empties (DIST_DIR)', () => {
  it('refuses a folder of other files, naming DIST_DIR, the files and the fix, and deletes none of them', async () => {
    const dist = temp();
    fs.writeFileSync(path.join(dist, 'tesi.pdf'), 'years of work');
    fs.mkdirSync(path.join(dist, 'foto'));
    const message = new RegExp(`^DIST_DIR "${dist}" holds files that are not a build of gradimento \\(foto, tesi\\.pdf\\|tesi\\.pdf, foto\\).*Nothing was changed\\. Fix: point DIST_DIR at a new or empty folder`.replace('\\|', '|'));
    expect(() => refuseForeignDistDir(dist, ROOT)).toThrow(ConfigError);
    // buildFrontEnd refuses before Vite ever runs.
    await expect(buildFrontEnd(dist, ROOT)).rejects.toThrow(/holds files that are not a build of gradimento/);
    expect(() => refuseForeignDistDir(dist, ROOT)).toThrow(message);
    expect(fs.readFileSync(path.join(dist, 'tesi.pdf'), 'utf8')).toBe('years of work');
    expect(fs.readdirSync(dist).sort()).toEqual(['foto', 'tesi.pdf']);
  });

  it('refuses the project itself, and a folder above it', () => {
    expect(() => refuseForeignDistDir(ROOT, ROOT)).toThrow(/^DIST_DIR ".*" is the project's folder .*would delete it\. Nothing was changed\. Fix: /);
    expect(() => refuseForeignDistDir(path.dirname(ROOT), ROOT)).toThrow(/^DIST_DIR ".*" holds the project's folder/);
  });

  it('refuses a file in place of the folder', () => {
    const file = path.join(temp(), 'dist');
    fs.writeFileSync(file, 'x');
    expect(() => refuseForeignDistDir(file, ROOT)).toThrow(/^DIST_DIR ".*" is a file, not a folder/);
  });

  it('builds into a folder that is missing or empty', () => {
    expect(() => refuseForeignDistDir(path.join(temp(), 'new'), ROOT)).not.toThrow();
    expect(() => refuseForeignDistDir(temp(), ROOT)).not.toThrow();
  });

  it('builds again over a build of gradimento: marked, stamped by an earlier version, or older still (both pages)', () => {
    const marked = temp();
    fs.writeFileSync(path.join(marked, BUILD_MARKER), '');
    fs.writeFileSync(path.join(marked, 'half-written.js'), '');
    expect(() => refuseForeignDistDir(marked, ROOT)).not.toThrow();

    const stamped = temp();
    fs.writeFileSync(path.join(stamped, 'build-sources.json'), '{}');
    expect(() => refuseForeignDistDir(stamped, ROOT)).not.toThrow();

    const pages = temp();
    for (const page of ['terminal', 'dashboard']) {
      fs.mkdirSync(path.join(pages, page));
      fs.writeFileSync(path.join(pages, page, 'index.html'), '');
    }
    expect(() => refuseForeignDistDir(pages, ROOT)).not.toThrow();
  });

  it('marks a completed build (the stamp the build writes comes with the marker)', () => {
    const dist = temp();
    writeBuildStamp(dist, ROOT);
    expect(fs.existsSync(path.join(dist, BUILD_MARKER))).toBe(true);
  });
});
