// How the terminal's end and staff screens look, in the real stylesheet: an unsaved vote never looks like «Grazie!»,
// and a notice's title and explanation stand together in the middle of the screen.
import { render, type ComponentChildren } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { SaveFailed, Thanks } from '../../../../kiosk/terminal/screens/thanks';
import { StorageUnavailable, WaitingForLink } from '../../../../kiosk/terminal/screens/unconfigured';
import '../../../../kiosk/terminal/terminal.css';

let container: HTMLElement | null = null;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
});

async function show(screen: ComponentChildren): Promise<HTMLElement> {
  container = document.body.appendChild(document.createElement('div'));
  container.id = 'app';
  render(<div class="terminal">{screen}</div>, container);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return container;
}

const heading = (root: HTMLElement) => getComputedStyle(root.querySelector('h1')!);

describe('the end of a vote', () => {
  it('writes an unsaved vote\'s apology in another colour and a smaller type than «Grazie!», framed', async () => {
    await page.viewport(1280, 800);
    const thanks = heading(await show(<Thanks ms={600_000} onDone={() => undefined} />));
    const [thanksColour, thanksSize] = [thanks.color, parseFloat(thanks.fontSize)];
    render(null, container!);
    container!.remove();
    const root = await show(<SaveFailed ms={600_000} onDone={() => undefined} />);
    const failed = heading(root);
    expect(failed.color).not.toBe(thanksColour);
    expect(parseFloat(failed.fontSize)).toBeLessThan(thanksSize * 0.6);
    expect(getComputedStyle(root.querySelector('[role="alert"]')!).borderTopStyle).toBe('solid');
  });
});

describe('a staff notice', () => {
  for (const [name, screen] of [
    ['storage unavailable', () => <StorageUnavailable detail="InvalidStateError" />],
    ['waiting for its link', () => <WaitingForLink terminalId="valdoria-totem-1" />],
  ] as const) {
    it(`${name}: the explanation right under the title, the two centred on the screen`, async () => {
      await page.viewport(1280, 800);
      const root = await show(screen());
      const title = root.querySelector('h1')!.getBoundingClientRect();
      const body = root.querySelector('p')!.getBoundingClientRect();
      expect(body.top - title.bottom).toBeLessThan(60);
      const middle = (title.top + body.bottom) / 2;
      expect(Math.abs(middle - innerHeight / 2)).toBeLessThan(60);
    });
  }
});
