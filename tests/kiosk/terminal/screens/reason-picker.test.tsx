// The reasons screen with only the external buttons (1, 2, 3): the face already taken never changes, and the question can be answered.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'preact';
import type { TerminalConfig } from '../../../../server/contract/terminal-config';
import { Voting } from '../../../../kiosk/terminal/voting';
import { REASON_KEYS_AFTER_MS } from '../../../../kiosk/terminal/screens/reason-picker';
import { createVoteQueue, type VoteQueue } from '../../../../kiosk/terminal/store/vote-queue';
import type { StoredVote } from '../../../../kiosk/terminal/store/vote-db';
import { freshDb, sampleConfig, useScreenRoot } from '../fixtures';

const screenRoot = useScreenRoot();
afterEach(() => vi.restoreAllMocks());

function mount(config: TerminalConfig, queue: VoteQueue) {
  render(<Voting config={config} terminalId="T1" queue={queue} />, screenRoot());
}

const slow = { thanksMs: 60_000, idleMs: 60_000, followUpMs: 60_000 };
const allVotes = (queue: VoteQueue) => queue.db.getAll('votes') as Promise<StoredVote[]>;
/** A click on the screen's title (no button there) gives this test's frame the keyboard focus. */
const focusFrame = () => userEvent.click(document.querySelector<HTMLElement>('.screen-head h1')!);
const focusedTestId = () => document.activeElement?.getAttribute('data-testid');

/** 3 on the faces: the red vote is written (open) and the reasons are asked; keys count once the question has settled. */
async function redByKey(queue: VoteQueue, config = sampleConfig({ timing: slow })) {
  mount(config, queue);
  await expect.element(page.getByRole('button', { name: 'Giudizio negativo', exact: true })).toBeVisible();
  await focusFrame();
  await userEvent.keyboard('3');
  await expect.element(page.getByTestId('reasons-skip')).toBeVisible();
  await new Promise((r) => setTimeout(r, REASON_KEYS_AFTER_MS + 50));
}

