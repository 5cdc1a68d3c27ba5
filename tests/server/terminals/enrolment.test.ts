// Terminal enrolment: a pairing code enrols once and dies soon; re-enrolment and revocation stop the old token at once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { PAIRING_ALPHABET, PAIRING_CODE_LENGTH } from '../../../server/contract/auth';
import { issuePairingCode, PAIRING_TTL_MS, revokeTerminal } from '../../../server/auth/terminal-tokens';
import { formatPairingCode, sha256 } from '../../../server/auth/tokens';
import { asTerminal, COUNTER, countRows, makeVote, movableClock, postVotes, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
const clock = movableClock('2026-03-12T08:00:00.000Z');
beforeEach(async () => {
  clock.set('2026-03-12T08:00:00.000Z');
  c = await startCollector({ now: clock.now, enrolTerminals: false });
});
afterEach(async () => c?.close());

const enrolWith = (code: string) => c.app.inject({ method: 'POST', url: apiPaths.enrolment, payload: { code } });
const pairingCode = async (terminalId = TOTEM.id) => (await issuePairingCode(c.store.db, terminalId, clock.now())).code;
const config = (terminalId: string, token: string) => c.app.inject({ url: apiPaths.terminalConfig(terminalId), headers: asTerminal(token) });
const vote = () => makeVote({ castAt: '2026-03-12T07:00:00.000Z' });

function expectInvalidCode(res: { statusCode: number; json(): unknown }) {
  expect(res.statusCode).toBe(400);
  expect(res.json()).toMatchObject({ error: { code: 'pairing_code_invalid', message: expect.stringMatching(/new one/) } });
}

async function enrolOk(code: string): Promise<string> {
  const res = await enrolWith(code);
  expect(res.statusCode).toBe(200);
  return res.json().token;
}

describe('a pairing code', () => {
  it('is 8 characters without look-alikes, and enrols its terminal, answering the device token once', async () => {
    const code = await pairingCode();
    expect(code).toMatch(new RegExp(`^[${PAIRING_ALPHABET}]{${PAIRING_CODE_LENGTH}}$`));
    const res = await enrolWith(code);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ terminalId: TOTEM.id, token: expect.stringMatching(/^[\w-]{43}$/) });
    const token = res.json().token;
    expect((await config(TOTEM.id, token)).statusCode).toBe(200);
    // Stored as a hash only, and the enrolment is in the audit log.
    const row = await c.store.db.selectFrom('terminals').select(['token_hash', 'enrolled_at', 'pairing_hash']).where('id', '=', TOTEM.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ token_hash: sha256(token), enrolled_at: clock.now().toISOString(), pairing_hash: null });
    const audit = await c.store.db.selectFrom('audit_log').select(['action', 'target_id', 'details']).where('action', '=', 'terminal.enrol').execute();
    expect(audit.map((a) => a.target_id)).toEqual([TOTEM.id]);
    expect(audit[0]!.details).not.toContain(token);
  });

  it('enrols only once: a second use answers 400 pairing_code_invalid', async () => {
    const code = await pairingCode();
    await enrolOk(code);
    expectInvalidCode(await enrolWith(code));
  });

  it('expires after 15 minutes', async () => {
    const early = await pairingCode();
    clock.advance(PAIRING_TTL_MS - 1000);
    await enrolOk(early);
    const late = await pairingCode(COUNTER.id);
    clock.advance(PAIRING_TTL_MS);
    expectInvalidCode(await enrolWith(late));
  });

  it('may be typed in small letters, with a dash or spaces', async () => {
    const code = await pairingCode();
    await enrolOk(formatPairingCode(code).toLowerCase());
    const other = await pairingCode(COUNTER.id);
    await enrolOk(` ${other.slice(0, 4)} ${other.slice(4)} `);
  });

  it('stops working when a newer one is issued for the same terminal', async () => {
    const first = await pairingCode();
    const second = await pairingCode();
    expectInvalidCode(await enrolWith(first));
    await enrolOk(second);
  });

  it('does not enrol an archived terminal, nor one of an archived office', async () => {
    const code = await pairingCode();
    await c.store.db.updateTable('terminals').set({ archived_at: '2026-03-01T00:00:00Z' }).where('id', '=', TOTEM.id).execute();
    expectInvalidCode(await enrolWith(code));
    const other = await pairingCode(COUNTER.id);
    await c.store.db.updateTable('offices').set({ archived_at: '2026-03-01T00:00:00Z' }).where('id', '=', COUNTER.officeId).execute();
    expectInvalidCode(await enrolWith(other));
    expect(await c.store.db.selectFrom('terminals').select('token_hash').where('id', '=', COUNTER.id).executeTakeFirst()).toEqual({ token_hash: null });
  });

  it('is refused by the schema when too short to be one', async () => {
    const res = await enrolWith('ABC');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation_failed' } });
  });
});

describe('re-enrolment', () => {
  it('gives a new token and stops the old one at once', async () => {
    const old = await enrolOk(await pairingCode());
    expect((await postVotes({ app: c.app, tokens: { [TOTEM.id]: old } }, [vote()])).status).toBe(200);
    const fresh = await enrolOk(await pairingCode());
    expect(fresh).not.toBe(old);
    const refused = await postVotes({ app: c.app, tokens: { [TOTEM.id]: old } }, [vote()]);
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ error: { code: 'terminal_not_enrolled' } });
    expect((await config(TOTEM.id, old)).statusCode).toBe(401);
    expect((await postVotes({ app: c.app, tokens: { [TOTEM.id]: fresh } }, [vote()])).status).toBe(200);
    expect(await countRows(c.store, 'votes')).toBe(2);
  });

  it('leaves the token in use working until the new code is redeemed', async () => {
    const token = await enrolOk(await pairingCode());
    await pairingCode();
    expect((await config(TOTEM.id, token)).statusCode).toBe(200);
  });
});

