// An administration's report as CSV, XLSX and PDF, and its yearly report as JSON, XLSX and PDF: the figures in the files are the JSON reports'.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../../server/contract/api';
import { exportPaths } from '../../../../server/contract/exports';
import type { AdministrationReport } from '../../../../server/contract/levels';
import type { YearlyReport } from '../../../../server/contract/yearly';
import { exportText } from '../../../../server/reports/exports/words/export-text';
import { DEMO } from '../../../../server/store/seed-demo';
import { grant } from '../../admin/admin-api';
import { splitAsSpreadsheet } from '../../helpers/spreadsheet-csv';
import { personWith, type TestCollector } from '../../helpers/test-collector';
import { ANAGRAFE, exportCollector, fetchFile, MARCH, pdfText, readWorkbook, renderPage, sheetRows, VALDORIA, variance } from './export-fixture';

// Without `lang` a file is in Italian: its figures and words are the Italian catalogue's.
const { f: { count: formatCount, index: formatIndex, share: formatShare }, w: { verdicts: VERDICT_WORDS } } = exportText('it');

let c: TestCollector;
let report: AdministrationReport;
let yearly: YearlyReport;
const flat = (s: string) => s.replace(/[ \t]+/g, ' ');

beforeAll(async () => {
  c = await exportCollector();
  report = (await fetchFile(c, `${apiPaths.administrationReport(VALDORIA)}${MARCH}`)).json();
  const res = await fetchFile(c, `${exportPaths.yearly(VALDORIA)}?year=2026`);
  expect(res.statusCode).toBe(200);
  yearly = res.json();
}, 60_000);
afterAll(async () => c?.close());

