// A real kiosk page in Chromium (its own context: own IndexedDB and service worker) voting through chaos:
// offline windows, reloads right after a vote while its sync runs, a collector that vanishes.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PAGES } from '../../server/contract/api';
import { asksForReasons, SCALES } from '../../server/contract/scale';
import type { Random } from '../../server/demo/random';
import { sleep, type Faults } from './faults';

const HOUR = 3_600_000;

/** What a stored vote of a kiosk must match: face, follow-up and reasons as tapped, and whether its clock was hours off. */
export const kioskKey = (face: string, followUp: string, reasons: readonly string[], redated: boolean) => `${face} ${followUp} ${[...reasons].sort().join('+')}${redated ? ' re-dated' : ''}`;

export class KioskTerminal {
  /** Votes tapped, by kioskKey: the citizen saw "Grazie!" for each. */
  readonly tally = new Map<string, number>();
  cast = 0;
  private context: BrowserContext | null = null;
  private page: Page | null = null;
  private stopVoting = false;
  /** The page's clock against the real one (Playwright's clock drives Date in the page). */
  private clockOffsetMs = 0;

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
    // Half the kiosks start with a clock hours off; all can jump later.
    if (this.rnd.chance(0.5)) this.clockOffsetMs = this.hoursOff();
    await this.context.clock.install({ time: Date.now() + this.clockOffsetMs });
    this.page = await this.context.newPage();
    await this.page.goto(`${collectorUrl}${PAGES.terminal}?pair=${pairingCode}`);
    await this.page.waitForFunction(() => !location.search.includes('pair='), undefined, { timeout: 30_000 });
    await this.page.getByTestId('face-positivo').waitFor({ timeout: 30_000 });
    await this.page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 30_000 });
  }

  private hoursOff(): number {
    return (this.rnd.chance(0.5) ? 1 : -1) * (1 + this.rnd.int(6)) * HOUR;
  }

  /** Sets the page's clock to the real time plus the offset (again after a reload, which restarts the fake clock). */
  private async setClock(): Promise<void> {
    await this.context!.clock.setSystemTime(Date.now() + this.clockOffsetMs);
  }

  /** Votes still in the page's queue (the status corner's count); NaN until the corner has counted them. */
  async waiting(): Promise<number> {
    const count = await this.page!.getByTestId('status-waiting').getAttribute('data-count');
    return count === null ? Number.NaN : Number(count);
  }

  async run(): Promise<void> {
    const page = this.page!;
    while (!this.stopVoting) {
      await sleep(100 + this.rnd.int(800));
      if (this.stopVoting) break;
      // A kiosk votes every 4 s at best ("Grazie!" stays that long): its first vote always meets an
      // offline window and a reload, so that even a short run has both.
      const first = this.cast === 0;
      if (first || this.rnd.chance(0.3)) {
        // The office's link drops for a few seconds; citizens go on voting.
        await this.context!.setOffline(true);
        this.faults.add('offline');
        void sleep(1000 + this.rnd.int(4000)).then(() => this.context?.setOffline(false));
      }
      if (this.rnd.chance(0.1)) {
        this.clockOffsetMs = this.clockOffsetMs === 0 ? this.hoursOff() : this.rnd.chance(0.5) ? 0 : this.hoursOff();
        await this.setClock();
        this.faults.add('clockJumps');
      }
      await this.vote(page);
      if (first || this.rnd.chance(0.4)) {
        // Right after "Grazie!" the sync loop is sending: a reboot (or a staff reload) cuts it off.
        await page.reload();
        await this.setClock();
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
    const key = kioskKey(face, followUp, chosen, this.clockOffsetMs !== 0);
    this.tally.set(key, (this.tally.get(key) ?? 0) + 1);
    this.cast++;
    await page.getByTestId('face-positivo').waitFor({ state: 'visible', timeout: 15_000 });
  }

  /** Waits until the page has delivered every vote, by itself (its socket reconnecting wakes the sync loop). */
  async drain(timeoutMs: number): Promise<void> {
    const end = Date.now() + timeoutMs;
    // Not "> 0": right after a reload the corner has not counted yet, and that is not an empty queue.
    while ((await this.waiting()) !== 0) {
      if (Date.now() > end) throw new Error(`kiosk ${this.id}: ${await this.waiting()} votes still waiting after ${timeoutMs} ms`);
      await sleep(250);
    }
  }

  async close(): Promise<void> {
    await this.context?.close();
    this.context = null;
  }
}