describe('revocation', () => {
  it('stops the token at once (votes and config answer 401 terminal_not_enrolled); a new code re-enrols the terminal', async () => {
    const token = await enrolOk(await pairingCode());
    const queued = vote();
    await revokeTerminal(c.store.db, TOTEM.id, clock.now());
    const refused = await postVotes({ app: c.app, tokens: { [TOTEM.id]: token } }, [queued]);
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ error: { code: 'terminal_not_enrolled', message: expect.stringMatching(/pair it again/) } });
    const cfg = await config(TOTEM.id, token);
    expect(cfg.statusCode).toBe(401);
    expect(cfg.json()).toMatchObject({ error: { code: 'terminal_not_enrolled' } });
    expect(await countRows(c.store, 'votes')).toBe(0);

    // The vote the terminal kept is delivered once it is paired again.
    const fresh = await enrolOk(await pairingCode());
    const res = await postVotes({ app: c.app, tokens: { [TOTEM.id]: fresh } }, [queued]);
    expect(res.status).toBe(200);
    expect(res.body.results).toMatchObject([{ id: queued.id, status: 'stored' }]);
    expect((await postVotes({ app: c.app, tokens: { [TOTEM.id]: token } }, [vote()])).status).toBe(401);
  });

  it('kills a pairing code issued before it', async () => {
    const code = await pairingCode();
    await revokeTerminal(c.store.db, TOTEM.id, clock.now());
    expectInvalidCode(await enrolWith(code));
  });

  it('of one terminal leaves the others working', async () => {
    const totem = await enrolOk(await pairingCode());
    const counter = await enrolOk(await pairingCode(COUNTER.id));
    await revokeTerminal(c.store.db, TOTEM.id, clock.now());
    expect((await config(TOTEM.id, totem)).statusCode).toBe(401);
    expect((await config(COUNTER.id, counter)).statusCode).toBe(200);
  });
});

describe('what a token may do', () => {
  it('sends votes and reads the configuration of its own terminal only (403 for another\'s)', async () => {
    const totem = await enrolOk(await pairingCode());
    const counter = await enrolOk(await pairingCode(COUNTER.id));
    const res = await postVotes({ app: c.app, tokens: { [COUNTER.id]: totem } }, [makeVote({ serviceId: COUNTER.services[0]! })], COUNTER.id);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { code: 'forbidden' } });
    const cfg = await config(COUNTER.id, totem);
    expect(cfg.statusCode).toBe(403);
    expect(cfg.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect((await config(COUNTER.id, counter)).statusCode).toBe(200);
    expect(await countRows(c.store, 'votes')).toBe(0);
  });

  it('never reads reports', async () => {
    const token = await enrolOk(await pairingCode());
    for (const url of [apiPaths.offices, `${apiPaths.officeReport(TOTEM.officeId)}?from=2026-03-01&to=2026-03-12`]) {
      const res = await c.app.inject({ url, headers: asTerminal(token) });
      expect(res.statusCode, url).toBe(401);
    }
    // Nor is a device token anybody's session.
    expect((await c.app.inject({ url: apiPaths.session, headers: asTerminal(token) })).json()).toEqual({ user: null });
  });
});

describe('last contact', () => {
  const lastSeen = async (terminalId: string) =>
    (await c.store.db.selectFrom('terminals').select('last_seen_at').where('id', '=', terminalId).executeTakeFirstOrThrow()).last_seen_at;

  it('is recorded when a terminal calls with its token, at most once a minute', async () => {
    const token = (await enrolWith(await pairingCode())).json().token as string;
    expect(await lastSeen(TOTEM.id)).toBeNull();
    expect((await config(TOTEM.id, token)).statusCode).toBe(200);
    expect(await lastSeen(TOTEM.id)).toBe('2026-03-12T08:00:00.000Z');
    clock.advance(30_000);
    expect((await postVotes(c, [vote()], TOTEM.id, token)).status).toBe(200);
    expect(await lastSeen(TOTEM.id)).toBe('2026-03-12T08:00:00.000Z');
    clock.advance(60_000);
    expect((await postVotes(c, [vote()], TOTEM.id, token)).status).toBe(200);
    expect(await lastSeen(TOTEM.id)).toBe('2026-03-12T08:01:30.000Z');
    const listed = await c.app.inject({ url: apiPaths.terminal(TOTEM.id), headers: c.admin.headers });
    expect(listed.json().lastSeenAt).toBe('2026-03-12T08:01:30.000Z');
  });

  it('is recorded for terminals that call at the same moment (they share one write), each answered once it is written', async () => {
    const tokens = [await enrolOk(await pairingCode(TOTEM.id)), await enrolOk(await pairingCode(COUNTER.id))];
    const answers = await Promise.all([config(TOTEM.id, tokens[0]!), config(COUNTER.id, tokens[1]!), config(TOTEM.id, tokens[0]!)]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200]);
    expect(await lastSeen(TOTEM.id)).toBe('2026-03-12T08:00:00.000Z');
    expect(await lastSeen(COUNTER.id)).toBe('2026-03-12T08:00:00.000Z');
  });
});
