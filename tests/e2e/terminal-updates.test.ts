// A terminal moves to a new kiosk version once idle on its start screen, also when its page started without a service worker in control.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO } from '../../server/store/seed-demo';
import { launchBrowser } from './helpers/browser';
import { startCollector } from './helpers/collector';
import { openTerminal } from './helpers/pages';
import type { Stage } from './helpers/stage';

const counter = DEMO.terminals[1]!;

// A copy of the build of its own: this file publishes new versions into it, which the other files must not see.
let dist = '';
let firstHtml = '';
const stage = {} as Stage;
beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-updates-dist-'));
  fs.cpSync(inject('distDir'), dist, { recursive: true });
  firstHtml = fs.readFileSync(path.join(dist, 'terminal/index.html'), 'utf8');
  stage.collector = await startCollector(dist);
  stage.browser = await launchBrowser({ width: 800, height: 1280 });
});
afterAll(async () => {
  await stage.browser?.close();
  await stage.collector?.close();
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
});

/**
 * Publishes version `name` as a rebuild would: the terminal's page loads one more script (it marks
 * the page with its name), and sw.js precaches the new page under a new revision, so the browser
 * finds a new service worker. A `broken` version throws while starting: before the app's script, a
 * script makes the first thing its start-up asks the browser for (navigator.storage.persist) throw.
 */
function publishVersion(name: string, { broken = false } = {}): void {
  const tags = [`<script type="module" src="/assets/version-${name}.js"></script>`];
  fs.writeFileSync(path.join(dist, 'assets', `version-${name}.js`), `document.documentElement.dataset.version = ${JSON.stringify(name)};\n`);
  if (broken) {
    fs.writeFileSync(path.join(dist, 'assets', `break-${name}.js`), `StorageManager.prototype.persist = function () { throw new Error('version ${name} is broken'); };\n`);
    tags.unshift(`<script src="/assets/break-${name}.js"></script>`);
  }
  const withTags = firstHtml.replace('<head>', `<head>${tags.join('')}`);
  if (withTags === firstHtml) throw new Error('terminal/index.html has no <head>: update publishVersion');
  fs.writeFileSync(path.join(dist, 'terminal/index.html'), withTags);
  const swFile = path.join(dist, 'sw.js');
  const sw = fs.readFileSync(swFile, 'utf8');
  const entry = /(url:\s*"terminal\/index\.html",\s*revision:\s*")[^"]+"/;
  if (!entry.test(sw)) throw new Error('sw.js no longer precaches terminal/index.html in the form this test rewrites: update publishVersion');
  fs.writeFileSync(swFile, sw.replace(entry, `$1${name}"`));
}

/** The version the page runs: undefined for the first build; null while the page is reloading. */
const runningVersion = (page: Page) => page.evaluate(() => document.documentElement.dataset.version).catch(() => null);

/** What a terminal does each hour (sw-register.ts), now. */
const lookForUpdate = (page: Page) => page.evaluate(async () => void (await (await navigator.serviceWorker.getRegistration('/terminal/'))!.update()));

describe('a terminal and a new kiosk version', () => {
  it('opened from its pairing link, reloads into each new version once idle at its start screen', async () => {
    const page = await openTerminal(stage, counter.id);
    await page.getByTestId('face-positivo').waitFor();
    // The page started without a controller; the first worker claims it, which is no new version.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 15_000 });
    expect(await runningVersion(page)).toBeUndefined();

    publishVersion('v2');
    await lookForUpdate(page);
    // Installed, told to take over after 3 s of quiet on the start screen, then the page reloads into it.
    await expect.poll(() => runningVersion(page), { timeout: 30_000 }).toBe('v2');
    await page.getByTestId('face-positivo').waitFor({ timeout: 15_000 });

    // Now a page that started with a controller, as after a tablet's reboot: the next version too.
    publishVersion('v3');
    await lookForUpdate(page);
    await expect.poll(() => runningVersion(page), { timeout: 30_000 }).toBe('v3');
    await page.getByTestId('face-positivo').waitFor({ timeout: 15_000 });
    await page.close();
  });

  it('a version that throws while starting says «Terminale fuori servizio», and the next version still gets in', async () => {
    const page = await openTerminal(stage, counter.id);
    await page.getByTestId('face-positivo').waitFor();
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 15_000 });

    publishVersion('broken', { broken: true });
    await lookForUpdate(page);
    await expect.poll(() => runningVersion(page), { timeout: 30_000 }).toBe('broken');
    await page.getByRole('heading', { name: 'Terminale fuori servizio' }).waitFor({ timeout: 15_000 });
    await page.getByText('Errore: Error: version broken is broken').waitFor();

    // The broken page looks every 5 minutes; the test looks now.
    publishVersion('fixed');
    await lookForUpdate(page);
    await expect.poll(() => runningVersion(page), { timeout: 30_000 }).toBe('fixed');
    await page.getByTestId('face-positivo').waitFor({ timeout: 15_000 });
    await page.close();
  });
});
