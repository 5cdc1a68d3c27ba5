// A real kiosk page in Chromium (its own context: own IndexedDB and service worker) voting through chaos:
// offline windows, reloads right after a vote while its sync runs, a collector that vanishes.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PAGES } from '../../server/contract/api';
import { asksForReasons, SCALES } from '../../server/contract/scale';
import type { Random } from '../../server/demo/random';
import { sleep, type Faults } from './faults';

/** What a stored vote of a kiosk must match: face, follow-up and reasons, as tapped. */
export const kioskKey = (face: string, followUp: string, reasons: readonly string[]) => `${face} ${followUp} ${[...reasons].sort().join('+')}`;

export class KioskTerminal {
  /** Votes tapped, by kioskKey: the citizen saw "Grazie!" for each. */
  readonly tally = new Map<string, number>();
  cast = 0;
  private context: BrowserContext | null = null;
  private page: Page | null = null;
  private stopVoting = false;

  constructor(
    readonly id: string,
    readonly officeId: string,
    readonly serviceId: string,
    private readonly reasons: readonly string[],
    private readonly rnd: Random,
    private readonly faults: Faults,
  ) {}

  /** Opens the pairing link as staff do, and waits until the service worker holds the app shell. */
  async open(browser: Browser, collectorUrl: string, pairingCode: string): Promise<void> {
    this.context = await browser.newContext({ viewport: { width: 800, height: 1280 }, locale: 'it-IT', timezoneId: 'Europe/Rome' });
    this.page = await this.context.newPage();
    await this.page.goto(`${collectorUrl}${PAGES.terminal}?pair=${pairingCode}`);
    await this.page.waitForFunction(() => !location.search.includes('pair='), undefined, { timeout: 30_000 });
    await this.page.getByTestId('face-positivo').waitFor({ timeout: 30_000 });
    await this.page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 30_000 });
  }

  /** Votes still in the page's queue (the status corner's count). */
  async waiting(): Promise<number> {
    return Number(await this.page!.getByTestId('status-waiting').getAttribute('data-count'));
  }

  async run(): Promise<void> {
    const page = this.page!;
    while (!this.stopVoting) {
      await sleep(100 + this.rnd.int(800));
      if (this.rnd.chance(0.15)) {
        // The office's link drops for a few seconds; citizens go on voting.
        await this.context!.setOffline(true);
        this.faults.add('offline');
        void sleep(1000 + this.rnd.int(4000)).then(() => this.context?.setOffline(false));
      }
      await this.vote(page);
      if (this.rnd.chance(0.2)) {
        // Right after "Grazie!" the sync loop is sending: a reboot (or a staff reload) cuts it off.
        await page.reload();
        await page.getByTestId('face-positivo').waitFor({ timeout: 30_000 });
        this.faults.add('reloads');
      }
    }
    await this.context!.setOffline(false);
  }

  stop(): void {
    this.stopVoting = true;
  }

  private async vote(page: Page): Promise<void> {
    const face = this.rnd.pick(SCALES[3]);
    await page.getByTestId(`face-${face}`).click();
    let followUp = 'not-asked';
    let chosen: string[] = [];
    if (asksForReasons(face)) {
      if (this.reasons.length > 0 && this.rnd.chance(0.6)) {
        chosen = [...new Set([this.rnd.pick(this.reasons), this.rnd.pick(this.reasons)])];
        for (const r of chosen) await page.getByTestId(`reason-${r}`).click();
        await page.getByTestId('reasons-send').click();
        followUp = 'chosen';
      } else {
        await page.getByTestId('reasons-skip').click();
        followUp = 'skipped';
      }
    }
    await page.getByTestId('thanks').waitFor({ state: 'visible', timeout: 15_000 });
    const key = kioskKey(face, followUp, chosen);
    this.tally.set(key, (this.tally.get(key) ?? 0) + 1);
    this.cast++;
    await page.getByTestId('face-positivo').waitFor({ state: 'visible', timeout: 15_000 });
  }

  /** Waits until the page has delivered every vote, by itself (its socket reconnecting wakes the sync loop). */
  async drain(timeoutMs: number): Promise<void> {
    const end = Date.now() + timeoutMs;
    while ((await this.waiting()) > 0) {
      if (Date.now() > end) throw new Error(`kiosk ${this.id}: ${await this.waiting()} votes still waiting after ${timeoutMs} ms`);
      await sleep(250);
    }
  }

  async close(): Promise<void> {
    await this.context?.close();
    this.context = null;
  }
}