describe('the reasons screen by keys', () => {
  it('1 and 2 never change the face already taken: the next citizen cannot turn a red vote into theirs', async () => {
    const queue = createVoteQueue(await freshDb());
    await redByKey(queue);
    await userEvent.keyboard('1');
    await userEvent.keyboard('2');
    await userEvent.keyboard('1');
    // Still the question, still red.
    await expect.element(page.getByTestId('reasons-skip')).toBeVisible();
    expect(page.getByTestId('change-face-negativo').element().getAttribute('aria-pressed')).toBe('true');
    expect((await allVotes(queue)).map((v) => [v.face, v.state])).toEqual([['negativo', 'open']]);
    // The small faces are touch (and Tab) only now: no key is promised on them.
    expect([...document.querySelectorAll('[data-testid^="change-face-"]')].map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual([null, null, null]);
  });

  it('1 moves through the reasons, 2 chooses the highlighted one, 3 sends: the question answered with three buttons', async () => {
    const queue = createVoteQueue(await freshDb());
    await redByKey(queue);
    await userEvent.keyboard('1');
    expect(focusedTestId()).toBe('reason-attesa');
    await userEvent.keyboard('1');
    expect(focusedTestId()).toBe('reason-servizio');
    await userEvent.keyboard('2');
    await expect.element(page.getByTestId('reason-servizio')).toHaveAttribute('aria-pressed', 'true');
    // Past the last reason, back to the first.
    await userEvent.keyboard('1');
    await userEvent.keyboard('1');
    expect(focusedTestId()).toBe('reason-attesa');
    await userEvent.keyboard('2');
    await userEvent.keyboard('2');
    await expect.element(page.getByTestId('reason-attesa')).toHaveAttribute('aria-pressed', 'false');
    // With a reason chosen, 3 is «Invia», and the screen says so.
    expect(page.getByTestId('reasons-send').element().getAttribute('aria-keyshortcuts')).toBe('3');
    expect(page.getByTestId('reasons-skip').element().getAttribute('aria-keyshortcuts')).toBeNull();
    await userEvent.keyboard('3');
    await expect.element(page.getByTestId('thanks')).toBeVisible();
    expect(await allVotes(queue)).toMatchObject([{ face: 'negativo', reasons: ['servizio'], followUp: 'chosen', state: 'pending' }]);
  });

  it('2 with no reason highlighted chooses the first', async () => {
    const queue = createVoteQueue(await freshDb());
    await redByKey(queue);
    await userEvent.keyboard('2');
    await expect.element(page.getByTestId('reason-attesa')).toHaveAttribute('aria-pressed', 'true');
    expect(focusedTestId()).toBe('reason-attesa');
  });

  it('3 with nothing chosen is «Salta»: the key and what it does are on screen', async () => {
    const queue = createVoteQueue(await freshDb());
    await redByKey(queue);
    const legend = page.getByTestId('reason-keys').element().textContent ?? '';
    expect(legend).toContain('Risposta successiva');
    expect(legend).toContain('Scegli o togli');
    expect(legend).toContain('Salta');
    expect(page.getByTestId('reasons-skip').element().getAttribute('aria-keyshortcuts')).toBe('3');
    expect(page.getByTestId('reasons-skip').element().querySelector('.face-key')?.textContent).toBe('3');
    await userEvent.keyboard('3');
    await expect.element(page.getByTestId('thanks')).toBeVisible();
    expect(await allVotes(queue)).toMatchObject([{ face: 'negativo', reasons: [], followUp: 'skipped' }]);
  });

  it('a 3 pressed twice at once (a bounce, a shaking hand) does not also skip the question', async () => {
    const queue = createVoteQueue(await freshDb());
    mount(sampleConfig({ timing: slow }), queue);
    await expect.element(page.getByRole('button', { name: 'Giudizio negativo', exact: true })).toBeVisible();
    await focusFrame();
    await userEvent.keyboard('3');
    await expect.element(page.getByTestId('reasons-skip')).toBeVisible();
    // Once the screen's keys are listened for (effects run after the paint), but well within the
    // settling time; dispatched in the page, not through the driver, whose round trip may be slow.
    await new Promise((r) => setTimeout(r, 150));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '3', bubbles: true }));
    await new Promise((r) => setTimeout(r, 100));
    await expect.element(page.getByTestId('reasons-skip')).toBeVisible();
    expect((await allVotes(queue)).map((v) => v.state)).toEqual(['open']);
  });

  it('on the five-face scale the same three keys answer, and 4 and 5 do nothing there', async () => {
    const queue = createVoteQueue(await freshDb());
    mount(sampleConfig({ scale: 5, timing: slow }), queue);
    await expect.element(page.getByRole('button', { name: 'Giudizio pessimo', exact: true })).toBeVisible();
    await focusFrame();
    await userEvent.keyboard('5');
    await expect.element(page.getByTestId('reasons-skip')).toBeVisible();
    await new Promise((r) => setTimeout(r, REASON_KEYS_AFTER_MS + 50));
    await userEvent.keyboard('4');
    await userEvent.keyboard('5');
    await userEvent.keyboard('2');
    await userEvent.keyboard('3');
    await expect.element(page.getByTestId('thanks')).toBeVisible();
    expect(await allVotes(queue)).toMatchObject([{ face: 'pessimo', reasons: ['attesa'], followUp: 'chosen' }]);
  });

  it('a key after 10 s untouched is the next citizen\'s: the vote left behind ends as the timeout would, and the start screen comes back', async () => {
    const queue = createVoteQueue(await freshDb());
    await redByKey(queue);
    await userEvent.keyboard('2');
    await expect.element(page.getByTestId('reason-attesa')).toHaveAttribute('aria-pressed', 'true');
    // Nobody touches the screen for 10 s (its own timeout is a minute here): the page's clock moved on.
    const realNow = performance.now.bind(performance);
    vi.spyOn(performance, 'now').mockImplementation(() => realNow() + 10_000);
    // A new citizen with only the external buttons: 3, meaning red.
    await userEvent.keyboard('3');
    await expect.element(page.getByRole('button', { name: 'Giudizio negativo', exact: true })).toBeVisible();
    expect(document.querySelector('[data-testid="thanks"]')).toBeNull();
    // The start screen is said: its title has the focus.
    await expect.poll(() => document.activeElement?.tagName).toBe('H1');
    // The old vote as the timeout leaves it (what was chosen kept), not «Salta»; no vote for the new citizen yet.
    expect(await allVotes(queue)).toMatchObject([{ face: 'negativo', reasons: ['attesa'], followUp: 'timeout', state: 'pending' }]);
    // Their own press now votes.
    await userEvent.keyboard('3');
    await expect.element(page.getByTestId('reasons-skip')).toBeVisible();
    expect((await allVotes(queue)).map((v) => v.state).sort()).toEqual(['open', 'pending']);
  });

  it('a key within 10 s of the last one still answers the question', async () => {
    const queue = createVoteQueue(await freshDb());
    await redByKey(queue);
    const realNow = performance.now.bind(performance);
    let shift = 9_000;
    vi.spyOn(performance, 'now').mockImplementation(() => realNow() + shift);
    await userEvent.keyboard('2');
    shift *= 2;
    await userEvent.keyboard('3');
    await expect.element(page.getByTestId('thanks')).toBeVisible();
    expect(await allVotes(queue)).toMatchObject([{ face: 'negativo', reasons: ['attesa'], followUp: 'chosen' }]);
  });
});
