import { describe, expect, it } from 'vitest';
import { reasonDatasets, type ReasonRow } from '../../../../kiosk/dashboard/charts/reason-datasets';

const rows: ReasonRow[] = [
  { reasonId: 'servizio', label: 'Il servizio ricevuto', dimension: 'effectiveness', count: 6, shareOfNegative: null },
  { reasonId: 'altro', label: 'Altro', dimension: null, count: 2, shareOfNegative: null },
  { reasonId: 'attesa', label: 'Tempo di attesa', dimension: 'timeliness', count: 14, shareOfNegative: null },
];

describe('reasonDatasets', () => {
  it('puts the most frequent reason first, labelled with its Italian dimension', () => {
    const d = reasonDatasets(rows, 20);
    expect(d.labels).toEqual([['Tempo di attesa', 'Tempestività'], ['Il servizio ricevuto', 'Efficacia'], ['Altro']]);
    expect(d.counts).toEqual([14, 6, 2]);
  });

  it('gives percent of the citizens who gave a reason', () => {
    expect(reasonDatasets(rows, 20).percents).toEqual([70, 30, 10]);
    expect(reasonDatasets(rows, 0).percents).toEqual([null, null, null]);
  });

  it('does not reorder its input', () => {
    reasonDatasets(rows, 20);
    expect(rows[0]!.reasonId).toBe('servizio');
  });
});
