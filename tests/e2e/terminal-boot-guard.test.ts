// A terminal whose modules fail to load or run says «Terminale fuori servizio» (kiosk/terminal/boot-guard.js) and comes back by itself once they are served again; one that starts never sees it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { DEMO } from '../../server/store/seed-demo';
import { it as staffWords } from '../../kiosk/ui/i18n';
import { OUT_OF_SERVICE_CHECK_MS } from '../../kiosk/terminal/sw-register';
import { launchBrowser, type Browser } from './helpers/browser';
import { startCollector, type RunningCollector } from './helpers/collector';

const counter = DEMO.terminals.find((t) => t.mode === 'counter')!;

let collector: RunningCollector;
beforeAll(async () => {
  collector = await startCollector(inject('distDir'));
});
afterAll(async () => {
  await collector?.close();
});

/** The app's entry chunk, as the built page names it. */
function entryChunk(): string {
  const html = fs.readFileSync(path.join(inject('distDir'), 'terminal/index.html'), 'utf8');
  const src = /<script type="module"[^>]*\ssrc="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!src) throw new Error('terminal/index.html has no module script');
  return src;
}

/**
 * A Chromium of its own for each test: a service worker that one start registered would serve the
 * next test's chunks itself, where page.route does not see them. The guard's waits are shortened
 * the only way it allows, a global set before the page's own scripts run.
 */
async function withTerminal(waits: { start: number; retry: number }, run: (page: Page, browser: Browser) => Promise<void>): Promise<void> {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.addInitScript((w) => void ((window as unknown as { __gradimentoBootGuardMs: unknown }).__gradimentoBootGuardMs = w), waits);
    await run(page, browser);
  } finally {
    await browser.close();
  }
}

const guardScreen = (page: Page) => page.getByTestId('boot-out-of-service');

/** What the staff read on the guard's screen, paragraph by paragraph. */
const shownWords = (page: Page) => guardScreen(page).locator('h1, p').allTextContents();

const failures: { how: string; route: (route: Route) => Promise<void> | void; detail: (entry: string) => string | null }[] = [
  { how: 'answers 500', route: (r) => r.fulfill({ status: 500, body: 'Internal Server Error' }), detail: (entry) => `${collector.url}${entry}` },
  { how: 'never arrives (the network failed)', route: (r) => r.abort('failed'), detail: (entry) => `${collector.url}${entry}` },
  {
    how: 'throws at its top level',
    route: (r) => r.fulfill({ status: 200, contentType: 'text/javascript', body: "throw new Error('boom at load');" }),
    detail: () => 'Uncaught Error: boom at load',
  },
  // An old browser that cannot run the modules at all says nothing: only the wait tells.
  { how: 'hangs', route: () => undefined, detail: () => null },
];

describe('a terminal whose modules do not load', () => {
  it.each(failures)('says «Terminale fuori servizio» in the catalogue’s words when its entry chunk $how', async ({ route, detail }) => {
    const start = 4_000;
    await withTerminal({ start, retry: 10 * 60_000 }, async (page) => {
      const entry = entryChunk();
      await page.route(`**${entry}`, route);
      const opened = Date.now();
      await page.goto(await collector.pairingUrl(counter.id), { waitUntil: 'commit' });
      await guardScreen(page).waitFor({ timeout: start + 5_000 });
      const after = Date.now() - opened;
      const said = detail(entry);
      // An error is told at once; only silence waits for the guard's time.
      if (said) expect(after).toBeLessThan(start);
      else expect(after).toBeGreaterThanOrEqual(start - 500);
      const words = [staffWords.outOfServiceTitle, staffWords.outOfServiceBody(OUT_OF_SERVICE_CHECK_MS / 60_000)];
      expect(await shownWords(page)).toEqual(said ? [...words, staffWords.outOfServiceDetail(said)] : words);
      expect(await page.getByRole('heading', { name: staffWords.outOfServiceTitle }).isVisible()).toBe(true);
      expect(await page.locator('#app').isVisible()).toBe(false);
    });
  });

  it('comes back by itself once the chunk is served again: the guard reloads, the app starts', async () => {
    await withTerminal({ start: 4_000, retry: 3_000 }, async (page) => {
      const entry = entryChunk();
      await page.route(`**${entry}`, (r) => r.fulfill({ status: 500, body: 'Internal Server Error' }));
      await page.goto(await collector.pairingUrl(counter.id), { waitUntil: 'commit' });
      await guardScreen(page).waitFor({ timeout: 10_000 });
      // The collector is fixed; nobody touches the terminal.
      await page.unroute(`**${entry}`);
      await page.getByTestId('face-positivo').waitFor({ timeout: 20_000 });
      expect(await guardScreen(page).count()).toBe(0);
      // The pairing code the address carried through the reload did its work.
      await page.waitForFunction(() => !location.search.includes('pair='), undefined, { timeout: 15_000 });
    });
  });
});

