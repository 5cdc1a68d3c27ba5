// Runs every test project (server, kiosk in Chromium, end-to-end) and ends with the plain
// "N passed, N failed" line that CI reads (vitest's own summary is not a form CI knows).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = `${root}.vitest-results.json`;
rmSync(results, { force: true });

/** A child process's exit code, with what it printed kept aside (printed only when it matters). */
function run(args, { quiet = false, env = process.env, detached = false } = {}) {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'], detached });
  let output = '';
  if (quiet) for (const s of [child.stdout, child.stderr]) s.on('data', (c) => (output += c));
  const done = new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  return { child, done, output: () => output };
}

function fail(message) {
  if (message) console.log(message);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

// The type check (half a minute of one core) runs beside the suites rather than before them, so its
// time is shared with theirs instead of added to it. A type error still fails the run, and stops
// the suites at once, as it did when it came first: they are not worth finishing on top of one.
const types = run([`${root}node_modules/typescript/bin/tsc`, '--noEmit', '-p', root], { quiet: true });

// The end-to-end suites' front-end, built here while the type check starts, rather than by their
// global setup once the server suites are done (tests/e2e/global-setup.ts takes it from TEST_DIST_DIR).
const distDir = mkdtempSync(path.join(tmpdir(), 'gradimento-dist-'));
const build = run(['--import', 'tsx', '-e', `await (await import(${JSON.stringify(path.join(root, 'server/build-front-end.ts'))})).buildFrontEnd(${JSON.stringify(distDir)})`], { quiet: true });
const removeDist = () => rmSync(distDir, { recursive: true, force: true });
if ((await build.done) !== 0) {
  types.child.kill();
  removeDist();
  fail(`The terminal and the dashboard did not build:\n${build.output()}`);
}

const suites = run(
  [`${root}node_modules/vitest/vitest.mjs`, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`, ...process.argv.slice(2)],
  { detached: true, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', TEST_DIST_DIR: distDir } },
);
// A type error stops the suites at once. vitest first, so that its global setups stop what they
// started (the test PostgreSQL server runs in a session of its own); then whatever is left of its
// group (workers, browsers, collectors).
const killGroup = () => {
  try {
    process.kill(-suites.child.pid, 'SIGKILL');
  } catch {}
};
const stopSuites = () => {
  suites.child.kill('SIGTERM');
  setTimeout(killGroup, 20_000).unref();
  void suites.done.then(killGroup);
};
void types.done.then((c) => c !== 0 && stopSuites());
// Detached (to be stopped as a group), the suites no longer get the terminal's Ctrl-C by themselves.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    types.child.kill();
    stopSuites();
    await suites.done;
    removeDist();
    process.exit(1);
  });
}
const code = await suites.done;
if ((await types.done) !== 0) {
  removeDist();
  fail(`\nThe type check failed, so the suites were stopped:\n${types.output()}`);
}
removeDist();

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(results)) {
  const json = JSON.parse(readFileSync(results, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests;
  skipped = json.numPendingTests + json.numTodoTests;
  // A file that fails to load has no tests to count; it must still fail the run.
  failed += json.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
} else {
  failed = 1;
}
if (code !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(code);
