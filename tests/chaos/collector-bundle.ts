// Bundles server/main.ts into one ES module (packages left outside) so the collector restarts fast under chaos.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The same source `npm start` runs, compiled once: `node --import tsx server/main.ts` spends about
 * twice the CPU on every start compiling ~200 files, and the chaos suite restarts the collector
 * many times on two shared cores. The bundle lives under node_modules/.cache so that its packages
 * resolve from the project's node_modules as they do for main.ts; each module keeps its own
 * import.meta.url (package.json, the public page's CSS and the PDF fonts are read relative to it).
 */
export async function bundleCollector(): Promise<string> {
  const outDir = path.join(ROOT, 'node_modules', '.cache', 'gradimento-chaos');
  fs.mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, `main-${process.pid}.mjs`);
  // One per test process, gone with it.
  process.once('exit', () => fs.rmSync(outfile, { force: true }));
  await build({
    entryPoints: [path.join(ROOT, 'server/main.ts')],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
    plugins: [
      {
        name: 'own-import-meta-url',
        setup(b) {
          b.onLoad({ filter: /[\\/]server[\\/].*\.ts$/ }, (args) => ({
            contents: fs.readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
            loader: 'ts',
          }));
        },
      },
    ],
  });
  return outfile;
}
