// axe-core on a real page: every violation named with the elements it found, so a failure says what to fix.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * The violations of the page as it is now, one line each: rule, impact, and up to three elements.
 * Every rule runs. Axe runs inside the page ("legacy mode"): the default opens a blank page of its
 * own for every check to merge the frames' results, which doubled the time of the accessibility
 * suites (61 s of axe for 53 checks, 26 s without). What it gives up, testing frames from another
 * origin, none of these pages has; one that has such a frame is refused here rather than half-checked.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const foreign = page.frames().filter((f) => f !== page.mainFrame() && /^https?:/.test(f.url()) && new URL(f.url()).origin !== origin);
  if (foreign.length) throw new Error(`axeViolations checks pages without frames from another origin; ${page.url()} has ${foreign.map((f) => f.url()).join(', ')}`);
  const { violations } = await new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] }).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
