// The diagnostics are the staff's, in Italian: opened during an Arabic vote they stay Italian and left to right.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { languageInfo } from '../../../../server/contract/languages';
import { Diagnostics } from '../../../../kiosk/terminal/diagnostics/diagnostics';
import { createVoteQueue } from '../../../../kiosk/terminal/store/vote-queue';
import { applyDocumentLanguage } from '../../../../kiosk/ui/i18n/document-language';
import { closeDbs, freshDb } from '../fixtures';

let container: HTMLElement | null = null;
afterEach(async () => {
  if (container) render(null, container);
  container?.remove();
  container = null;
  applyDocumentLanguage(languageInfo('it'));
  await closeDbs();
});

describe('the diagnostics over an Arabic page', () => {
  it('keep their own language and direction', async () => {
    applyDocumentLanguage(languageInfo('ar'));
    const queue = createVoteQueue(await freshDb());
    container = document.body.appendChild(document.createElement('div'));
    act(() =>
      render(<Diagnostics staffPin={null} queue={queue} online terminalId="T1" configVersion="1" onRepair={() => undefined} onClose={() => undefined} />, container!),
    );
    const dialog = container.querySelector<HTMLElement>('[data-testid="diagnostics"]')!;
    expect(dialog.closest('[lang]')!.getAttribute('lang')).toBe('it');
    expect(getComputedStyle(dialog).direction).toBe('ltr');
    // The note inside, too: it inherits from the dialog, not from the Arabic page.
    expect(getComputedStyle(container.querySelector('[data-testid="pin-not-set"]')!).direction).toBe('ltr');
  });
});
