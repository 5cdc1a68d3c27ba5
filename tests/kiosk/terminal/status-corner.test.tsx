// The staff corner never says "0 waiting" before it has counted the queue: right after a reload,
// votes may be waiting, and staff (or a check waiting for the queue to empty) would believe none are.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { languageInfo } from '../../../server/contract/languages';
import { applyDocumentLanguage } from '../../../kiosk/ui/i18n/document-language';
import { clockIn, StatusCorner } from '../../../kiosk/terminal/status-corner';
import { createVoteQueue, type QueueCounts } from '../../../kiosk/terminal/store/vote-queue';
import { userEvent } from 'vitest/browser';
import { closeDbs, freshDb } from './fixtures';

let container: HTMLElement | null = null;
afterEach(async () => {
  if (container) render(null, container);
  container?.remove();
  container = null;
  applyDocumentLanguage(languageInfo('it'));
  await closeDbs();
});

describe('the status corner', () => {
  it('shows no count until the queue is counted, then the votes waiting', async () => {
    const queue = createVoteQueue(await freshDb());
    for (let i = 0; i < 2; i++) await queue.record({ terminalId: 'T1', serviceId: 'anagrafe', face: 'positivo', scale: 3 });
    // The first count is held until the test lets it answer: a slow start after a reload.
    let answer: (() => void) | null = null;
    const counted = queue.counts.bind(queue);
    const slow = { ...queue, counts: () => new Promise<QueueCounts>((resolve) => (answer = () => void counted().then(resolve))) };
    container = document.createElement('div');
    document.body.append(container);
    act(() => render(<StatusCorner queue={slow} connected terminalId="T1" />, container!));

    const waiting = () => container!.querySelector('[data-testid="status-waiting"]')!;
    await vi.waitFor(() => expect(answer).not.toBeNull());
    expect(waiting().hasAttribute('data-count')).toBe(false);
    expect(waiting().textContent).toBe('…');
    expect(container.textContent).not.toMatch(/\b0\b/);

    act(() => answer!());
    await vi.waitFor(() => expect(waiting().getAttribute('data-count')).toBe('2'));
    expect(waiting().textContent).toBe('2');
  });
});

describe('during an Arabic vote', () => {
  it('stays Italian and left to right: its words are for the office’s staff', async () => {
    applyDocumentLanguage(languageInfo('ar'));
    const queue = createVoteQueue(await freshDb());
    container = document.createElement('div');
    document.body.append(container);
    act(() => render(<StatusCorner queue={queue} connected terminalId="T1" />, container!));
    const corner = container.querySelector<HTMLElement>('[data-testid="status-corner"]')!;
    expect(corner.closest('[lang]')!.getAttribute('lang')).toBe('it');
    expect(getComputedStyle(corner).direction).toBe('ltr');
  });
});

describe('staff times', () => {
  it('are told in the office\'s time zone, whatever the device\'s own: a tablet left on UTC still reads Rome\'s time', () => {
    const at = Date.parse('2026-03-10T09:15:30Z');
    expect(clockIn(at, 'Europe/Rome')).toBe('10:15:30');
    expect(clockIn(at, 'UTC')).toBe('09:15:30');
    // Summer time: two hours ahead.
    expect(clockIn(Date.parse('2026-07-10T09:15:30Z'), 'Europe/Rome')).toBe('11:15:30');
  });
});

describe('out of the citizen’s way', () => {
  it('is no tab stop: Tab from the screen’s last button never lands on it, and a long press still opens it for staff', async () => {
    const queue = createVoteQueue(await freshDb());
    container = document.createElement('div');
    document.body.append(container);
    act(() =>
      render(
        <>
          <button type="button" data-testid="citizen-last">
            Invia
          </button>
          <StatusCorner queue={queue} connected terminalId="T1" />
        </>,
        container!,
      ),
    );
    container.querySelector<HTMLElement>('[data-testid="citizen-last"]')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.closest('[data-testid="status-corner"]')).toBeNull();

    const toggle = container.querySelector<HTMLElement>('.status-toggle')!;
    toggle.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await vi.waitFor(() => expect(container!.querySelector('[data-testid="status-panel"]')).not.toBeNull(), { timeout: 3_000 });
  });
});
