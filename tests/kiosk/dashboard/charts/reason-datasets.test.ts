import { describe, expect, it } from 'vitest';
import { dimensionLabel, reasonDatasets, type ReasonRow } from '../../../../kiosk/dashboard/charts/reason-datasets';
import { applyEnglish } from '../../../../kiosk/dashboard/i18n/en/index';

const rows: ReasonRow[] = [
  { reasonId: 'servizio', label: 'Il servizio ricevuto', dimension: 'effectiveness', count: 6, shareOfNegative: 6 / 30 },
  { reasonId: 'altro', label: 'Altro', dimension: null, count: 2, shareOfNegative: 2 / 30 },
  { reasonId: 'attesa', label: 'Tempo di attesa', dimension: 'timeliness', count: 14, shareOfNegative: 14 / 30 },
];

describe('reasonDatasets', () => {
  it('puts the most frequent reason first, labelled with its Italian dimension', () => {
    const d = reasonDatasets(rows);
    expect(d.labels).toEqual([['Tempo di attesa', 'Tempestività'], ['Il servizio ricevuto', 'Efficacia'], ['Altro']]);
    expect(d.counts).toEqual([14, 6, 2]);
  });

  it('gives each reason as a percent of the negative votes, the collector’s share rounded', () => {
    expect(reasonDatasets(rows).percents).toEqual([47, 20, 7]);
    expect(reasonDatasets([{ ...rows[0]!, shareOfNegative: null }]).percents).toEqual([null]);
  });

  it('does not reorder its input', () => {
    reasonDatasets(rows);
    expect(rows[0]!.reasonId).toBe('servizio');
  });
});

// Last: the English catalogue, once applied, stays for the rest of this file.
describe('reasonDatasets in English', () => {
  it('names the dimensions in English, on the chart and in its table', () => {
    applyEnglish();
    expect(reasonDatasets(rows).labels).toEqual([['Tempo di attesa', 'Timeliness'], ['Il servizio ricevuto', 'Effectiveness'], ['Altro']]);
    expect(dimensionLabel(rows[0]!, 'none')).toBe('Effectiveness');
    expect(dimensionLabel(rows[1]!, 'none')).toBe('none');
  });
});
