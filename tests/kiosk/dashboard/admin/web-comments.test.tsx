// A web comment's fixed answer is worded by the dashboard from its id, in the page's language; an id it does not know shows the collector's words.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { WebComments as Listed } from '../../../../server/contract/channel-schemas';
import { apiPaths } from '../../../../server/contract/api';
import { WebComments } from '../../../../kiosk/dashboard/admin/web-comments';
import { forgetSession, rememberSession } from '../../../../kiosk/dashboard/api';
import { applyEnglish } from '../../../../kiosk/dashboard/i18n/en/index';
import { INSTALLATION_ADMIN, json, session, stubCollector } from '../fixtures/fake-collector';

const comment = (voteId: string, answerId: string | null, answer: string | null): Listed['comments'][number] => ({
  voteId,
  at: '2026-11-03T10:00:00.000Z',
  officeId: 'o1',
  service: 'Anagrafe',
  stars: 2,
  answer,
  answerId,
  comment: `commento ${voteId}`,
  redacted: false,
});
const LISTED: Listed = {
  keptDays: 180,
  total: 3,
  next: null,
  comments: [comment('v1', 'non-complete', 'A volte le indicazioni non erano complete'), comment('v2', 'nuova-risposta', 'Una risposta nuova'), comment('v3', null, null)],
};

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  forgetSession();
});

async function answersShown(): Promise<string[]> {
  stubCollector({ [`GET ${apiPaths.officeWebComments('o1')}`]: () => json(LISTED) });
  rememberSession(session(INSTALLATION_ADMIN));
  container = document.body.appendChild(document.createElement('div'));
  render(<WebComments officeId="o1" administrationId="a" mayKeep={false} />, container);
  await vi.waitFor(() => expect(container.querySelectorAll('.web-comment')).toHaveLength(3));
  return [...container.querySelectorAll('.web-answer')].map((p) => p.textContent!);
}

describe('web comments, page after page', () => {
  it('says how many of how many are shown and brings the older ones on request', async () => {
    const page = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ ...comment(`v${from + i}`, null, null), at: new Date(Date.UTC(2026, 10, 3) - (from + i) * 60_000).toISOString() }));
    const first: Listed = { keptDays: 180, total: 150, comments: page(0, 100), next: { before: page(99, 1)[0]!.at, beforeId: 'v99' } };
    const second: Listed = { keptDays: 180, total: 150, comments: page(100, 50), next: null };
    const seen = stubCollector({
      [`GET ${apiPaths.officeWebComments('o1')}`]: (req) => json(new URL(req.url, 'http://x').searchParams.get('beforeId') === 'v99' ? second : first),
    });
    rememberSession(session(INSTALLATION_ADMIN));
    container = document.body.appendChild(document.createElement('div'));
    render(<WebComments officeId="o1" administrationId="a" mayKeep={false} />, container);
    await vi.waitFor(() => expect(container.querySelectorAll('.web-comment')).toHaveLength(100));
    expect(container.querySelector('[data-testid="web-comments-count"]')!.textContent).toBe('I 100 più recenti di 150 commenti.');
    container.querySelector<HTMLButtonElement>('[data-testid="web-comments-older"]')!.click();
    await vi.waitFor(() => expect(container.querySelectorAll('.web-comment')).toHaveLength(150));
    expect(container.querySelector('[data-testid="web-comments-count"]')!.textContent).toBe('150 commenti.');
    expect(container.querySelector('[data-testid="web-comments-older"]')).toBeNull();
    const older = seen.map((r) => new URL(r.url, 'http://x')).find((u) => u.searchParams.has('beforeId'))!;
    expect([older.searchParams.get('before'), older.searchParams.get('beforeId')]).toEqual([first.next!.before, 'v99']);
  });
});

describe('web comments', () => {
  it('show the answer in the model’s Italian words', async () => {
    expect(await answersShown()).toEqual(['A volte le indicazioni non erano complete', 'Una risposta nuova']);
  });

  // Last: the English catalogue, once applied, stays for the rest of this file.
  it('show it in English on the English dashboard, the collector’s words for an answer it does not know', async () => {
    applyEnglish();
    expect(await answersShown()).toEqual(['At times the instructions were not complete', 'Una risposta nuova']);
  });
});
