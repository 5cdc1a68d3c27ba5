// The people-served page's pure parts: weeks and months, typed text against stored figures, the entries a save sends, a refused file's lines.
import { describe, expect, it } from 'vitest';
import { changedEntries, cellKey, invalidCells, parseServed, participation, problemsByCell, storedCells, sumCells, type CellId, type Edits } from '../../../../kiosk/dashboard/admin/served-cells';
import { readCsvText, templateCsv } from '../../../../kiosk/dashboard/admin/served-import';
import { monthOf, periodLabel, readServedPeriod, stepPeriod, daysOf, weekOf, writeServedPeriod } from '../../../../kiosk/dashboard/admin/served-period';
import { csvProblemLines } from '../../../../kiosk/dashboard/admin/served-problems';

describe('weeks and months', () => {
  it('finds the Monday-to-Sunday week and the calendar month of a day, across years and leap days', () => {
    expect(weekOf('2026-03-04')).toEqual({ kind: 'week', from: '2026-03-02', to: '2026-03-08' });
    expect(weekOf('2026-03-08')).toEqual({ kind: 'week', from: '2026-03-02', to: '2026-03-08' });
    expect(weekOf('2026-01-01')).toEqual({ kind: 'week', from: '2025-12-29', to: '2026-01-04' });
    expect(monthOf('2028-02-15')).toEqual({ kind: 'month', from: '2028-02-01', to: '2028-02-29' });
    expect(monthOf('2026-12-31')).toEqual({ kind: 'month', from: '2026-12-01', to: '2026-12-31' });
    expect(stepPeriod(monthOf('2026-01-10'), -1)).toEqual(monthOf('2025-12-01'));
    expect(stepPeriod(weekOf('2026-03-04'), 1).from).toBe('2026-03-09');
    expect(daysOf(weekOf('2026-03-04'))).toHaveLength(7);
    expect(daysOf(monthOf('2026-03-04')).at(-1)).toBe('2026-03-31');
  });

  it('names them in Italian', () => {
    expect(periodLabel(monthOf('2026-03-04'))).toBe('marzo 2026');
    expect(periodLabel(weekOf('2026-03-04'))).toBe('2–8 marzo 2026');
    expect(periodLabel(weekOf('2026-04-01'))).toBe('30 marzo – 5 aprile 2026');
    expect(periodLabel(weekOf('2026-01-01'))).toBe('29 dicembre 2025 – 4 gennaio 2026');
  });

  it('reads and writes its own address parameter, leaving the others alone', () => {
    expect(readServedPeriod('?served=2026-03-04')).toEqual(weekOf('2026-03-02'));
    expect(readServedPeriod('?served=2026-03')).toEqual(monthOf('2026-03-01'));
    expect(readServedPeriod('?served=2026-13')).toBeUndefined();
    expect(readServedPeriod('?month=2026-03')).toBeUndefined();
    expect(writeServedPeriod('?office=o1&month=2026-02', monthOf('2026-03-01'))).toBe('?office=o1&month=2026-02&served=2026-03');
    expect(writeServedPeriod('?served=2026-03', weekOf('2026-03-04'))).toBe('?served=2026-03-02');
  });
});

const cell = (serviceId: string, day: string, channel: CellId['channel'] = 'sportello'): CellId => ({ serviceId, channel, day });
const edits = (...items: [CellId, string][]): Edits => new Map(items.map(([c, text]) => [cellKey(c), { cell: c, text }]));
const STORED = storedCells([
  { serviceId: 'anagrafe', day: '2026-03-02', channel: 'sportello', served: 40, votes: 6, source: 'dashboard', at: '2026-03-03T08:00:00Z', by: 'a@x' },
  { serviceId: 'anagrafe', day: '2026-03-03', channel: 'sportello', served: 60, votes: 4, source: 'csv', at: '2026-03-04T08:00:00Z', by: 'a@x' },
  { serviceId: 'tributi', day: '2026-03-02', channel: 'telefono', served: 12, votes: 0, source: 'api', at: '2026-03-03T08:00:00Z', by: null },
]);

