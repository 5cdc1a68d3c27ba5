// A change of screen puts the focus on the new screen's title: a screen reader says where the citizen is, and the focus never falls to the page's top.
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'preact';
import type { TerminalConfig } from '../../../server/contract/terminal-config';
import { Voting } from '../../../kiosk/terminal/voting';
import { createVoteQueue } from '../../../kiosk/terminal/store/vote-queue';
import { freshDb, sampleConfig, useScreenRoot } from './fixtures';

const screenRoot = useScreenRoot();

async function mount(config: TerminalConfig) {
  render(<Voting config={config} terminalId="T1" queue={createVoteQueue(await freshDb())} />, screenRoot());
}

const slow = { thanksMs: 60_000, idleMs: 60_000, followUpMs: 60_000 };
const totem = () =>
  sampleConfig({
    terminal: { id: 'T1', name: 'Atrio', mode: 'totem', channel: 'totem', sound: false, staffPin: null },
    services: [{ id: 'anagrafe', name: 'Anagrafe' }, { id: 'tributi', name: 'Tributi' }],
    timing: slow,
  });
/** The focused element is the screen's title, and it says this. */
async function titleFocused(text: string) {
  await expect.poll(() => document.activeElement?.textContent, { timeout: 5_000 }).toBe(text);
  expect(document.activeElement?.tagName).toBe('H1');
}

describe('each new screen takes the focus on its title', () => {
  it('after a service, after red, on «Grazie!», back at the start', async () => {
    await mount({ ...totem(), timing: { ...slow, thanksMs: 1_500 } });
    await page.getByRole('button', { name: 'Tributi' }).click();
    await titleFocused('Come valuti il servizio?');
    await page.getByRole('button', { name: 'Giudizio negativo', exact: true }).click();
    await titleFocused('Cosa non è andato?');
    await page.getByTestId('reasons-skip').click();
    await titleFocused('Grazie!');
    // The title is read with what it means: the vote is recorded.
    const described = document.getElementById(document.activeElement!.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('Il tuo giudizio è stato registrato.');
    await titleFocused('Per quale servizio sei venuto?');
  });

  it('after a language is chosen, in that language; after «Indietro» too', async () => {
    await mount(totem());
    await page.getByTestId('language-button').click();
    await titleFocused('Scegli la lingua');
    await page.getByTestId('language-back').click();
    await titleFocused('Per quale servizio sei venuto?');
    await page.getByTestId('language-button').click();
    await page.getByTestId('language-en').click();
    await titleFocused('Which service did you use?');
  });

  it('leaves the focus alone when it is outside the citizen’s screens (staff at the PIN pad or the trial’s band)', async () => {
    const staff = document.body.appendChild(document.createElement('button'));
    try {
      await mount(sampleConfig({ timing: slow }));
      await expect.element(page.getByRole('button', { name: 'Giudizio positivo', exact: true })).toBeVisible();
      staff.focus();
      page.getByRole('button', { name: 'Giudizio positivo', exact: true }).element().dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await expect.element(page.getByTestId('thanks')).toBeVisible();
      await new Promise((r) => setTimeout(r, 100));
      expect(document.activeElement).toBe(staff);
    } finally {
      staff.remove();
    }
  });
});
