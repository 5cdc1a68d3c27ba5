// Builds the terminal and the dashboard with Vite when they are missing (first `npm start`, tests).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's folder, beside this module: where the sources and vite.config.ts are. */
const ownRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Runs `vite build` in a child process with NODE_ENV=production. In-process, Vite would inherit
 * the caller's NODE_ENV: under vitest that is "test", which builds a non-production bundle
 * without the service worker registration.
 */
export async function buildFrontEnd(distDir: string, root: string = ownRoot): Promise<void> {
  const require = createRequire(path.join(root, 'package.json'));
  const viteBin = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [viteBin, 'build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed with exit code ${code}`))));
  });
}
