import { describe, expect, it } from 'vitest';
import { hourDatasets, officeDay, USUAL_OFFICE_DAY } from '../../../../kiosk/dashboard/charts/hour-datasets';

const f = (positivo: number) => ({ ottimo: 0, positivo, sufficiente: 0, negativo: 0, pessimo: 0 });
const SHOWN = ['positivo', 'sufficiente', 'negativo'] as const;
const CLOSED = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

describe('officeDay', () => {
  it('runs from the earliest opening to the hour of the latest closing, over every weekday', () => {
    const hours = { ...CLOSED, mon: [{ from: '08:30', to: '12:30' }, { from: '14:30', to: '17:00' }], sat: [{ from: '07:45', to: '11:00' }] };
    expect(officeDay(hours)).toEqual({ first: 7, last: 16 });
    // Closing at 17:30 reaches into the 17:00 hour.
    expect(officeDay({ ...CLOSED, tue: [{ from: '09:00', to: '17:30' }] })).toEqual({ first: 9, last: 17 });
  });

  it('is unknown for an office that gave no hours', () => {
    expect(officeDay(CLOSED)).toBeUndefined();
    expect(officeDay(undefined)).toBeUndefined();
  });
});

describe('hourDatasets', () => {
  it('draws every hour of the office’s day, the quiet ones as zeros, not only the hours with votes', () => {
    const rows = [
      { hour: 10, total: 2, faces: f(2) },
      { hour: 11, total: 1, faces: f(1) },
    ];
    const d = hourDatasets(rows, SHOWN, 'count', { first: 8, last: 13 });
    expect(d.labels).toEqual(['08:00', '09:00', '10:00', '11:00', '12:00', '13:00']);
    expect(d.datasets[0]!.data).toEqual([0, 0, 2, 1, 0, 0]);
  });

  it('widens the day to votes cast outside it, and fills hours the collector left out', () => {
    const rows = [
      { hour: 14, total: 1, faces: f(1) },
      { hour: 6, total: 2, faces: f(2) },
      { hour: 3, total: 0, faces: f(0) },
    ];
    const d = hourDatasets(rows, SHOWN, 'count', { first: 8, last: 12 });
    expect(d.labels).toEqual(['06:00', '07:00', '08:00', '09:00', '10:00', '11:00', '12:00', '13:00', '14:00']);
    expect(d.datasets[0]!.data).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('uses a usual office day when the office gave no hours', () => {
    const d = hourDatasets([{ hour: 9, total: 1, faces: f(1) }], SHOWN, 'count');
    expect(d.labels[0]).toBe(`0${USUAL_OFFICE_DAY.first}:00`);
    expect(d.labels).toHaveLength(USUAL_OFFICE_DAY.last - USUAL_OFFICE_DAY.first + 1);
  });
});
