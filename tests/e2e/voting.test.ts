// A citizen votes on a real terminal page in Chromium (counter and totem modes) and the report changes.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO } from '../../server/store/seed-demo';
import { openTerminal as openPaired } from './helpers/pages';
import { useStage } from './helpers/stage';
import { fetchReport } from './helpers/report';

const [totem, counter] = DEMO.terminals;
const totemOffice = totem!.officeId;
const counterOffice = counter!.officeId;

const stage = useStage();

/** Through the pairing link, as a newcomer opens the links `npm start` prints: enrolled on first open, no pairing screen. */
async function openTerminal(terminalId: string): Promise<Page> {
  const page = await openPaired(stage, terminalId);
  expect(page.url()).not.toContain('pair=');
  expect(await page.getByTestId('pairing').count()).toBe(0);
  return page;
}

/** After "Grazie!" the terminal must come back to its start screen by itself. */
async function expectThanksThenStart(page: Page, startSelector: string) {
  await expect.poll(() => page.getByTestId('thanks').isVisible()).toBe(true);
  await page.locator(startSelector).first().waitFor({ state: 'visible', timeout: 15_000 });
}

describe('voting on a real terminal', () => {
  it('counter mode: the faces show at once, one tap counts one vote for the fixed service', async () => {
    const page = await openTerminal(counter!.id);
    const faces = page.getByRole('button', { name: /^Giudizio / });
    await expect.poll(() => faces.count()).toBe(3);
    await page.getByRole('button', { name: 'Giudizio positivo' }).click();
    await expectThanksThenStart(page, '[data-testid="face-positivo"]');

    await expect.poll(async () => (await fetchReport(stage.collector, counterOffice)).totals.faces.positivo).toBe(1);
    const report = await fetchReport(stage.collector, counterOffice);
    expect(report.totals.total).toBe(1);
    // The counter's one service, rated once.
    expect(report.byService.filter((s) => s.total > 0).map((s) => s.serviceId)).toEqual([counter!.services[0]]);
    expect(report.byChannel.map((c) => c.channel)).toEqual(['sportello']);
    await page.close();
  });

  it('totem mode: the citizen picks the service, then the face; a red face asks why', async () => {
    const page = await openTerminal(totem!.id);
    const tiles = page.getByTestId('service-tile');
    await expect.poll(() => tiles.count()).toBe(totem!.services.length);

    await page.getByRole('button', { name: 'Tributi' }).click();
    await page.getByRole('button', { name: 'Giudizio sufficiente' }).click();
    await expectThanksThenStart(page, '[data-testid="service-tile"]');

    await page.getByRole('button', { name: 'Tributi' }).click();
    await page.getByRole('button', { name: 'Giudizio negativo' }).click();
    await page.getByTestId('reason-valdoria-attesa').click();
    await page.getByTestId('reason-valdoria-ritorno').click();
    await expect(page.getByTestId('reason-valdoria-attesa').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.getByTestId('reasons-send').click();
    await expectThanksThenStart(page, '[data-testid="service-tile"]');

    await expect.poll(async () => (await fetchReport(stage.collector, totemOffice)).totals.total).toBe(2);
    const report = await fetchReport(stage.collector, totemOffice);
    // The totem offers five services; only the one rated has votes.
    expect(report.byService.filter((s) => s.total > 0)).toHaveLength(1);
    expect(report.byService[0]).toMatchObject({ serviceId: 'valdoria-tributi', total: 2 });
    expect(report.totals.faces).toMatchObject({ sufficiente: 1, negativo: 1 });
    expect(Object.fromEntries(report.reasons.map((r) => [r.reasonId, r.count]))).toEqual({ 'valdoria-attesa': 1, 'valdoria-ritorno': 1 });
    expect(report.followUp).toEqual({ negative: 1, chosen: 1, skipped: 0, timeout: 0, notAsked: 0 });
    await page.close();
  });

  it('a red face can be skipped, and the skip is recorded', async () => {
    const page = await openTerminal(counter!.id);
    await page.getByRole('button', { name: 'Giudizio negativo' }).click();
    await page.getByTestId('reasons-skip').click();
    await expectThanksThenStart(page, '[data-testid="face-negativo"]');
    await expect.poll(async () => (await fetchReport(stage.collector, counterOffice)).followUp.skipped).toBe(1);
    const report = await fetchReport(stage.collector, counterOffice);
    expect(report.totals.faces.negativo).toBe(1);
    expect(report.reasons).toEqual([]);
    await page.close();
  });
});
