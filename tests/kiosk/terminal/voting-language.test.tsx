// A citizen picks a language on the start screen, votes in it, and the next citizen finds the terminal in Italian again.
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'preact';
import type { TerminalConfig } from '../../../server/contract/terminal-config';
import { Voting } from '../../../kiosk/terminal/voting';
import { createVoteQueue, type VoteQueue } from '../../../kiosk/terminal/store/vote-queue';
import type { StoredVote } from '../../../kiosk/terminal/store/vote-db';
import { BACK, closeDbs, eventually, freshDb, sampleConfig, THANKS_MS } from './fixtures';

let container: HTMLElement | null = null;

afterEach(async () => {
  if (container) {
    render(null, container);
    container.remove();
    container = null;
  }
  await closeDbs();
});

function mount(config: TerminalConfig, queue: VoteQueue, onAtStart?: (atStart: boolean) => void) {
  container = document.createElement('div');
  document.body.append(container);
  render(<Voting config={config} terminalId="T1" queue={queue} onAtStart={onAtStart} />, container);
}

const button = (name: string) => page.getByRole('button', { name, exact: true });
const allVotes = (queue: VoteQueue) => queue.db.getAll('votes') as Promise<StoredVote[]>;
const html = () => document.documentElement;

async function pickLanguage(testId: string) {
  await page.getByTestId('language-button').click();
  await expect.element(page.getByTestId('language-picker')).toBeVisible();
  await page.getByTestId(testId).click();
}

function totem(patch: Partial<TerminalConfig> = {}): TerminalConfig {
  const base = sampleConfig();
  return sampleConfig({ terminal: { ...base.terminal, mode: 'totem', channel: 'totem' }, ...patch });
}

