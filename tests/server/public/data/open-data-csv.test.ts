// The open data CSV: a service name never becomes a formula, whether a spreadsheet splits the file on ',' (as written) or ';' (set to Italian).
import { describe, expect, it } from 'vitest';
import type { OpenDataRow } from '../../../../server/contract/public-page-schemas';
import { CSV_COLUMNS, openDataCsv } from '../../../../server/public/data/open-data-csv';
import { formulaCells, HOSTILE_NAMES, splitAsSpreadsheet } from '../../helpers/spreadsheet-csv';

const row = (service: string): OpenDataRow => ({
  month: '2026-10',
  group: 'service',
  serviceId: 'valdoria-x',
  service,
  channel: null,
  status: 'published',
  votes: 25,
  positive: 17,
  neutral: 5,
  negative: 3,
  positiveShare: 0.68,
  index: 78,
  served: null,
  servedVotes: null,
  participation: null,
  participationDays: 0,
});

describe('openDataCsv', () => {
  const text = openDataCsv(HOSTILE_NAMES.map(row));

  it('has no cell a spreadsheet would run as a formula, split on \',\', \';\' or a tab', () => {
    expect(formulaCells(text)).toEqual([]);
  });

  it('read on \',\' as written, has every column of every row, each name as typed after its apostrophes', () => {
    const [header, ...lines] = splitAsSpreadsheet(text, ',');
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(lines).toHaveLength(HOSTILE_NAMES.length);
    for (const [i, line] of lines.entries()) {
      expect(line).toHaveLength(CSV_COLUMNS.length);
      expect(line[3]!.replaceAll("'", '')).toBe(HOSTILE_NAMES[i]!.replaceAll("'", ''));
      expect(line.slice(6, 12)).toEqual(['25', '17', '5', '3', '0.68', '78']);
    }
  });
});
