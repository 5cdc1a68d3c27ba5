// What the built front-ends are made from: `vite build` writes a fingerprint of its sources into
// the build, and `npm start` builds again when the sources no longer match it.
//
// Why: `npm start` used to build only when dist/ was missing. After a `git pull`, a dist/ built from
// older sources was served as it was, against a collector whose API had moved on: the dashboard
// stayed blank (an old page reading a new answer), with nothing said anywhere.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The folders and files the front-ends are built from (vite.config.ts: root kiosk/, public/, and the shared contract). */
const SOURCES = ['kiosk', 'public', 'server/contract', 'vite.config.ts', 'package-lock.json'];

/** The stamp's file name inside the build folder. */
export const BUILD_STAMP = 'build-sources.json';

interface Stamp {
  /** The folder the build was made in: where its sources are. */
  root: string;
  sha256: string;
}

function filesUnder(root: string, relative: string): string[] {
  const full = path.join(root, relative);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [relative];
  return fs
    .readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((f) => path.posix.join(relative, f.split(path.sep).join('/')))
    .filter((f) => fs.statSync(path.join(root, f)).isFile());
}

/** SHA-256 over every source file's path and content under `root`, in path order. */
export function frontEndSourcesFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap((s) => filesUnder(root, s)).sort()) {
    hash.update(file).update('\0').update(fs.readFileSync(path.join(root, file))).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Marks a folder as gradimento's build folder: a build empties its folder first, and the collector
 * lets it do so only to an empty folder or one holding this file (server/build-front-end.ts).
 */
export const BUILD_MARKER = '.gradimento-build';

/** Writes the build marker into distDir (which must exist). */
export function writeBuildMarker(distDir: string): void {
  fs.writeFileSync(path.join(distDir, BUILD_MARKER), 'The terminal and the dashboard, built by gradimento: npm start may empty this folder and build them again.\n');
}

/** Written by the build (vite.config.ts) once it is complete, with the folder it was built from. */
export function writeBuildStamp(distDir: string, root: string): void {
  const stamp: Stamp = { root: path.resolve(root), sha256: frontEndSourcesFingerprint(root) };
  fs.writeFileSync(path.join(distDir, BUILD_STAMP), `${JSON.stringify(stamp)}\n`);
  writeBuildMarker(distDir);
}

export type BuildFreshness =
  /** Built from the sources as they are now. */
  | { state: 'current' }
  /** Built from other sources: build again in `root`. */
  | { state: 'stale'; root: string }
  /** No stamp: made by a version before stamps, so from older sources. */
  | { state: 'unstamped' }
  /** The folder it was built in is gone (the build was copied elsewhere): nothing to compare with. */
  | { state: 'unknown'; root: string };

/**
 * Whether `distDir` was built from the sources as they are now. The sources are looked for where
 * the build recorded them, not beside this module: a bundled collector (tests/chaos) runs from
 * elsewhere and would find none.
 */
export function buildFreshness(distDir: string): BuildFreshness {
  let stamp: Stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(distDir, BUILD_STAMP), 'utf8')) as Stamp;
  } catch {
    return { state: 'unstamped' };
  }
  if (typeof stamp.root !== 'string' || !fs.existsSync(path.join(stamp.root, 'vite.config.ts'))) return { state: 'unknown', root: String(stamp.root) };
  return frontEndSourcesFingerprint(stamp.root) === stamp.sha256 ? { state: 'current' } : { state: 'stale', root: stamp.root };
}
