// A citizen with only the external buttons (1, 2, 3) and Escape, on a real terminal page in Chromium: a red vote with a reason reaches the collector once, as cast.
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../server/store/seed-demo';
import { REASON_KEYS_AFTER_MS } from '../../kiosk/terminal/screens/reason-picker';
import { openTerminal } from './helpers/pages';
import { useStage } from './helpers/stage';

const counter = DEMO.terminals.find((t) => t.mode === 'counter')!;
const stage = useStage();

describe('the terminal by keys alone', () => {
  it('3, then a reason chosen with 1 and 2, then 3 sends: one negative vote with that reason; 1 on the question never changes the face', async () => {
    const page = await openTerminal(stage, counter.id);
    await page.getByTestId('face-negativo').waitFor({ state: 'visible', timeout: 15_000 });
    const focusedTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);

    // The language list and back with Escape: the faces again, in Italian.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedTestId()).toBe('language-button');
    await page.keyboard.press('Enter');
    await page.getByTestId('language-picker').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('face-negativo').waitFor();
    expect(await page.getByTestId('language-picker').count()).toBe(0);

    await page.keyboard.press('3');
    await page.getByTestId('reasons-skip').waitFor();
    // The screen was named: its title holds the focus.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cosa non è andato?');
    await page.waitForTimeout(REASON_KEYS_AFTER_MS + 100);
    await page.keyboard.press('1');
    expect(await focusedTestId()).toBe('reason-valdoria-attesa');
    await page.keyboard.press('1');
    expect(await focusedTestId()).toBe('reason-valdoria-servizio');
    await page.keyboard.press('2');
    expect(await page.getByTestId('reason-valdoria-servizio').getAttribute('aria-pressed')).toBe('true');
    // What the next citizen, arriving, would press for green: it moves the highlight, nothing else.
    await page.keyboard.press('1');
    expect(await page.getByTestId('change-face-negativo').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('3');
    await page.getByTestId('thanks').waitFor();

    const db = stage.collector.store.db;
    const stored = () => db.selectFrom('votes').select(['id', 'face', 'follow_up']).where('terminal_id', '=', counter.id).execute();
    await expect.poll(stored, { timeout: 15_000 }).toHaveLength(1);
    const [vote] = await stored();
    expect(vote).toMatchObject({ face: 'negativo', follow_up: 'chosen' });
    const reasons = await db.selectFrom('vote_reasons').select('reason_id').where('vote_id', '=', vote!.id).execute();
    expect(reasons.map((r) => r.reason_id)).toEqual(['valdoria-servizio']);
    await page.close();
  });
});
