// A foreign citizen on a real terminal: an admin translates a service in the dashboard, the citizen picks a language, votes, and the next citizen finds Italian.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO } from '../../server/store/seed-demo';
import { openAdminPage } from './helpers/admin-ui';
import { axeViolations } from './helpers/axe';
import { openTerminal, useAdminSession } from './helpers/pages';
import { fetchReport } from './helpers/report';
import { useStage } from './helpers/stage';

const [totem, counter] = DEMO.terminals;
const stage = useStage();
/** Set to look at the translation fields: screenshots of the services form land there. */
const SHOTS_DIR = process.env.SHOTS_DIR;

const pageLanguage = (page: Page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

async function pickLanguage(page: Page, code: string) {
  await page.getByTestId('language-button').click();
  await page.getByTestId('language-picker').waitFor();
  await page.getByTestId(`language-${code}`).click();
  await page.getByTestId('language-picker').waitFor({ state: 'detached' });
}

describe('languages on a real terminal', () => {
  it('a service translated in the dashboard shows in English; after the vote the terminal is Italian again', async () => {
    await useAdminSession(stage.browser.context, stage.collector);
    const admin = await stage.browser.context.newPage();
    await admin.goto(`${stage.collector.url}/dashboard/`);
    await openAdminPage(admin, 'services');
    await admin.locator('[data-testid="service-row"][data-service-id="valdoria-tributi"] [data-testid="service-edit"]').click();
    await admin.getByTestId('service-translations').locator('summary').click();
    await admin.getByTestId('service-tr-en').fill('Local taxes');
    await admin.getByTestId('service-tr-ar').fill('الضرائب المحلية');
    if (SHOTS_DIR) {
      await admin.screenshot({ path: `${SHOTS_DIR}/service-translations-1280.png`, fullPage: true });
      await admin.setViewportSize({ width: 390, height: 844 });
      await admin.screenshot({ path: `${SHOTS_DIR}/service-translations-390.png`, fullPage: true });
    }
    await admin.getByTestId('service-save').click();
    await admin.getByTestId('service-form').waitFor({ state: 'detached' });
    await admin.close();

    const page = await openTerminal(stage, totem!.id);
    await page.getByTestId('service-tile').first().waitFor();
    expect(await page.getByTestId('language-button').textContent()).toBe('Lingua · Language');
    await pickLanguage(page, 'en');
    expect(await pageLanguage(page)).toEqual(['en', 'ltr']);
    await page.getByRole('heading', { name: 'Which service did you use?' }).waitFor();
    // Translated where the admin translated, Italian (and marked so) where not.
    await expect.poll(() => page.getByRole('button', { name: 'Local taxes' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Anagrafe' }).getAttribute('lang')).toBe('it');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Local taxes' }).click();
    await page.getByRole('button', { name: 'Rating: good' }).click();
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
    await page.getByRole('heading', { name: 'Per quale servizio sei venuto?' }).waitFor({ timeout: 15_000 });
    expect(await pageLanguage(page)).toEqual(['it', 'ltr']);
    expect(await page.getByRole('button', { name: 'Tributi' }).count()).toBe(1);

    await expect.poll(async () => (await fetchReport(stage.collector, totem!.officeId)).totals.faces.positivo).toBe(1);
    const report = await fetchReport(stage.collector, totem!.officeId);
    expect(report.byService.filter((s) => s.total > 0).map((s) => s.serviceId)).toEqual(['valdoria-tributi']);
    await page.close();
  });

  it('Arabic turns the page right to left with the right lang, passes axe, and the thanks end it', async () => {
    const page = await openTerminal(stage, counter!.id);
    await page.getByRole('button', { name: 'Giudizio positivo' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('language-button').click();
    await page.getByTestId('language-picker').waitFor();
    // The picker itself: each language named in itself, in its own lang.
    expect(await page.getByTestId('language-ar').getAttribute('lang')).toBe('ar');
    expect(await page.getByTestId('language-zh').textContent()).toBe('简体中文');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('language-ar').click();

    await page.getByRole('button', { name: 'تقييم: جيد' }).waitFor();
    expect(await pageLanguage(page)).toEqual(['ar', 'rtl']);
    expect(await axeViolations(page)).toEqual([]);
    // Mirrored: the first face (the best) is on the right, the language button on the left.
    const best = (await page.getByTestId('face-positivo').boundingBox())!;
    const worst = (await page.getByTestId('face-negativo').boundingBox())!;
    expect(best.x).toBeGreaterThan(worst.x);

    await page.getByRole('button', { name: 'تقييم: سيئ' }).click();
    await page.getByRole('heading', { name: 'ما الذي لم يكن جيدًا؟' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('reasons-skip').click();
    await page.getByRole('heading', { name: 'شكرًا!' }).waitFor();
    await page.getByRole('button', { name: 'Giudizio positivo' }).waitFor({ timeout: 15_000 });
    expect(await pageLanguage(page)).toEqual(['it', 'ltr']);
    await expect.poll(async () => (await fetchReport(stage.collector, counter!.officeId)).followUp.skipped).toBe(1);
    await page.close();
  });
});
