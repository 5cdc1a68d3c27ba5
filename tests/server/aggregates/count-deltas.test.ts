// countDeltas: one increment row per distinct bucket of each rollup, keys sorted, reasons per reason, follow-ups only when asked.
import { describe, expect, it } from 'vitest';
import { countDeltas, ROLLUPS, weekdayOf, type CountedVote, type RollupTable } from '../../../server/aggregates/count-deltas';

const vote = (o: Partial<CountedVote> = {}): CountedVote => ({
  administrationId: 'a1',
  officeId: 'o1',
  terminalId: 't1',
  serviceId: 's1',
  channel: 'totem',
  day: '2026-03-10',
  hour: 9,
  scale: 3,
  face: 'positivo',
  followUp: 'not-asked',
  reasonIds: [],
  receivedDay: '2026-03-10',
  timeSource: 'terminal',
  ...o,
});

/** A totals-only rollup's columns: those given, every other one 0. */
const tally = (t: Partial<Record<string, number>>) => ({ votes: 0, ottimo: 0, positivo: 0, sufficiente: 0, negativo: 0, pessimo: 0, points: 0, points_squared: 0, ...t });

const rowsOf = (votes: CountedVote[], table: RollupTable) => countDeltas(votes).find((d) => d.table === table)?.rows ?? [];

