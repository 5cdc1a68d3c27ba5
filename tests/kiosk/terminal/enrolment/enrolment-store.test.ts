import { afterEach, describe, expect, it } from 'vitest';
import { adoptEnrolment, markRefused, readEnrolment } from '../../../../kiosk/terminal/enrolment/enrolment-store';
import { readCachedConfig, saveConfig } from '../../../../kiosk/terminal/config-cache';
import { createVoteQueue } from '../../../../kiosk/terminal/store/vote-queue';
import { closeDbs, freshDb, sampleConfig } from '../fixtures';

afterEach(closeDbs);

describe('enrolment store', () => {
  it('keeps the token of a pairing, and a new pairing replaces it', async () => {
    const db = await freshDb();
    const queue = createVoteQueue(db);
    expect(await readEnrolment(db)).toBeNull();
    await adoptEnrolment(db, queue, { terminalId: 'T1', token: 'a' });
    expect(await readEnrolment(db)).toMatchObject({ terminalId: 'T1', token: 'a' });
    await adoptEnrolment(db, queue, { terminalId: 'T1', token: 'b' });
    expect(await readEnrolment(db)).toMatchObject({ terminalId: 'T1', token: 'b' });
  });

  it('remembers a refusal of the token in use only', async () => {
    const db = await freshDb();
    const queue = createVoteQueue(db);
    await adoptEnrolment(db, queue, { terminalId: 'T1', token: 'new' });
    // A 401 for the token of before the last pairing, arriving late, changes nothing.
    expect(await markRefused(db, 'old')).toBeNull();
    expect((await readEnrolment(db))?.refusedAt).toBeUndefined();
    expect((await markRefused(db, 'new'))?.refusedAt).toBeTypeOf('string');
    expect((await readEnrolment(db))?.refusedAt).toBeTypeOf('string');
    // Paired again: usable.
    await adoptEnrolment(db, queue, { terminalId: 'T1', token: 'newer' });
    expect((await readEnrolment(db))?.refusedAt).toBeUndefined();
  });

  it('paired as another terminal: holds the old terminal\'s votes (open ones too), drops its configuration; paired back: releases them', async () => {
    const db = await freshDb();
    const queue = createVoteQueue(db);
    await adoptEnrolment(db, queue, { terminalId: 'OLD', token: 'a' });
    await saveConfig(db, 'OLD', sampleConfig());
    const pending = await queue.record({ terminalId: 'OLD', serviceId: 'anagrafe', face: 'positivo', scale: 3 });
    const open = await queue.open({ terminalId: 'OLD', serviceId: 'anagrafe', face: 'negativo', scale: 3 });
    const refused = await queue.record({ terminalId: 'OLD', serviceId: 'archiviato', face: 'positivo', scale: 3 });
    await queue.hold(refused.id, 'servizio archiviato', 'votes_invalid');

    await adoptEnrolment(db, queue, { terminalId: 'NEW', token: 'b' });
    expect(await queue.counts()).toEqual({ open: 0, pending: 0, held: 3 });
    const held = (await queue.held()).filter((h) => h.id !== refused.id);
    expect(held.map((h) => h.id).sort()).toEqual([pending.id, open.id].sort());
    expect(held[0]!.reason).toContain('raccolti come terminale OLD');
    expect(await readCachedConfig(db, 'OLD')).toBeNull();
    const wasOpen = await db.get('votes', open.id);
    expect(wasOpen).toMatchObject({ state: 'held', followUp: 'timeout', heldCode: 'other-terminal' });

    // Votes of NEW stay sendable; held votes of another kind are never released by a pairing.
    const mine = await queue.record({ terminalId: 'NEW', serviceId: 'anagrafe', face: 'positivo', scale: 3 });
    await adoptEnrolment(db, queue, { terminalId: 'OLD', token: 'c' });
    const states = Object.fromEntries((await db.getAll('votes')).map((v) => [v.id, v.state]));
    expect(states).toEqual({ [pending.id]: 'pending', [open.id]: 'pending', [mine.id]: 'held', [refused.id]: 'held' });
  });
});
