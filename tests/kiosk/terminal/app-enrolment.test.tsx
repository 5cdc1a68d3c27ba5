import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'preact';
import type { VoteBatch } from '../../../server/contract/vote';
import { App } from '../../../kiosk/terminal/app';
import { readEnrolment } from '../../../kiosk/terminal/enrolment/enrolment-store';
import { saveConfig } from '../../../kiosk/terminal/config-cache';
import type { TerminalLinkOptions } from '../../../kiosk/terminal/net/socket';
import { createVoteSync, type VoteSync } from '../../../kiosk/terminal/net/sync';
import { createVoteQueue, type VoteQueue } from '../../../kiosk/terminal/store/vote-queue';
import type { TerminalDb } from '../../../kiosk/terminal/store/vote-db';
import { authHeader, closeDbs, enrol, freshDb, json, sampleConfig } from './fixtures';

let container: HTMLElement | null = null;
const syncs: VoteSync[] = [];
let lockCounter = 0;

afterEach(async () => {
  if (container) {
    render(null, container);
    container.remove();
    container = null;
  }
  for (const s of syncs.splice(0)) s.stop();
  await closeDbs();
});

/** A collector in a function: pairing codes, device tokens, configurations and the votes it stored. */
function fakeCollector() {
  const codes = new Map<string, { terminalId: string; token: string }>();
  const tokens = new Map<string, string>();
  const stored: string[] = [];
  const requests: { url: string; auth: string | null }[] = [];
  let down = false;
  let limited = false;
  const fetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
    const path = String(url);
    requests.push({ url: path, auth: authHeader(init) });
    if (down) throw new TypeError('Failed to fetch');
    if (path === '/api/v1/enrolment') {
      if (limited) return json({ error: { code: 'rate_limited', message: 'Too many', retryAfterSeconds: 37 } }, 429);
      const code = (JSON.parse(String(init?.body)) as { code: string }).code;
      const enrolment = codes.get(code);
      if (!enrolment) return json({ error: { code: 'pairing_code_invalid', message: 'wrong, used or expired' } }, 400);
      codes.delete(code);
      for (const [token, id] of tokens) if (id === enrolment.terminalId) tokens.delete(token);
      tokens.set(enrolment.token, enrolment.terminalId);
      return json(enrolment);
    }
    const terminalId = tokens.get(authHeader(init)?.replace(/^Bearer /, '') ?? '');
    if (!terminalId) return json({ error: { code: 'terminal_not_enrolled', message: 'not enrolled' } }, 401);
    if (path.startsWith('/api/v1/terminals/')) return json(sampleConfig({ terminal: { id: terminalId, name: terminalId, mode: 'counter', channel: 'sportello', sound: false, staffPin: null } }));
    const batch = JSON.parse(String(init?.body)) as VoteBatch;
    if (batch.terminalId !== terminalId) return json({ error: { code: 'forbidden', message: 'not yours' } }, 403);
    stored.push(...batch.votes.map((v) => v.id));
    return json({ receivedAt: '', results: batch.votes.map((v) => ({ id: v.id, status: 'stored' })) });
  }) as typeof globalThis.fetch;
  return {
    fetch,
    stored,
    requests,
    /** Issues a code for the terminal, as the dashboard would. */
    issue: (code: string, terminalId: string, token = `tok-${terminalId}-${code}`) => void codes.set(code, { terminalId, token }),
    /** A token the collector already knows (a pairing of before the test). */
    accept: (token: string, terminalId: string) => void tokens.set(token, terminalId),
    setDown: (value: boolean) => void (down = value),
    setLimited: (value: boolean) => void (limited = value),
  };
}

