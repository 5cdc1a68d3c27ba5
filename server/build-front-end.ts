// Builds the terminal and the dashboard with Vite when they are missing (first `npm start`, tests).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, isWithin } from './config';
import { BUILD_MARKER, BUILD_STAMP, writeBuildMarker } from './front-end-sources';
import { frontEndBuilt } from './http/static';

/** The project's folder, beside this module: where the sources and vite.config.ts are. */
const ownRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * A build empties its folder first (--emptyOutDir). Why this check: DIST_DIR naming a folder of
 * other files (or the project itself) had a first start delete them. Allowed: a folder that does
 * not exist yet, an empty one, or a build of gradimento (the marker; or, for builds made before
 * the marker, the stamp or both pages).
 */
export function refuseForeignDistDir(distDir: string, root: string = ownRoot): void {
  const fix = 'Fix: point DIST_DIR at a new or empty folder, or leave it unset (dist/ in the project).';
  if (isWithin(path.resolve(root), distDir)) {
    throw new ConfigError(`DIST_DIR "${distDir}" ${path.resolve(root) === path.resolve(distDir) ? 'is' : 'holds'} the project's folder ${root}: building the front-ends there would delete it. Nothing was changed. ${fix}`);
  }
  if (!fs.existsSync(distDir)) return;
  if (!fs.statSync(distDir).isDirectory()) throw new ConfigError(`DIST_DIR "${distDir}" is a file, not a folder. Nothing was changed. ${fix}`);
  const entries = fs.readdirSync(distDir);
  if (entries.length === 0 || entries.includes(BUILD_MARKER) || entries.includes(BUILD_STAMP) || frontEndBuilt(distDir)) return;
  const shown = entries.slice(0, 3).join(', ') + (entries.length > 3 ? `, and ${entries.length - 3} more` : '');
  throw new ConfigError(
    `DIST_DIR "${distDir}" holds files that are not a build of gradimento (${shown}): building the terminal and the dashboard there would delete them. Nothing was changed. ${fix} If it is a build of gradimento that broke off, empty the folder yourself.`,
  );
}

/**
 * Runs `vite build` in a child process with NODE_ENV=production. In-process, Vite would inherit
 * the caller's NODE_ENV: under vitest that is "test", which builds a non-production bundle
 * without the service worker registration.
 */
export async function buildFrontEnd(distDir: string, root: string = ownRoot): Promise<void> {
  refuseForeignDistDir(distDir, root);
  const require = createRequire(path.join(root, 'package.json'));
  const viteBin = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [viteBin, 'build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn'], {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, NODE_ENV: 'production' },
      });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed with exit code ${code}`))));
    });
  } finally {
    // A complete build marks itself (vite.config.ts). One that broke off has already emptied the
    // folder, which stays gradimento's: marked, the next start may build into it again.
    if (fs.existsSync(distDir)) writeBuildMarker(distDir);
  }
}
