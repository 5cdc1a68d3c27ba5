// The managers' dashboard in Chromium: an office's report, and live updates as votes arrive.
import { beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../server/contract/api';
import type { Vote } from '../../server/contract/vote';
import { DEMO } from '../../server/store/seed-demo';
import { signInThroughForm, useAdminSession } from './helpers/pages';
import { useStage } from './helpers/stage';
import { today } from './helpers/report';

const totem = DEMO.terminals[0]!;

const stage = useStage();
/** The totem's device token: votes reach the collector only from an enrolled terminal. */
let token = '';

beforeAll(async () => {
  token = await stage.collector.deviceToken(totem.id);
});

async function postVotes(votes: Partial<Vote>[]) {
  const body = {
    terminalId: totem.id,
    votes: votes.map((v) => ({
      id: crypto.randomUUID(),
      serviceId: 'valdoria-anagrafe',
      face: 'positivo',
      reasons: [],
      followUp: 'not-asked',
      castAt: new Date().toISOString(),
      ...v,
    })),
  };
  const res = await fetch(`${stage.collector.url}${apiPaths.votes}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
}

describe('dashboard', () => {
  it('shows an empty period, then updates live with the share of each face and its count', async () => {
    const page = await stage.browser.context.newPage();
    const day = today();
    await page.goto(`${stage.collector.url}/dashboard/?office=${totem.officeId}&from=${day}&to=${day}`);
    // A manager signs in first; the report they asked for follows.
    await signInThroughForm(page, stage.collector);
    await page.getByTestId('empty-state').waitFor();
    await expect.poll(() => page.getByTestId('live-indicator').getAttribute('data-status')).toBe('live');

    await postVotes([{ face: 'positivo' }, { face: 'positivo' }, { face: 'sufficiente', serviceId: 'valdoria-tributi' }, { face: 'negativo', reasons: ['valdoria-attesa'], followUp: 'chosen' }]);

    // No reload: the socket.io event makes the page fetch the report again.
    await expect.poll(() => page.getByTestId('total-count').getAttribute('data-value'), { timeout: 15_000 }).toBe('4');
    // The sections come one per idle moment after an empty period: "ready" once all are on screen.
    await page.locator('[data-testid="report"][data-state="ready"]').waitFor();
    expect(await page.getByTestId('share-positivo').getAttribute('data-count')).toBe('2');
    expect(await page.getByTestId('share-positivo').getAttribute('data-percent')).toBe('50');
    expect(await page.getByTestId('share-negativo').innerText()).toContain('1');
    expect(await page.locator('canvas').count()).toBeGreaterThanOrEqual(3);

    const csv = await page.getByTestId('export-csv').getAttribute('href');
    // The export is a plain link: the browser sends the session cookie with it; so does the admin's fetch here.
    const res = await stage.collector.adminFetch(csv!);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Anagrafe e stato civile');
    await page.close();
  });

  it('lets the manager switch office, and shows names as text, never as HTML', async () => {
    await stage.collector.store.db.updateTable('offices').set({ name: '<img src=x onerror="window.__pwned=1">Sede' }).where('id', '=', DEMO.offices[1]!.id).execute();
    // Signed in with the session of an API sign-in, set on the browser as the form would set it.
    await useAdminSession(stage.browser.context, stage.collector);
    const page = await stage.browser.context.newPage();
    await page.goto(`${stage.collector.url}/dashboard/`);
    const select = page.getByTestId('office-select');
    await select.waitFor();
    await select.selectOption(DEMO.offices[1]!.id);
    await expect.poll(() => page.url()).toContain(`office=${DEMO.offices[1]!.id}`);
    await page.getByTestId('report').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.close();
  });
});