describe('a terminal whose modules do not load', () => {
  it('lets a fixed version waiting in its service worker take over: a reload alone would keep the broken one', async () => {
    // A copy of the build of its own, into which new versions are published as terminal-updates.test.ts does.
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-guard-dist-'));
    fs.cpSync(inject('distDir'), dist, { recursive: true });
    const own = await startCollector(dist);
    const firstHtml = fs.readFileSync(path.join(dist, 'terminal/index.html'), 'utf8');
    /** A version whose page loads `entry` instead of the app's entry chunk, with a new revision of the page in sw.js. */
    const publish = (name: string, html: string) => {
      fs.writeFileSync(path.join(dist, 'terminal/index.html'), html);
      const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
      const entry = /(url:\s*"terminal\/index\.html",\s*revision:\s*")[^"]+"/;
      if (!entry.test(sw)) throw new Error('sw.js no longer precaches terminal/index.html in the form this test rewrites');
      fs.writeFileSync(path.join(dist, 'sw.js'), sw.replace(entry, `$1${name}"`));
    };
    try {
      await withTerminal({ start: 4_000, retry: 2_000 }, async (page) => {
        await page.goto(await own.pairingUrl(counter.id));
        await page.getByTestId('face-positivo').waitFor({ timeout: 15_000 });
        await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 15_000 });

        // A version whose entry throws as it loads reaches the terminal the usual way, idle at the start screen.
        fs.writeFileSync(path.join(dist, 'assets/broken-entry.js'), "throw new Error('version broken');\n");
        const broken = firstHtml.replace(entryChunk(), '/assets/broken-entry.js');
        expect(broken).not.toBe(firstHtml);
        publish('broken', broken);
        await page.evaluate(async () => void (await (await navigator.serviceWorker.getRegistration('/terminal/'))!.update()));
        await guardScreen(page).waitFor({ timeout: 30_000 });
        expect(await shownWords(page)).toContain(staffWords.outOfServiceDetail('Uncaught Error: version broken'));

        // The fixed version is published; the guard finds it and lets it in, nobody touching the terminal.
        publish('fixed', firstHtml);
        await page.getByTestId('face-positivo').waitFor({ timeout: 30_000 });
        expect(await page.locator('script[src="/assets/broken-entry.js"]').count()).toBe(0);
        expect(await guardScreen(page).count()).toBe(0);
      });
    } finally {
      await own.close();
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });

  it('takes its screen back when the app starts after all, later than its wait', async () => {
    await withTerminal({ start: 500, retry: 10 * 60_000 }, async (page) => {
      // A slow tablet: the entry chunk arrives well after the guard's wait.
      await page.route(`**${entryChunk()}`, async (r) => {
        await new Promise((resolve) => setTimeout(resolve, 2_500));
        await r.continue();
      });
      await page.goto(await collector.pairingUrl(counter.id), { waitUntil: 'commit' });
      await guardScreen(page).waitFor({ timeout: 10_000 });
      await page.evaluate(() => void ((window as unknown as { sameDocument: boolean }).sameDocument = true));
      await page.getByTestId('face-positivo').waitFor({ timeout: 15_000 });
      expect(await guardScreen(page).count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    });
  });
});

describe('a terminal that starts', () => {
  it('never shows the guard’s screen, and the guard leaves no timer behind: no reload past its waits', async () => {
    const waits = { start: 3_000, retry: 1_000 };
    await withTerminal(waits, async (page) => {
      const guards: string[] = [];
      page.on('request', (r) => void (r.url().includes('/assets/boot-guard-') && guards.push(r.url())));
      await page.goto(await collector.pairingUrl(counter.id));
      await page.getByTestId('face-positivo').waitFor({ timeout: 15_000 });
      // The guard was there, watching.
      expect(guards).toHaveLength(1);
      await page.evaluate(() => void ((window as unknown as { sameDocument: boolean }).sameDocument = true));
      await page.waitForTimeout(waits.start + waits.retry * 2);
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      expect(await guardScreen(page).count()).toBe(0);
      expect(await page.getByTestId('face-positivo').isVisible()).toBe(true);
    });
  });
});
