// `npm run lighthouse`: Lighthouse 12 (mobile) on the paired terminal and on the dashboard's sign-in page, against a fresh collector on 127.0.0.1; scores for docs/accessibility.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFrontEnd } from '../../server/build-front-end';
import { PAGES } from '../../server/contract/api';
import { DEMO } from '../../server/store/seed-demo';
import { startCollector } from '../e2e/helpers/collector';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

function lighthouse(url: string): Record<string, number> {
  const out = path.join(os.tmpdir(), `lh-${process.pid}-${Date.now()}.json`);
  const run = spawnSync(
    process.execPath,
    [path.resolve('node_modules/lighthouse/cli/index.js'), url, '--quiet', '--output=json', `--output-path=${out}`, `--chrome-flags=${FLAGS}`, '--only-categories=performance,accessibility,best-practices,seo'],
    { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (run.status !== 0) throw new Error(`lighthouse failed on ${url} (exit ${run.status})`);
  const report = JSON.parse(fs.readFileSync(out, 'utf8')) as { categories: Record<string, { score: number | null }> };
  fs.rmSync(out, { force: true });
  return Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
}

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-lh-dist-'));
await buildFrontEnd(dist);
const collector = await startCollector(dist);
try {
  // A pairing link, as staff open it on a new device: Lighthouse's fresh profile enrols on load.
  const terminal = lighthouse(await collector.pairingUrl(DEMO.terminals[1]!.id));
  const signIn = lighthouse(`${collector.url}${PAGES.dashboard}`);
  console.log(JSON.stringify({ terminal, dashboardSignIn: signIn }, null, 2));
} finally {
  await collector.close();
  fs.rmSync(dist, { recursive: true, force: true });
}
