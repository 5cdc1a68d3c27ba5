import { describe, expect, it } from 'vitest';
import type { Vote } from '../../../../server/contract/vote';
import { postVotes, votesNamedIn } from '../../../../kiosk/terminal/net/post-votes';

const vote = (id: string): Vote => ({ id, serviceId: 's', face: 'positivo', reasons: [], followUp: 'not-asked', castAt: '2025-01-01T00:00:00Z' });

describe('votesNamedIn', () => {
  const votes = [vote('a'), vote('b'), vote('c')];

  it('names votes by voteId first, else by index in the pointer, and joins several reasons', () => {
    const named = votesNamedIn(
      [
        { field: '/votes/0/serviceId', reason: 'sconosciuto', voteId: 'c' },
        { field: '/votes/1/face', reason: 'fuori scala' },
        { field: '/votes/1/reasons/0', reason: 'motivo sconosciuto' },
      ],
      votes,
      'votes_invalid',
    );
    expect([...named.keys()]).toEqual(['c', 'b']);
    // A refused service, the case staff meet (an archived one), is said in Italian with the service's id and the collector's reason.
    expect(named.get('c')).toBe('servizio s rifiutato dal collettore (sconosciuto): restano conservati su questo terminale');
    expect(named.get('b')).toBe('votes_invalid: face: fuori scala; votes_invalid: reasons/0: motivo sconosciuto');
  });

  it('names nothing for problems outside the votes or out of range', () => {
    const named = votesNamedIn(
      [
        { field: '/terminalId', reason: 'x' },
        { field: '/votes/9/face', reason: 'x' },
        { field: '/votes/x', reason: 'x', voteId: 'not-sent' },
      ],
      votes,
    );
    expect(named.size).toBe(0);
  });
});

describe('postVotes', () => {
  const batch = { terminalId: 'T1', votes: [vote('a')] };
  const answering = (res: Response) => (async () => res) as unknown as typeof globalThis.fetch;

  it("sends the device token as a Bearer header, and asks for refusals in the staff's language (Italian)", async () => {
    let auth: string | null = null;
    let language: string | null = null;
    const fetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
      auth = new Headers(init?.headers).get('authorization');
      language = new Headers(init?.headers).get('accept-language');
      return new Response(JSON.stringify({ receivedAt: '', results: [{ id: 'a', status: 'stored' }] }), { status: 200 });
    }) as typeof globalThis.fetch;
    expect(await postVotes(batch, { fetch, token: 'tok', timeoutMs: 1000 })).toEqual({ kind: 'stored', ids: ['a'], conflicts: new Map(), redated: 0, redatedAt: null });
    expect(auth).toBe('Bearer tok');
    expect(language).toBe('it');
  });

  it('counts the votes the collector re-dated to their arrival (its receipt carries countedAt): this clock is wrong', async () => {
    const three = { terminalId: 'T1', votes: [vote('a'), vote('b'), vote('c')] };
    const body = { receivedAt: '', results: [{ id: 'a', status: 'stored', countedAt: '2026-03-10T09:00:00.000Z' }, { id: 'b', status: 'stored', countedAt: '2026-03-10T09:00:02.000Z' }, { id: 'c', status: 'already-stored' }] };
    // The latest arrival, by the collector's clock: what diagnostics shows instead of this wrong clock's time.
    expect(await postVotes(three, { fetch: answering(new Response(JSON.stringify(body), { status: 200 })), token: 't', timeoutMs: 1000 })).toMatchObject({ kind: 'stored', ids: ['a', 'b', 'c'], redated: 2, redatedAt: Date.parse('2026-03-10T09:00:02.000Z') });
  });

  it('keeps a vote whose receipt says conflict: never among the ids to delete', async () => {
    const two = { terminalId: 'T1', votes: [vote('a'), vote('b')] };
    const body = { receivedAt: '', results: [{ id: 'a', status: 'stored' }, { id: 'b', status: 'conflict', reason: 'id already used' }] };
    expect(await postVotes(two, { fetch: answering(new Response(JSON.stringify(body), { status: 200 })), token: 't', timeoutMs: 1000 })).toEqual({
      kind: 'stored',
      ids: ['a'],
      conflicts: new Map([['b', 'vote_conflict: id already used']]),
      redated: 0,
      redatedAt: null,
    });
  });

  it('reads 409 vote_conflict like a refusal naming its votes, to set them aside', async () => {
    const res = new Response(JSON.stringify({ error: { code: 'vote_conflict', message: 'ids reused', problems: [{ field: '/votes/0/id', reason: 'used', voteId: 'a' }] } }), { status: 409 });
    const answer = await postVotes(batch, { fetch: answering(res), token: 't', timeoutMs: 1000 });
    expect(answer).toEqual({ kind: 'invalid', code: 'vote_conflict', message: 'ids reused', problems: [{ field: '/votes/0/id', reason: 'used', voteId: 'a' }] });
  });

  it('reads 401 terminal_not_enrolled as "not enrolled", and a 401 from anything else as stuck', async () => {
    const notEnrolled = new Response(JSON.stringify({ error: { code: 'terminal_not_enrolled', message: 'revoked' } }), { status: 401 });
    expect(await postVotes(batch, { fetch: answering(notEnrolled), token: 't', timeoutMs: 1000 })).toEqual({ kind: 'not-enrolled', message: 'revoked' });
    const proxy = new Response('<html>login</html>', { status: 401 });
    expect((await postVotes(batch, { fetch: answering(proxy), token: 't', timeoutMs: 1000 })).kind).toBe('stuck');
  });
});