describe('countDeltas', () => {
  it('gives no deltas for no votes', () => {
    expect(countDeltas([])).toEqual([]);
  });

  it('merges votes of the same bucket into one row per rollup, with their count', () => {
    const deltas = countDeltas([vote(), vote(), vote()]);
    expect(Object.fromEntries(deltas.map((d) => [d.table, d.rows]))).toEqual({
      face_counts: [{ office_id: 'o1', service_id: 's1', channel: 'totem', day: '2026-03-10', hour: 9, scale: 3, face: 'positivo', count: 3 }],
      // Totals only: three votes of 12 twelfths (positivo is the best of three faces).
      tally_day: [{ office_id: 'o1', service_id: 's1', channel: 'totem', day: '2026-03-10', ...tally({ votes: 3, positivo: 3, points: 36, points_squared: 432 }) }],
      tally_month: [{ office_id: 'o1', service_id: 's1', channel: 'totem', month: '2026-03', ...tally({ votes: 3, positivo: 3, points: 36, points_squared: 432 }) }],
      tally_office_day: [{ office_id: 'o1', day: '2026-03-10', ...tally({ votes: 3, positivo: 3, points: 36, points_squared: 432 }) }],
      tally_office_hour: [{ office_id: 'o1', day: '2026-03-10', hour: 9, ...tally({ votes: 3, positivo: 3, points: 36, points_squared: 432 }) }],
      // 10 March 2026 is a Tuesday: weekday 1 counting from Monday.
      tally_office_weekhour: [{ office_id: 'o1', month: '2026-03', weekday: 1, hour: 9, ...tally({ votes: 3, positivo: 3, points: 36, points_squared: 432 }) }],
      face_counts_admin_month: [{ administration_id: 'a1', month: '2026-03', channel: 'totem', scale: 3, face: 'positivo', count: 3 }],
      terminal_counts_month: [{ terminal_id: 't1', month: '2026-03', count: 3 }],
      // A totem rates counter visits: its votes meet the counter's people served.
      participation_day: [{ office_id: 'o1', service_id: 's1', channel: 'sportello', day: '2026-03-10', votes: 3 }],
    });
  });

  it('keeps apart buckets that differ in any key, and the same face on two scales', () => {
    const votes = [vote(), vote({ officeId: 'o2' }), vote({ serviceId: 's2' }), vote({ channel: 'sportello' }), vote({ day: '2026-03-11' }), vote({ hour: 10 }), vote({ face: 'sufficiente' }), vote({ scale: 5 })];
    const hourly = rowsOf(votes, 'face_counts');
    expect(hourly).toHaveLength(8);
    expect(hourly.every((r) => r.count === 1)).toBe(true);
    // The month totals drop day, hour, scale and face: those four fold into the first vote's row.
    expect(rowsOf(votes, 'tally_month')).toEqual([
      { office_id: 'o1', service_id: 's1', channel: 'sportello', month: '2026-03', ...tally({ votes: 1, positivo: 1, points: 12, points_squared: 144 }) },
      { office_id: 'o1', service_id: 's1', channel: 'totem', month: '2026-03', ...tally({ votes: 5, positivo: 4, sufficiente: 1, points: 3 * 12 + 6 + 9, points_squared: 3 * 144 + 36 + 81 }) },
      { office_id: 'o1', service_id: 's2', channel: 'totem', month: '2026-03', ...tally({ votes: 1, positivo: 1, points: 12, points_squared: 144 }) },
      { office_id: 'o2', service_id: 's1', channel: 'totem', month: '2026-03', ...tally({ votes: 1, positivo: 1, points: 12, points_squared: 144 }) },
    ]);
    // The office day totals drop service, channel, hour, scale and face: six votes fold into the
    // first vote's row, positivo counting 12 twelfths on three faces and 9 on five, sufficiente 6.
    expect(rowsOf(votes, 'tally_office_day')).toEqual([
      { office_id: 'o1', day: '2026-03-10', ...tally({ votes: 6, positivo: 5, sufficiente: 1, points: 4 * 12 + 6 + 9, points_squared: 4 * 144 + 36 + 81 }) },
      { office_id: 'o1', day: '2026-03-11', ...tally({ votes: 1, positivo: 1, points: 12, points_squared: 144 }) },
      { office_id: 'o2', day: '2026-03-10', ...tally({ votes: 1, positivo: 1, points: 12, points_squared: 144 }) },
    ]);
    // The day totals drop hour, scale and face: the other hour, face and scale fold into the first vote's row.
    expect(rowsOf(votes, 'tally_day')).toEqual([
      { office_id: 'o1', day: '2026-03-10', service_id: 's1', channel: 'sportello', ...tally({ votes: 1, positivo: 1, points: 12, points_squared: 144 }) },
      { office_id: 'o1', day: '2026-03-10', service_id: 's1', channel: 'totem', ...tally({ votes: 4, positivo: 3, sufficiente: 1, points: 2 * 12 + 9 + 6, points_squared: 2 * 144 + 81 + 36 }) },
      { office_id: 'o1', day: '2026-03-10', service_id: 's2', channel: 'totem', ...tally({ votes: 1, positivo: 1, points: 12, points_squared: 144 }) },
      { office_id: 'o1', day: '2026-03-11', service_id: 's1', channel: 'totem', ...tally({ votes: 1, positivo: 1, points: 12, points_squared: 144 }) },
      { office_id: 'o2', day: '2026-03-10', service_id: 's1', channel: 'totem', ...tally({ votes: 1, positivo: 1, points: 12, points_squared: 144 }) },
    ]);
    // The office hour totals drop service, channel, scale and face (keys sort as text: hour 10 before 9).
    expect(rowsOf(votes, 'tally_office_hour')).toEqual([
      { office_id: 'o1', day: '2026-03-10', hour: 10, ...tally({ votes: 1, positivo: 1, points: 12, points_squared: 144 }) },
      { office_id: 'o1', day: '2026-03-10', hour: 9, ...tally({ votes: 5, positivo: 4, sufficiente: 1, points: 3 * 12 + 9 + 6, points_squared: 3 * 144 + 81 + 36 }) },
      { office_id: 'o1', day: '2026-03-11', hour: 9, ...tally({ votes: 1, positivo: 1, points: 12, points_squared: 144 }) },
      { office_id: 'o2', day: '2026-03-10', hour: 9, ...tally({ votes: 1, positivo: 1, points: 12, points_squared: 144 }) },
    ]);
  });

  it('does not confuse keys whose parts concatenate alike', () => {
    expect(rowsOf([vote({ serviceId: 'a', channel: 'bc' }), vote({ serviceId: 'ab', channel: 'c' })], 'face_counts')).toHaveLength(2);
  });

  it('sorts each table\'s rows by key, so concurrent transactions lock rows in one order', () => {
    const votes = [vote({ serviceId: 'z' }), vote({ serviceId: 'b' }), vote({ serviceId: 'm' })];
    for (const d of countDeltas(votes)) {
      const keys = d.rows.map((r) => ROLLUPS[d.table].map((k) => r[k]).join('\u0000'));
      expect(keys).toEqual([...keys].sort());
    }
  });

  it('counts each reason of each vote per day and month, and follow-ups except not-asked', () => {
    const votes = [
      vote({ face: 'negativo', followUp: 'chosen', reasonIds: ['attesa', 'altro'], hour: 9 }),
      vote({ face: 'negativo', followUp: 'chosen', reasonIds: ['attesa'], hour: 15 }),
      vote({ face: 'negativo', followUp: 'skipped' }),
      vote({ face: 'negativo', followUp: 'timeout' }),
      vote(),
    ];
    const base = { office_id: 'o1', service_id: 's1', channel: 'totem', day: '2026-03-10' };
    expect(rowsOf(votes, 'reason_counts')).toEqual([
      { ...base, reason_id: 'altro', count: 1 },
      { ...base, reason_id: 'attesa', count: 2 },
    ]);
    expect(rowsOf(votes, 'reason_counts_month').map((r) => r.count)).toEqual([1, 2]);
    expect(rowsOf(votes, 'follow_up_counts')).toEqual([
      { ...base, follow_up: 'chosen', count: 2 },
      { ...base, follow_up: 'skipped', count: 1 },
      { ...base, follow_up: 'timeout', count: 1 },
    ]);
    expect(rowsOf(votes, 'face_counts').reduce((n, r) => n + Number(r.count), 0)).toBe(5);
  });

  it('records only late or re-dated arrivals', () => {
    const votes = [vote(), vote({ receivedDay: '2026-03-12' }), vote({ timeSource: 'collector' }), vote({ receivedDay: '2026-03-12' })];
    expect(rowsOf(votes, 'arrival_counts')).toEqual([
      { office_id: 'o1', day: '2026-03-10', received_day: '2026-03-10', time_source: 'collector', count: 1 },
      { office_id: 'o1', day: '2026-03-10', received_day: '2026-03-12', time_source: 'terminal', count: 2 },
    ]);
  });

  it('leaves the website\'s ratings out of the office\'s hours, and counts them everywhere else', () => {
    const web = vote({ channel: 'web', scale: 5, face: 'ottimo', hour: 22 });
    const tables = countDeltas([web, vote()]).map((d) => [d.table, d.rows.length] as const);
    expect(Object.fromEntries(tables)).toMatchObject({ face_counts: 2, tally_day: 2, tally_office_day: 1, tally_office_hour: 1, tally_office_weekhour: 1 });
    expect(rowsOf([web, vote()], 'tally_office_hour')).toEqual([{ office_id: 'o1', day: '2026-03-10', hour: 9, ...tally({ votes: 1, positivo: 1, points: 12, points_squared: 144 }) }]);
    expect(rowsOf([web], 'tally_office_weekhour')).toEqual([]);
    expect(rowsOf([web], 'tally_office_day')).toEqual([{ office_id: 'o1', day: '2026-03-10', ...tally({ votes: 1, ottimo: 1, points: 12, points_squared: 144 }) }]);
  });

  it('leaves the QR codes\' votes out of the office\'s hours, and keeps the phone\'s and the counters\' there', () => {
    // A QR code's vote: channel sportello, cast on the collector's mobile page and so dated at arrival.
    const qr = vote({ channel: 'sportello', timeSource: 'arrival', hour: 21 });
    const phone = vote({ channel: 'telefono', timeSource: 'arrival', hour: 10 });
    const redated = vote({ channel: 'sportello', timeSource: 'collector', hour: 11 });
    expect(rowsOf([qr, phone, redated], 'tally_office_hour').map((r) => r.hour)).toEqual([10, 11]);
    expect(rowsOf([qr], 'tally_office_weekhour')).toEqual([]);
    expect(rowsOf([qr], 'tally_day')).toHaveLength(1);
    expect(rowsOf([qr], 'participation_day')).toEqual([{ office_id: 'o1', service_id: 's1', channel: 'sportello', day: '2026-03-10', votes: 1 }]);
  });

  it('numbers weekdays from Monday', () => {
    expect(['2026-03-09', '2026-03-14', '2026-03-15'].map(weekdayOf)).toEqual([0, 5, 6]);
  });
});
