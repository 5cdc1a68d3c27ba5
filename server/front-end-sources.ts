// What the built front-ends are made from, as one fingerprint: `vite build` writes it beside them,
// and `npm start` builds again when the sources no longer match it.
//
// Why: `npm start` used to build only when dist/ was missing. After a `git pull`, a dist/ built from
// older sources was served as it was, against a collector whose API had moved on: the dashboard
// stayed blank (an old page reading a new answer), with nothing said anywhere.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The folders and files the front-ends are built from (vite.config.ts: root kiosk/, public/, and the shared contract). */
const SOURCES = ['kiosk', 'public', 'server/contract', 'vite.config.ts', 'package-lock.json'];

/** The stamp's file name inside the build folder. */
export const BUILD_STAMP = 'build-sources.sha256';

function filesUnder(relative: string): string[] {
  const full = path.join(root, relative);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [relative];
  return fs
    .readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((f) => path.posix.join(relative, f.split(path.sep).join('/')))
    .filter((f) => fs.statSync(path.join(root, f)).isFile());
}

/** SHA-256 over every source file's path and content, in path order. */
export function frontEndSourcesFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap(filesUnder).sort()) {
    hash.update(file).update('\0').update(fs.readFileSync(path.join(root, file))).update('\0');
  }
  return hash.digest('hex');
}

/** Whether `distDir` was built from the sources as they are now (false without a stamp). */
export function builtFromCurrentSources(distDir: string): boolean {
  const stamp = path.join(distDir, BUILD_STAMP);
  return fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === frontEndSourcesFingerprint();
}
