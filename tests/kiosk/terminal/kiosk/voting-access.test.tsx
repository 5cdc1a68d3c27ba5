// The voting flow for people who do not use the touch screen, who tapped the wrong face, or whose device ran out of space.
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'preact';
import type { TerminalConfig } from '../../../../server/contract/terminal-config';
import { Voting } from '../../../../kiosk/terminal/voting';
import { REASON_KEYS_AFTER_MS } from '../../../../kiosk/terminal/screens/reason-picker';
import { lastWriteFailure } from '../../../../kiosk/terminal/kiosk/storage-health';
import { createVoteQueue, type VoteQueue } from '../../../../kiosk/terminal/store/vote-queue';
import type { StoredVote } from '../../../../kiosk/terminal/store/vote-db';
import { BACK, closeDbs, freshDb, sampleConfig, THANKS_MS } from '../fixtures';

let container: HTMLElement | null = null;
afterEach(async () => {
  if (container) {
    render(null, container);
    container.remove();
    container = null;
  }
  await closeDbs();
});

function mount(config: TerminalConfig, queue: VoteQueue) {
  container = document.createElement('div');
  document.body.append(container);
  render(<Voting config={config} terminalId="T1" queue={queue} />, container);
}

const button = (name: string) => page.getByRole('button', { name, exact: true });
const allVotes = (queue: VoteQueue) => queue.db.getAll('votes') as Promise<StoredVote[]>;
const slow = { thanksMs: 60_000, idleMs: 60_000, followUpMs: 60_000 };
/** A click on the screen's title (no button there) gives this test's frame the keyboard focus. */
const focusFrame = () => userEvent.click(document.querySelector<HTMLElement>('.screen-head h1')!);