function mount(db: TerminalDb, collector: ReturnType<typeof fakeCollector>, extra: Partial<Parameters<typeof App>[0]> = {}): { queue: VoteQueue; sync: VoteSync } {
  container = document.createElement('div');
  document.body.append(container);
  const queue = createVoteQueue(db);
  const sync = createVoteSync({ queue, fetch: collector.fetch, lockName: `test-app-enrol-${lockCounter++}`, random: () => 0 });
  syncs.push(sync);
  render(<App db={db} queue={queue} fetch={collector.fetch} sync={sync} configRetry={{ firstMs: 50, maxMs: 100 }} {...extra} />, container);
  return { queue, sync };
}

const face = (name: string) => page.getByRole('button', { name, exact: true });
const codeField = () => page.getByLabelText('Codice di abbinamento');

async function typeCode(code: string) {
  await codeField().fill(code);
  await page.getByTestId('pairing-submit').click();
}

describe('terminal enrolment', () => {
  it('a new browser: staff type the code, the terminal keeps its token and votes with it', async () => {
    const db = await freshDb();
    const collector = fakeCollector();
    collector.issue('ABCD2345', 'T1', 'tok-1');
    mount(db, collector);
    await expect.element(page.getByTestId('pairing')).toBeVisible();
    const input = codeField().element() as HTMLInputElement;
    expect(input.autocomplete).toBe('off');
    expect(input.getAttribute('inputmode')).toBe('text');
    await typeCode(' abcd-2345');
    await expect.element(face('Giudizio positivo')).toBeVisible();
    expect(await readEnrolment(db)).toMatchObject({ terminalId: 'T1', token: 'tok-1' });
    expect(collector.requests.find((r) => r.url === '/api/v1/terminals/T1/config')?.auth).toBe('Bearer tok-1');

    await face('Giudizio positivo').click();
    await expect.poll(() => collector.stored.length).toBe(1);
    expect(collector.requests.filter((r) => r.url === '/api/v1/votes').every((r) => r.auth === 'Bearer tok-1')).toBe(true);
  });

  it('a code from the address enrols at once: no form on the way to the faces', async () => {
    const db = await freshDb();
    const collector = fakeCollector();
    collector.issue('ABCD2345', 'T1');
    mount(db, collector, { pairCode: 'abcd-2345' });
    await expect.element(face('Giudizio positivo')).toBeVisible();
    expect(page.getByTestId('pairing').elements()).toHaveLength(0);
    expect((await readEnrolment(db))?.terminalId).toBe('T1');
  });

  it('tells staff clearly what went wrong: a typo, a wrong or used code, no network, too many tries', async () => {
    const collector = fakeCollector();
    mount(await freshDb(), collector);
    const error = page.getByTestId('pairing-error');

    await typeCode('ABCD-2O45');
    await expect.element(error).toHaveTextContent('caratteri che non usa mai');
    await typeCode('ABCD-234');
    await expect.element(error).toHaveTextContent('Il codice ha 8 caratteri');
    // Neither typo reached the collector (each would have cost a try of its rate limit).
    expect(collector.requests).toHaveLength(0);

    await typeCode('ABCD-2345');
    await expect.element(error).toHaveAttribute('data-error', 'code-invalid');
    await expect.element(error).toHaveTextContent('Codice errato, già usato o scaduto');
    collector.setDown(true);
    await typeCode('ABCD-2345');
    await expect.element(error).toHaveTextContent('Collettore non raggiungibile');
    collector.setDown(false);
    collector.setLimited(true);
    await typeCode('ABCD-2345');
    await expect.element(error).toHaveTextContent('Troppi tentativi da questa rete: riprova tra 37 secondi.');
    await expect.element(codeField()).toHaveAttribute('aria-invalid', 'true');
  });

  it('a refused token: "Terminale non abilitato", nothing sent, every vote kept, then delivered once after pairing again', async () => {
    const db = await freshDb();
    await enrol(db, 'T1', 'revoked-token');
    await saveConfig(db, 'T1', sampleConfig());
    const early = createVoteQueue(db);
    const ids = [
      (await early.record({ terminalId: 'T1', serviceId: 'anagrafe', face: 'positivo', scale: 3 })).id,
      (await early.record({ terminalId: 'T1', serviceId: 'anagrafe', face: 'sufficiente', scale: 3 })).id,
    ];
    const collector = fakeCollector();
    const { queue } = mount(db, collector);

    await expect.element(page.getByTestId('not-enrolled')).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Terminale non abilitato' })).toBeVisible();
    await expect.element(page.getByTestId('status-waiting')).toHaveAttribute('data-count', '2');
    expect(collector.stored).toEqual([]);
    expect(await queue.counts()).toEqual({ open: 0, pending: 2, held: 0 });
    expect((await readEnrolment(db))?.refusedAt).toBeTypeOf('string');

    collector.issue('WXYZ6789', 'T1', 'fresh-token');
    await typeCode('wxyz 6789');
    await expect.element(face('Giudizio positivo')).toBeVisible();
    await expect.poll(() => collector.stored.slice().sort()).toEqual([...ids].sort());
    await expect.element(page.getByTestId('status-waiting')).toHaveAttribute('data-count', '0');
    expect(collector.stored).toHaveLength(2);
  });

  it('terminal:revoked on the socket stops the terminal, and a reload still asks for a code', async () => {
    const db = await freshDb();
    await enrol(db, 'T1', 'tok-live');
    await saveConfig(db, 'T1', sampleConfig());
    const collector = fakeCollector();
    collector.accept('tok-live', 'T1');
    let link: TerminalLinkOptions | null = null;
    const connect = (options: TerminalLinkOptions) => {
      link = options;
      return { close: () => undefined, connected: () => true };
    };
    mount(db, collector, { connect });
    await expect.element(face('Giudizio positivo')).toBeVisible();
    link!.onNotEnrolled();
    await expect.element(page.getByTestId('not-enrolled')).toBeVisible();
    await expect.poll(async () => (await readEnrolment(db))?.refusedAt).toBeTypeOf('string');

    render(null, container!);
    mount(db, collector, { connect });
    await expect.element(page.getByTestId('not-enrolled')).toBeVisible();
  });

  it('paired as another terminal: the old terminal\'s votes are held, with the reason in the staff corner', async () => {
    const db = await freshDb();
    await enrol(db, 'OLD', 'dead', { refusedAt: '2025-03-03T09:00:00.000Z' });
    const early = createVoteQueue(db);
    await early.record({ terminalId: 'OLD', serviceId: 'anagrafe', face: 'positivo', scale: 3 });
    await early.record({ terminalId: 'OLD', serviceId: 'anagrafe', face: 'positivo', scale: 3 });
    const collector = fakeCollector();
    collector.issue('NEWW2345', 'NEW');
    mount(db, collector);
    await expect.element(page.getByTestId('not-enrolled')).toBeVisible();
    await typeCode('NEWW2345');
    await expect.element(face('Giudizio positivo')).toBeVisible();
    await expect.element(page.getByTestId('status-held')).toHaveAttribute('data-count', '2');
    const corner = page.getByTestId('status-corner').getByRole('button').element() as HTMLElement;
    expect(corner.title).toContain('2 × raccolti come terminale OLD, ma questo dispositivo ora è NEW');
    expect(collector.stored).toEqual([]);
  });

  it('a code given explicitly to an enrolled terminal that fails: staff see why and may go back', async () => {
    const db = await freshDb();
    await enrol(db, 'T1', 'tok-ok');
    const collector = fakeCollector();
    collector.accept('tok-ok', 'T1');
    mount(db, collector, { pairCode: 'USED-2345' });
    await expect.element(page.getByTestId('pairing-error')).toHaveAttribute('data-error', 'code-invalid');
    await expect.element(codeField()).toHaveValue('USED-2345');
    await page.getByTestId('pairing-cancel').click();
    await expect.element(face('Giudizio positivo')).toBeVisible();
    expect((await readEnrolment(db))?.token).toBe('tok-ok');
  });
});
