import { describe, expect, it } from 'vitest';
import type { VotesStoredEvent } from '../../../server/contract/events';
import { storedEvents } from '../../../server/realtime/stored-events';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('vote:stored events of one turn of the event loop', () => {
  it('leave as one per office: counts added, days joined and sorted', async () => {
    const sent: VotesStoredEvent[] = [];
    const events = storedEvents((e) => sent.push(e));
    events.add({ officeId: 'a', count: 1, days: ['2026-11-30'] });
    events.add({ officeId: 'b', count: 2, days: ['2026-11-29'] });
    events.add({ officeId: 'a', count: 3, days: ['2026-11-28', '2026-11-30'] });
    expect(sent).toEqual([]);
    await nextTurn();
    expect(sent).toEqual([
      { officeId: 'a', count: 4, days: ['2026-11-28', '2026-11-30'] },
      { officeId: 'b', count: 2, days: ['2026-11-29'] },
    ]);
  });

  it('keep the turns apart: what comes after a turn leaves with the next one', async () => {
    const sent: VotesStoredEvent[] = [];
    const events = storedEvents((e) => sent.push(e));
    events.add({ officeId: 'a', count: 1, days: ['2026-11-30'] });
    await nextTurn();
    events.add({ officeId: 'a', count: 1, days: ['2026-11-30'] });
    await nextTurn();
    expect(sent.map((e) => e.count)).toEqual([1, 1]);
  });

  it('leave at once on flush, and not a second time', async () => {
    const sent: VotesStoredEvent[] = [];
    const events = storedEvents((e) => sent.push(e));
    events.add({ officeId: 'a', count: 5, days: ['2026-11-30'] });
    events.flush();
    expect(sent).toEqual([{ officeId: 'a', count: 5, days: ['2026-11-30'] }]);
    await nextTurn();
    expect(sent).toHaveLength(1);
  });
});
