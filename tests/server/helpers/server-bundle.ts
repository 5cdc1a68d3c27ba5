// Bundles one of the collector's programs (server/main.ts, server/cli/admin.ts) into one ES module, packages left outside, so that tests which start it many times start it fast.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const bundles = new Map<string, Promise<string>>();

/**
 * The same source `npm start` or `npm run admin` runs, compiled once per test process: tsx spends
 * about a second of CPU on every start resolving and compiling ~200 files (1.8 s for `admin
 * list-users`, 0.8 s bundled, on a quiet machine; three times as much on two busy cores), and the
 * chaos suite restarts the collector, the command-line suites run the admin command, dozens of times.
 * The bundle lives under node_modules/.cache so that its packages resolve from the project's
 * node_modules as they do for the sources; each module keeps its own import.meta.url (package.json,
 * the public page's CSS and the PDF fonts are read relative to it).
 */
export function bundleServer(entry: 'server/main.ts' | 'server/cli/admin.ts'): Promise<string> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = compile(entry);
    bundles.set(entry, bundle);
  }
  return bundle;
}

async function compile(entry: string): Promise<string> {
  const outDir = path.join(ROOT, 'node_modules', '.cache', 'gradimento-bundles');
  const name = path.basename(entry, '.ts');
  const result = await build({
    entryPoints: [path.join(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: path.join(outDir, `${name}.mjs`),
    write: false,
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
  const code = result.outputFiles[0]!.contents;
  // Named by its content: the test processes of one run share one file, whatever their number, and
  // vitest ends its workers without an exit event that could remove a file of their own. A bundle
  // of older sources is removed once it is an hour old, when no run still uses it.
  const outfile = path.join(outDir, `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  fs.mkdirSync(outDir, { recursive: true });
  for (const old of fs.readdirSync(outDir)) {
    const file = path.join(outDir, old);
    const stat = old.startsWith(`${name}-`) && file !== outfile ? fs.statSync(file, { throwIfNoEntry: false }) : undefined;
    if (stat && Date.now() - stat.mtimeMs > 3_600_000) fs.rmSync(file, { force: true });
  }
  if (!fs.existsSync(outfile)) {
    // Written whole, then renamed: another worker never runs half a file.
    const partial = `${outfile}.${process.pid}.partial`;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, outfile);
  }
  return outfile;
}