describe('administration report files', () => {
  it('CSV: one line per day, office, service and channel, summing to the report\'s totals', async () => {
    const res = await fetchFile(c, `${exportPaths.administrationCsv(VALDORIA)}${MARCH}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="gradimento-${VALDORIA}-2026-03-01-2026-03-31.csv"`);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    // The office's name holds a comma: quoted, so that a spreadsheet splitting on ',' keeps it whole too.
    const [header, ...lines] = splitAsSpreadsheet(res.body, ';');
    expect(header!.slice(0, 8)).toEqual(['giorno', 'ufficio', 'servizio', 'canale', 'totale', 'positivo', 'sufficiente', 'negativo']);
    expect(new Set(lines.map((l) => l[1]))).toEqual(new Set([DEMO.offices[0]!.name]));
    expect(lines.reduce((n, l) => n + Number(l[4]), 0)).toBe(report.totals.total);
    expect(lines.reduce((n, l) => n + Number(l[7]), 0)).toBe(report.totals.faces.negativo);
  });

  it('XLSX: the offices sheet and the services, with numbers as numbers', async () => {
    const res = await fetchFile(c, `${exportPaths.administrationXlsx(VALDORIA)}${MARCH}`);
    expect(res.statusCode).toBe(200);
    const wb = await readWorkbook(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Riepilogo', 'Uffici', 'Servizi', 'Giorni', 'Motivazioni', 'Partecipazione', 'Carta dei servizi', 'Dettaglio']);
    const offices = sheetRows(wb.getWorksheet('Uffici')!);
    for (const o of report.offices) {
      const row = offices.find((r) => r['Ufficio'] === o.name)!;
      expect(row['Giudizi']).toBe(o.total);
      expect(row['Giudizi positivi']).toBe(o.score.positiveShare.value);
    }
    const detail = sheetRows(wb.getWorksheet('Dettaglio')!);
    expect(detail[0]!['Giorno']).toBeInstanceOf(Date);
    expect(detail.reduce((n, r) => n + (r['Giudizi'] as number), 0)).toBe(report.totals.total);
    expect(wb.getWorksheet('Dettaglio')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('PDF: the summary with the offices side by side, then a page per rated service', async () => {
    const res = await fetchFile(c, `${exportPaths.administrationPdf(VALDORIA)}${MARCH}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="gradimento-${VALDORIA}-2026-03-01-2026-03-31.pdf"`);
    const { pages } = pdfText(res.rawPayload);
    const summary = flat(pages[0]!);
    expect(summary).toContain(DEMO.administration.name);
    expect(summary).toContain(formatShare(report.score.positiveShare.value));
    const office = report.offices.find((o) => o.total > 0)!;
    expect(summary).toMatch(new RegExp(`${office.name} +1ª +${formatCount(office.total)} +${formatShare(office.score.positiveShare.value)} +${formatIndex(office.score.index.value)}`));
    const rated = report.byService.filter((s) => s.total > 0);
    expect(pages).toHaveLength(1 + rated.length);
    for (const s of rated) expect(pages.some((p) => flat(p).includes(s.name) && p.includes('Andamento') && flat(p).includes(`${formatCount(s.total)} giudizi`))).toBe(true);
    expect(variance(renderPage(res.rawPayload, 1).grey)).toBeGreaterThan(200);
  });
});

describe('yearly report', () => {
  it('JSON: every month, each office\'s services with the charter check, the year before for comparison', () => {
    expect(yearly.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(yearly.months.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
    expect(yearly.months.find((m) => m.month === '2026-03')!.total).toBe(52);
    expect(yearly.total).toBe(52);
    expect(yearly.previousYear.score.votes).toBe(6);
    const office = yearly.offices.find((o) => o.officeId === DEMO.offices[0]!.id)!;
    expect(office.total).toBe(52);
    const anagrafe = office.services.find((s) => s.serviceId === ANAGRAFE)!;
    expect(anagrafe.total).toBe(40);
    expect(anagrafe.charter).toMatchObject({ verdict: 'met-within-noise', segments: [expect.objectContaining({ minPositivePct: 70, from: '2026-01-01', to: '2026-12-31' })] });
    expect(yearly.charter['met-within-noise']).toBe(1);
  });

  it('XLSX: the months as dates, offices and services, the charter', async () => {
    const res = await fetchFile(c, `${exportPaths.yearlyXlsx(VALDORIA)}?year=2026`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="gradimento-${VALDORIA}-anno-2026.xlsx"`);
    const wb = await readWorkbook(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Riepilogo', 'Mesi', 'Uffici e servizi', 'Servizi', 'Carta dei servizi']);
    const months = sheetRows(wb.getWorksheet('Mesi')!);
    expect(months).toHaveLength(12);
    expect(months[2]!['Mese']).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(months[2]!['Giudizi']).toBe(52);
    const perOffice = sheetRows(wb.getWorksheet('Uffici e servizi')!);
    expect(perOffice.find((r) => r['Servizio'] === 'Anagrafe e stato civile')).toMatchObject({ Ufficio: DEMO.offices[0]!.name, Giudizi: 40, 'Carta dei servizi': VERDICT_WORDS['met-within-noise'] });
    const charter = sheetRows(wb.getWorksheet('Carta dei servizi')!);
    expect(charter).toEqual([expect.objectContaining({ Ufficio: DEMO.offices[0]!.name, 'Standard (almeno)': 0.7, Giudizi: 40 })]);
  });

  it('PDF: the year at a glance, then a page per office with its services judged against the charter', async () => {
    const res = await fetchFile(c, `${exportPaths.yearlyPdf(VALDORIA)}?year=2026`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="gradimento-${VALDORIA}-anno-2026.pdf"`);
    const { pages } = pdfText(res.rawPayload);
    expect(pages).toHaveLength(1 + yearly.offices.length);
    const summary = flat(pages[0]!);
    expect(summary).toContain('Relazione annuale sul gradimento 2026');
    expect(summary).toContain(`${formatCount(yearly.total)} giudizi`);
    expect(summary).toContain(formatShare(yearly.score.positiveShare.value));
    expect(summary).toContain('Mese per mese');
    const officePage = flat(pages[1]!);
    expect(officePage).toContain(DEMO.offices[0]!.name);
    expect(officePage).toMatch(/Anagrafe e stato civile +40 +75,0%/);
    expect(officePage).toContain(VERDICT_WORDS['met-within-noise']);
  });

  it('a year without votes is a report of zeros, not an error', async () => {
    const res = await fetchFile(c, `${exportPaths.yearly(VALDORIA)}?year=2019`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 0, offices: [], byService: [] });
    const pdf = await fetchFile(c, `${exportPaths.yearlyPdf(VALDORIA)}?year=2019`);
    expect(flat(pdfText(pdf.rawPayload).text)).toContain('Nessun giudizio nel 2019.');
  });
});

describe('bad input and access', () => {
  const adminFiles = (id: string) => [exportPaths.administrationCsv(id), exportPaths.administrationXlsx(id), exportPaths.administrationPdf(id)];
  const yearlyFiles = (id: string) => [exportPaths.yearly(id), exportPaths.yearlyXlsx(id), exportPaths.yearlyPdf(id)];

  it('answers 404 for an unknown administration, in the shared error shape', async () => {
    for (const url of [...adminFiles('nowhere').map((u) => `${u}${MARCH}`), ...yearlyFiles('nowhere').map((u) => `${u}?year=2026`)]) {
      const res = await fetchFile(c, url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'not_found', message: expect.any(String) } });
    }
  });

  it('answers 400 naming the field for a bad period or a year out of range', async () => {
    for (const url of adminFiles(VALDORIA)) {
      const res = await fetchFile(c, `${url}?from=2026-03-31&to=2026-03-01`);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'validation_failed', problems: [expect.objectContaining({ field: '/to' })] });
    }
    for (const url of yearlyFiles(VALDORIA)) {
      for (const year of ['1999', '2027', '26', 'anno', '']) {
        const res = await fetchFile(c, `${url}?year=${year}`);
        expect(res.statusCode, `${url}?year=${year}`).toBe(400);
        expect(res.json().error.code).toBe('validation_failed');
        expect(res.json().error.problems.map((p: { field: string }) => p.field).join()).toMatch(/year/);
      }
    }
    const future = await fetchFile(c, `${exportPaths.yearly(VALDORIA)}?year=2027`);
    expect(future.json().error.message).toBe('Ask for a year from 2000 to 2026.');
  });

  it('lets an office manager download the office\'s files but not the administration\'s', async () => {
    const manager = await personWith(c, 'om-exports@example.org', [grant.office(VALDORIA, DEMO.offices[0]!.id)]);
    expect((await fetchFile(c, `${exportPaths.officePdf(DEMO.offices[0]!.id)}${MARCH}`, manager.headers)).statusCode).toBe(200);
    for (const url of [...adminFiles(VALDORIA).map((u) => `${u}${MARCH}`), `${exportPaths.yearlyPdf(VALDORIA)}?year=2026`]) {
      const res = await fetchFile(c, url, manager.headers);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
  });
});