describe('cells', () => {
  it('reads a whole number, the Italian thousands point, or nothing', () => {
    expect(parseServed('')).toBeNull();
    expect(parseServed('  ')).toBeNull();
    expect(parseServed(' 42 ')).toBe(42);
    expect(parseServed('0')).toBe(0);
    expect(parseServed('1.250')).toBe(1250);
    expect(parseServed('100.000')).toBe(100_000);
    for (const bad of ['100001', '-1', '4,5', '1.5', 'dieci', '1.25']) expect(parseServed(bad), bad).toBe('invalid');
  });

  it('sends only what changed: new figures, changed ones, and null for a cleared one', () => {
    const typed = edits(
      [cell('anagrafe', '2026-03-02'), '40'], // the same as stored: nothing to send
      [cell('anagrafe', '2026-03-03'), ''], // cleared: removes the figure
      [cell('anagrafe', '2026-03-04'), ''], // empty and never had one: nothing
      [cell('tributi', '2026-03-02', 'telefono'), '15'],
      [cell('tributi', '2026-03-05'), '7'],
      [cell('tributi', '2026-03-06'), 'sette'], // invalid: never sent, listed apart
    );
    expect(changedEntries(typed, STORED)).toEqual([
      { serviceId: 'anagrafe', channel: 'sportello', day: '2026-03-03', served: null },
      { serviceId: 'tributi', channel: 'telefono', day: '2026-03-02', served: 15 },
      { serviceId: 'tributi', channel: 'sportello', day: '2026-03-05', served: 7 },
    ]);
    expect(invalidCells(typed)).toEqual([cell('tributi', '2026-03-06')]);
  });

  it('computes participation over the days with a figure only, and not for nobody served', () => {
    expect(participation(6, 40)).toBe(0.15);
    expect(participation(3, 0)).toBeUndefined();
    expect(participation(undefined, 10)).toBeUndefined();
    const days = ['2026-03-02', '2026-03-03', '2026-03-04'].map((d) => STORED.get(cellKey(cell('anagrafe', d))));
    expect(sumCells(days)).toEqual({ served: 100, votes: 10, days: 2 });
  });

  it('puts each refused entry back on its cell, and keeps the rest apart', () => {
    const sent = [
      { serviceId: 'anagrafe', channel: 'sportello' as const, day: '2026-03-02', served: 1 },
      { serviceId: 'tributi', day: '2026-04-16', served: 2 },
    ];
    const { byCell, other } = problemsByCell(
      [
        { field: '/entries/1/day', reason: 'a' },
        { field: '/entries/1/served', reason: 'b' },
        { field: '/entries', reason: 'c' },
        { field: '/entries/9/day', reason: 'd' },
      ],
      sent,
    );
    expect([...byCell.values()]).toEqual([{ cell: cell('tributi', '2026-04-16'), reasons: ['a', 'b'] }]);
    expect(other.map((p) => p.reason)).toEqual(['c', 'd']);
  });
});

describe('a refused file', () => {
  it('lists it as "riga N: colonna — motivo", in line order, with the collector\'s reasons as it wrote them (in the dashboard\'s language)', () => {
    expect(
      csvProblemLines([
        { line: 4, field: '/servizio', reason: 'nessun servizio si chiama «Biblioteca»' },
        { line: 3, field: '/giorno', reason: '«31/02/2026» non è una data del calendario' },
        { line: 1, field: '/header', reason: 'la prima riga deve dare i nomi delle colonne' },
        { field: '/', reason: 'il file ha la riga dei nomi delle colonne ma nessun numero' },
      ]),
    ).toEqual([
      'file — il file ha la riga dei nomi delle colonne ma nessun numero',
      'riga 1: nomi delle colonne — la prima riga deve dare i nomi delle colonne',
      'riga 3: giorno — «31/02/2026» non è una data del calendario',
      'riga 4: servizio — nessun servizio si chiama «Biblioteca»',
    ]);
  });
});

describe('CSV files', () => {
  it('reads UTF-8, and Excel’s Windows-1252 when the bytes are not UTF-8', async () => {
    expect(await readCsvText(new Blob(['giorno;servizio\n2026-03-02;Attività produttive']))).toBe('giorno;servizio\n2026-03-02;Attività produttive');
    const latin = new Uint8Array([...new TextEncoder().encode('2026-03-02;Attivit'), 0xe0]);
    expect(await readCsvText(new Blob([latin]))).toBe('2026-03-02;Attività');
  });

  it('writes a template with a line per day and service, quoting names that need it', () => {
    expect(templateCsv([{ name: 'Anagrafe' }, { name: 'Tributi; IMU' }], ['2026-03-02'])).toBe('\uFEFFgiorno;servizio;canale;persone\r\n2026-03-02;Anagrafe;sportello;\r\n2026-03-02;"Tributi; IMU";sportello;\r\n');
  });
});
