// The trial's screen: the citizens' faces under a staff band in Italian, ended by its button or by a few untouched minutes.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { languageInfo } from '../../../../server/contract/languages';
import { Trial } from '../../../../kiosk/terminal/trial/trial';
import { applyDocumentLanguage } from '../../../../kiosk/ui/i18n/document-language';
import { eventually, sampleConfig, useScreenRoot } from '../fixtures';

const screenRoot = useScreenRoot();
let container: HTMLElement | null = null;
afterEach(() => applyDocumentLanguage(languageInfo('it')));

function mount(onEnd: () => void, idleMs?: number) {
  container = screenRoot();
  container.style.height = '600px';
  render(<Trial config={sampleConfig()} terminalId="T1" onEnd={onEnd} idleMs={idleMs} />, container);
}

describe('a trial', () => {
  it('shows the faces under the band, and the band\'s button ends it', async () => {
    let ended = 0;
    mount(() => ended++);
    await expect.element(page.getByRole('status')).toHaveTextContent('Prova: i giudizi non vengono registrati');
    await expect.element(page.getByRole('button', { name: 'Giudizio positivo', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Termina la prova' }).click();
    expect(ended).toBe(1);
  });

  it('keeps staff\'s band in Italian, left to right, while the screens speak Arabic', async () => {
    mount(() => undefined);
    await page.getByTestId('language-button').click();
    await page.getByTestId('language-ar').click();
    await eventually(() => expect(document.documentElement.dir).toBe('rtl'));
    const band = container!.querySelector<HTMLElement>('[data-testid="trial-band"]')!;
    expect(band.getAttribute('lang')).toBe('it');
    expect(getComputedStyle(band).direction).toBe('ltr');
  });

  it('ends by itself when nobody touches it, and not while someone does', async () => {
    let ended = 0;
    mount(() => ended++, 1_500);
    await expect.element(page.getByRole('button', { name: 'Giudizio positivo', exact: true })).toBeVisible();
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setTimeout(r, 400));
      await userEvent.keyboard('{Shift}');
    }
    expect(ended).toBe(0);
    await eventually(() => expect(ended).toBe(1), 3_000);
  });
});