describe('the citizen’s language', () => {
  it('offers every language named in itself, behind a button that says "Language" too', async () => {
    mount(sampleConfig(), createVoteQueue(await freshDb()));
    await expect.element(page.getByTestId('language-button')).toHaveTextContent('Lingua · Language');
    await page.getByTestId('language-button').click();
    const names = page.getByRole('group').getByRole('button').elements().map((b) => [b.textContent, b.getAttribute('lang')]);
    expect(names).toEqual([
      ['Italiano', 'it'],
      ['Deutsch', 'de'],
      ['Français', 'fr'],
      ['Slovenščina', 'sl'],
      ['English', 'en'],
      ['Română', 'ro'],
      ['Shqip', 'sq'],
      ['العربية', 'ar'],
      ['简体中文', 'zh-Hans'],
      ['Українська', 'uk'],
      ['Español', 'es'],
    ]);
    expect(page.getByTestId('language-it').element().getAttribute('aria-current')).toBe('true');
  });

  it('has a way back for whoever opened the list by mistake, in the language in use, which it keeps', async () => {
    mount(sampleConfig(), createVoteQueue(await freshDb()));
    await pickLanguage('language-de');
    await expect.element(button('Bewertung: gut')).toBeVisible();
    await page.getByTestId('language-button').click();
    await expect.element(page.getByTestId('language-back')).toHaveTextContent('Zurück');
    await page.getByTestId('language-back').click();
    await expect.element(button('Bewertung: gut')).toBeVisible();
    expect(html().lang).toBe('de');
  });

  it('Escape on the list is «Indietro»: back to the start, in the language in use, and the key says so', async () => {
    mount(sampleConfig(), createVoteQueue(await freshDb()));
    await page.getByTestId('language-button').click();
    await expect.element(page.getByTestId('language-picker')).toBeVisible();
    expect(page.getByTestId('language-back').element().getAttribute('aria-keyshortcuts')).toBe('Escape');
    await userEvent.keyboard('{Escape}');
    await expect.element(button('Giudizio positivo')).toBeVisible();
    expect(page.getByTestId('language-picker').elements()).toHaveLength(0);
    expect(html().lang).toBe('it');
  });

  it('votes in German, thanks in German, then the next citizen finds Italian', async () => {
    const queue = createVoteQueue(await freshDb());
    mount(sampleConfig({ timing: { thanksMs: THANKS_MS, idleMs: 60_000, followUpMs: 60_000 } }), queue);
    await pickLanguage('language-de');
    await expect.element(button('Bewertung: gut')).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Wie bewerten Sie den Dienst?' })).toBeVisible();
    expect(html().lang).toBe('de');
    await button('Bewertung: gut').click();
    await expect.element(page.getByRole('heading', { name: 'Danke!' })).toBeVisible();
    expect(await allVotes(queue)).toMatchObject([{ face: 'positivo', state: 'pending' }]);
    await expect.element(button('Giudizio positivo'), BACK).toBeVisible();
    expect(html().lang).toBe('it');
    expect(page.getByTestId('language-button').element().textContent).toBe('Lingua · Language');
  });

  it('asks the reasons in the chosen language, and goes back to Italian after them', async () => {
    const queue = createVoteQueue(await freshDb());
    mount(sampleConfig({ timing: { thanksMs: THANKS_MS, idleMs: 60_000, followUpMs: 60_000 } }), queue);
    await pickLanguage('language-en');
    await button('Rating: poor').click();
    await expect.element(page.getByRole('heading', { name: 'What went wrong?' })).toBeVisible();
    await button('Skip').click();
    await expect.element(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
    await expect.element(button('Giudizio negativo'), BACK).toBeVisible();
    expect(html().lang).toBe('it');
  });

  it('turns the page right to left for Arabic, and back', async () => {
    mount(sampleConfig({ timing: { thanksMs: THANKS_MS, idleMs: 60_000, followUpMs: 60_000 } }), createVoteQueue(await freshDb()));
    await pickLanguage('language-ar');
    await expect.element(button('تقييم: جيد')).toBeVisible();
    expect([html().lang, html().dir]).toEqual(['ar', 'rtl']);
    await button('تقييم: جيد').click();
    await expect.element(button('Giudizio positivo'), BACK).toBeVisible();
    expect([html().lang, html().dir]).toEqual(['it', 'ltr']);
  });

  it('shows translated service names and reasons, the Italian one marked as Italian where none was given', async () => {
    const services = [
      { id: 'anagrafe', name: 'Anagrafe', translations: { en: 'Registry office', de: 'Meldeamt' } },
      { id: 'suap', name: 'SUAP' },
    ];
    const reasons = [
      { id: 'attesa', label: 'Tempo di attesa', dimension: 'timeliness' as const, translations: { en: 'Waiting time' } },
      { id: 'altro', label: 'Altro', dimension: null },
    ];
    mount(totem({ services, reasons }), createVoteQueue(await freshDb()));
    await pickLanguage('language-en');
    await expect.element(page.getByRole('heading', { name: 'Which service did you use?' })).toBeVisible();
    const tiles = page.getByTestId('service-tile').elements();
    expect(tiles.map((t) => [t.querySelector('.tile-name')?.textContent, t.getAttribute('lang')])).toEqual([
      ['Registry office', null],
      ['SUAP', 'it'],
    ]);
    await button('Registry office').click();
    await button('Rating: poor').click();
    await expect.element(button('Waiting time')).toBeVisible();
    expect(page.getByText('Altro').element().getAttribute('lang')).toBe('it');
  });

  it('goes back to Italian by itself when a start screen in another language is left alone', async () => {
    const seen: boolean[] = [];
    // 1.5 s of quiet: room for two clicks through the browser's driver on a loaded machine (400 ms left little).
    mount(sampleConfig({ timing: { thanksMs: 5000, idleMs: 1_500, followUpMs: 5000 } }), createVoteQueue(await freshDb()), (atStart) => seen.push(atStart));
    await pickLanguage('language-fr');
    await expect.element(button('Avis positif')).toBeVisible();
    // Someone is in front of it: an update must not reload it now.
    expect(seen.at(-1)).toBe(false);
    await expect.element(button('Giudizio positivo'), { timeout: 5_000 }).toBeVisible();
    expect(html().lang).toBe('it');
    await eventually(() => expect(seen.at(-1)).toBe(true));
  });

  it('keeps the language while the citizen changes service on a totem', async () => {
    const services = [
      { id: 'anagrafe', name: 'Anagrafe' },
      { id: 'tributi', name: 'Tributi' },
    ];
    mount(totem({ services }), createVoteQueue(await freshDb()));
    await pickLanguage('language-es');
    await button('Anagrafe').click();
    await button('Cambiar de servicio').click();
    await expect.element(page.getByRole('heading', { name: '¿Qué servicio ha utilizado?' })).toBeVisible();
    expect(html().lang).toBe('es');
  });
});
