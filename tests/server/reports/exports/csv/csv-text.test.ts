// The CSV writer: no name an administration types becomes a formula, whatever separator the spreadsheet splits on; read with the file's own, every name comes back.
import { describe, expect, it } from 'vitest';
import { csvText, type Separator } from '../../../../../server/reports/exports/csv/csv-text';
import { formulaCells, HOSTILE_NAMES, splitAsSpreadsheet } from '../../../helpers/spreadsheet-csv';

describe('csvText', () => {
  for (const separator of [';', ','] as const satisfies readonly Separator[]) {
    describe(`a file split on '${separator}'`, () => {
      const header = ['giorno', 'servizio', ...HOSTILE_NAMES.slice(0, 3).map((n) => `motivo: ${n}`), 'totale'];
      const rows = HOSTILE_NAMES.map((name) => ['2026-03-09', name, 'totem', 'x', 'y', 1]);
      const text = csvText(header, rows, separator);

      it('has no cell a spreadsheet would run as a formula, split on \';\', \',\' or a tab', () => {
        expect(formulaCells(text)).toEqual([]);
      });

      it('read on its own separator, has its rows and columns, each name as typed after its apostrophes', () => {
        const [head, ...lines] = splitAsSpreadsheet(text, separator);
        expect(head!.map((h) => h.replaceAll("'", ''))).toEqual(header.map((h) => h.replaceAll("'", '')));
        expect(lines).toHaveLength(rows.length);
        for (const [i, line] of lines.entries()) {
          expect(line).toHaveLength(6);
          expect(line[1]!.replaceAll("'", '')).toBe(HOSTILE_NAMES[i]!.replaceAll("'", ''));
          expect(line[5]).toBe('1');
        }
      });
    });
  }

  it('leaves plain names as they are, and quotes only what holds a separator, a quote or a line break', () => {
    expect(csvText(['a'], [['Anagrafe e stato civile'], ['URP - Relazioni con il pubblico'], ['Municipio, sede'], ['Ufficio "A"'], [12]], ';')).toBe(
      '\uFEFFa\r\nAnagrafe e stato civile\r\nURP - Relazioni con il pubblico\r\n"Municipio, sede"\r\n"Ufficio ""A"""\r\n12\r\n',
    );
  });
});
