// countDeltas: one increment row per distinct bucket, reasons per reason, follow-ups only when asked.
import { describe, expect, it } from 'vitest';
import { countDeltas, type CountedVote } from '../../../server/aggregates/count-deltas';

const vote = (o: Partial<CountedVote> = {}): CountedVote => ({
  officeId: 'o1',
  serviceId: 's1',
  channel: 'totem',
  day: '2026-03-10',
  hour: 9,
  face: 'positivo',
  followUp: 'not-asked',
  reasonIds: [],
  ...o,
});

describe('countDeltas', () => {
  it('gives empty deltas for no votes', () => {
    expect(countDeltas([])).toEqual({ faces: [], reasons: [], followUps: [] });
  });

  it('merges votes of the same bucket into one row with their count', () => {
    const d = countDeltas([vote(), vote(), vote()]);
    expect(d.faces).toEqual([{ office_id: 'o1', service_id: 's1', channel: 'totem', day: '2026-03-10', hour: 9, face: 'positivo', count: 3 }]);
    expect(d.reasons).toEqual([]);
    expect(d.followUps).toEqual([]);
  });

  it('keeps apart buckets that differ in any key', () => {
    const d = countDeltas([
      vote(),
      vote({ officeId: 'o2' }),
      vote({ serviceId: 's2' }),
      vote({ channel: 'sportello' }),
      vote({ day: '2026-03-11' }),
      vote({ hour: 10 }),
      vote({ face: 'sufficiente' }),
    ]);
    expect(d.faces).toHaveLength(7);
    expect(d.faces.every((r) => r.count === 1)).toBe(true);
  });

  it('does not confuse keys whose parts concatenate alike', () => {
    const d = countDeltas([vote({ serviceId: 'a', channel: 'bc' }), vote({ serviceId: 'ab', channel: 'c' })]);
    expect(d.faces).toHaveLength(2);
  });

  it('counts each reason of each vote per day (not per hour), and follow-ups except not-asked', () => {
    const d = countDeltas([
      vote({ face: 'negativo', followUp: 'chosen', reasonIds: ['attesa', 'altro'], hour: 9 }),
      vote({ face: 'negativo', followUp: 'chosen', reasonIds: ['attesa'], hour: 15 }),
      vote({ face: 'negativo', followUp: 'skipped' }),
      vote({ face: 'negativo', followUp: 'timeout' }),
      vote(),
    ]);
    const base = { office_id: 'o1', service_id: 's1', channel: 'totem', day: '2026-03-10' };
    expect(d.reasons).toEqual(
      expect.arrayContaining([
        { ...base, reason_id: 'attesa', count: 2 },
        { ...base, reason_id: 'altro', count: 1 },
      ]),
    );
    expect(d.reasons).toHaveLength(2);
    expect(d.followUps).toEqual(
      expect.arrayContaining([
        { ...base, follow_up: 'chosen', count: 2 },
        { ...base, follow_up: 'skipped', count: 1 },
        { ...base, follow_up: 'timeout', count: 1 },
      ]),
    );
    expect(d.followUps).toHaveLength(3);
    expect(d.faces.reduce((n, r) => n + r.count, 0)).toBe(5);
  });
});