describe('keys for external buttons and keyboards', () => {
  it('1, 2, 3 choose the three faces in screen order; each button says its key', async () => {
    const queue = createVoteQueue(await freshDb());
    mount(sampleConfig({ timing: { ...slow, thanksMs: THANKS_MS } }), queue);
    await expect.element(button('Giudizio positivo')).toBeVisible();
    expect([...document.querySelectorAll('.face-button')].map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual(['1', '2', '3']);
    // Keys go to the focused frame: a click on the title (no button) puts this test's frame in focus
    // before each key, as another file's frame may hold it in a full run.
    await focusFrame();
    await userEvent.keyboard('2');
    await expect.element(page.getByTestId('thanks')).toBeVisible();
    await expect.element(button('Giudizio positivo'), BACK).toBeVisible();
    await focusFrame();
    await userEvent.keyboard('1');
    await expect.element(page.getByTestId('thanks')).toBeVisible();
    expect((await allVotes(queue)).map((v) => v.face).sort()).toEqual(['positivo', 'sufficiente']);
  });

  it('1 to 5 on the five-face scale; a key outside the scale does nothing', async () => {
    const queue = createVoteQueue(await freshDb());
    mount(sampleConfig({ scale: 5, timing: slow }), queue);
    await expect.element(button('Giudizio ottimo')).toBeVisible();
    await focusFrame();
    await userEvent.keyboard('6');
    await userEvent.keyboard('1');
    await expect.element(page.getByTestId('thanks')).toBeVisible();
    expect((await allVotes(queue)).map((v) => v.face)).toEqual(['ottimo']);
  });

  it('on a totem, keys pick the service in screen order too, then the face: a keypad alone can vote', async () => {
    const queue = createVoteQueue(await freshDb());
    const services = [{ id: 'anagrafe', name: 'Anagrafe' }, { id: 'tributi', name: 'Tributi' }, { id: 'urp', name: 'URP' }];
    mount(sampleConfig({ terminal: { id: 'T1', name: 'Atrio', mode: 'totem', channel: 'totem', sound: false, staffPin: null }, services, timing: { ...slow, thanksMs: THANKS_MS } }), queue);
    await expect.element(page.getByRole('button', { name: /Tributi/ })).toBeVisible();
    expect([...document.querySelectorAll('[data-testid="service-tile"]')].map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual(['1', '2', '3']);
    await focusFrame();
    await userEvent.keyboard('2');
    await expect.element(button('Giudizio positivo')).toBeVisible();
    // The key that picked the service does not also vote: the face waits for its own key.
    expect(await allVotes(queue)).toEqual([]);
    await focusFrame();
    await userEvent.keyboard('3');
    await expect.element(page.getByTestId('reasons-skip')).toBeVisible();
    // Red asks why: the vote is written (open) with its service.
    expect((await allVotes(queue)).map((v) => [v.serviceId, v.face])).toEqual([['tributi', 'negativo']]);
  });

  it('Tab moves between the faces and Enter or Space chooses the focused one', async () => {
    const queue = createVoteQueue(await freshDb());
    mount(sampleConfig({ timing: { ...slow, thanksMs: THANKS_MS } }), queue);
    await expect.element(button('Giudizio positivo')).toBeVisible();
    // As for the keys above: the frame first, then the face, so Tab reaches this test's frame.
    await focusFrame();
    (page.getByTestId('face-positivo').element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Giudizio sufficiente');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByTestId('thanks')).toBeVisible();
    await expect.element(button('Giudizio negativo'), BACK).toBeVisible();
    await focusFrame();
    (page.getByTestId('face-negativo').element() as HTMLElement).focus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Giudizio sufficiente');
    await userEvent.keyboard(' ');
    await expect.element(page.getByTestId('thanks')).toBeVisible();
    expect((await allVotes(queue)).map((v) => v.face)).toEqual(['sufficiente', 'sufficiente']);
  });
});

describe('changing a mistaken face on the reasons screen', () => {
  it('red, then green: the same vote becomes positive and asks nothing more', async () => {
    const queue = createVoteQueue(await freshDb());
    mount(sampleConfig({ timing: slow }), queue);
    await button('Giudizio negativo').click();
    await expect.element(page.getByTestId('face-change')).toBeVisible();
    expect(page.getByTestId('change-face-negativo').element().getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('change-face-positivo').click();
    await expect.element(page.getByTestId('thanks')).toBeVisible();
    const votes = await allVotes(queue);
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({ face: 'positivo', reasons: [], followUp: 'not-asked', state: 'pending' });
  });

  it('between two negative faces the question stays, with the reasons already chosen', async () => {
    const queue = createVoteQueue(await freshDb());
    mount(sampleConfig({ scale: 5, timing: slow }), queue);
    await button('Giudizio pessimo').click();
    await page.getByTestId('reason-attesa').click();
    await page.getByTestId('change-face-negativo').click();
    await expect.element(page.getByTestId('change-face-negativo')).toHaveAttribute('aria-pressed', 'true');
    expect(page.getByTestId('reason-attesa').element().getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('reasons-send').click();
    await expect.element(page.getByTestId('thanks')).toBeVisible();
    expect(await allVotes(queue)).toMatchObject([{ face: 'negativo', reasons: ['attesa'], followUp: 'chosen' }]);
  });

  it('Invia tapped while a face change is still being written waits for it: the vote is sent with both, the screen does not freeze', async () => {
    const queue = createVoteQueue(await freshDb());
    mount(sampleConfig({ scale: 5, timing: slow }), queue);
    await button('Giudizio pessimo').click();
    await page.getByTestId('reason-attesa').click();
    // Both in one moment, as a quick finger does: the change's write is not done when Invia comes.
    document.querySelector<HTMLElement>('[data-testid="change-face-negativo"]')!.click();
    document.querySelector<HTMLElement>('[data-testid="reasons-send"]')!.click();
    await expect.element(page.getByTestId('thanks')).toBeVisible();
    expect(await allVotes(queue)).toMatchObject([{ face: 'negativo', reasons: ['attesa'], followUp: 'chosen' }]);
  });

  it('a key on the reasons screen never changes the face: only a touch on a small face does', async () => {
    const queue = createVoteQueue(await freshDb());
    mount(sampleConfig({ timing: slow }), queue);
    // The keys are listened for once the faces are on screen: a key pressed before is lost.
    await expect.element(button('Giudizio negativo')).toBeVisible();
    await focusFrame();
    await userEvent.keyboard('3');
    await expect.element(page.getByTestId('face-change')).toBeVisible();
    // Past the question's settling time (kiosk/use-reason-keys.ts), so the key is surely taken.
    await new Promise((r) => setTimeout(r, REASON_KEYS_AFTER_MS + 50));
    await userEvent.keyboard('1');
    await expect.element(page.getByTestId('change-face-negativo')).toHaveAttribute('aria-pressed', 'true');
    expect(page.getByTestId('thanks').elements()).toHaveLength(0);
    await page.getByTestId('change-face-positivo').click();
    await expect.element(page.getByTestId('thanks')).toBeVisible();
    expect(await allVotes(queue)).toMatchObject([{ face: 'positivo', followUp: 'not-asked' }]);
  });
});

describe('storage that fails', () => {
  it('a full disk: the citizen is not thanked, staff find the reason noted', async () => {
    const queue = createVoteQueue(await freshDb());
    // The browser's own error for a full quota; filling a real quota in a test would take gigabytes.
    const full: VoteQueue = { ...queue, record: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) };
    mount(sampleConfig({ timing: slow }), full);
    await button('Giudizio positivo').click();
    await expect.element(page.getByTestId('save-failed')).toBeVisible();
    expect(page.getByTestId('thanks').elements()).toHaveLength(0);
    expect(lastWriteFailure()?.name).toBe('QuotaExceededError');
  });

  it('IndexedDB gone (the connection closed under the page): no "Grazie!", the failure noted', async () => {
    const db = await freshDb();
    const queue = createVoteQueue(db);
    mount(sampleConfig({ timing: slow }), queue);
    db.close();
    await button('Giudizio negativo').click();
    await expect.element(page.getByTestId('save-failed')).toBeVisible();
    expect(lastWriteFailure()?.name).toBe('InvalidStateError');
  });
});

describe('audible confirmation', () => {
  it('plays a tone after a stored vote only when the terminal is set to', async () => {
    const made: string[] = [];
    const Original = globalThis.AudioContext;
    class Counting extends Original {
      constructor() {
        super();
        made.push('context');
      }
      override createOscillator() {
        made.push('tone');
        return super.createOscillator();
      }
    }
    globalThis.AudioContext = Counting;
    try {
      const quiet = createVoteQueue(await freshDb());
      mount(sampleConfig({ timing: slow }), quiet);
      await button('Giudizio positivo').click();
      await expect.element(page.getByTestId('thanks')).toBeVisible();
      await new Promise((r) => setTimeout(r, 200));
      expect(made).toEqual([]);
      render(null, container!);
      container!.remove();
      const config = sampleConfig({ timing: slow });
      mount({ ...config, terminal: { ...config.terminal, sound: true } }, createVoteQueue(await freshDb()));
      await button('Giudizio positivo').click();
      await expect.element(page.getByTestId('thanks')).toBeVisible();
      // Effects run after the frame that showed "Grazie!".
      await expect.poll(() => made.filter((m) => m === 'tone').length).toBe(2);
    } finally {
      globalThis.AudioContext = Original;
    }
  });
});
