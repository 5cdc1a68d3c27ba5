// The accessibility check itself can fail: run inside the page, it still finds a violation of each
// kind the dashboard suites rely on (a landmark rule, a name rule, contrast), and refuses a page
// with a frame from another origin, which it would not test.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { launchBrowser, type Browser } from './browser';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

it('names the rule and the element of each violation', async () => {
  await page.route('http://gradimento.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="it"><head><title>Prova</title></head><body>
        <p>Fuori da ogni regione</p>
        <main><h1>Prova</h1><button id="mute"></button><p id="grey" style="color:#bbb;background:#fff">Testo chiaro</p></main></body></html>`,
    }),
  );
  await page.goto('http://gradimento.test/');
  const found = await axeViolations(page);
  expect(found.map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['region', 'button-name', 'color-contrast']));
  expect(found.find((v) => v.startsWith('button-name'))).toContain('#mute');
});

it('refuses a page with a frame from another origin', async () => {
  await page.route('http://altro.test/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="it"><title>Altro</title><main>Altro</main></html>' }));
  await page.route('http://gradimento.test/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="it"><title>Prova</title><main><iframe title="Altro" src="http://altro.test/"></iframe></main></html>' }),
  );
  await page.goto('http://gradimento.test/');
  await page.frameLocator('iframe').locator('main').waitFor();
  await expect(axeViolations(page)).rejects.toThrow(/frames from another origin.*altro\.test/);
});
