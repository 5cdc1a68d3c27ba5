// The report files in the dashboard's language: ?lang=en writes every word in English (and no Italian one of the catalogue),
// ?lang=it and no lang write today's Italian files, any other language is refused with nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../../server/contract/api';
import { exportPaths } from '../../../../server/contract/exports';
import type { AdministrationReport } from '../../../../server/contract/levels';
import type { OfficeReport } from '../../../../server/contract/report';
import { EN } from '../../../../server/reports/exports/words/en';
import { exportText } from '../../../../server/reports/exports/words/export-text';
import { IT } from '../../../../server/reports/exports/words/it';
import { DEMO } from '../../../../server/store/seed-demo';
import { as } from '../../admin/admin-api';
import { COUNTER, makeVote, postVotes, type TestCollector } from '../../helpers/test-collector';
import { wordsFound, wordsOnlyIn } from './catalogue-words';
import { ANAGRAFE, exportCollector, fetchFile, MARCH, MUNICIPIO, pdfText, readWorkbook, sheetRows, TRIBUTI, VALDORIA } from './export-fixture';

const en = exportText('en').f;
const ITALIAN_ONLY = wordsOnlyIn(IT, EN);
const ENGLISH_ONLY = wordsOnlyIn(EN, IT);

/** Every file the dashboard links to, without its language. */
const FILES = {
  officeCsv: `${exportPaths.officeCsv(MUNICIPIO)}${MARCH}`,
  officeXlsx: `${exportPaths.officeXlsx(MUNICIPIO)}${MARCH}`,
  officePdf: `${exportPaths.officePdf(MUNICIPIO)}${MARCH}`,
  administrationCsv: `${exportPaths.administrationCsv(VALDORIA)}${MARCH}`,
  administrationXlsx: `${exportPaths.administrationXlsx(VALDORIA)}${MARCH}`,
  administrationPdf: `${exportPaths.administrationPdf(VALDORIA)}${MARCH}`,
  yearlyXlsx: `${exportPaths.yearlyXlsx(VALDORIA)}?year=2026`,
  yearlyPdf: `${exportPaths.yearlyPdf(VALDORIA)}?year=2026`,
  emptyYearPdf: `${exportPaths.yearlyPdf(VALDORIA)}?year=2019`,
} as const;
type File = keyof typeof FILES;

let c: TestCollector;
let report: OfficeReport;
let administration: AdministrationReport;
/** What the administration typed: names and reasons, never translated. */
let data: string[];
let retired: string;
const files = new Map<string, Buffer>();

/** A file as the route answers it, `lang` appended (none for undefined), kept for the next test that asks. */
async function file(name: File, lang?: string): Promise<Buffer> {
  const key = `${name}:${lang}`;
  if (!files.has(key)) {
    const res = await fetchFile(c, lang === undefined ? FILES[name] : `${FILES[name]}&lang=${lang}`);
    if (res.statusCode !== 200) throw new Error(`${key}: ${res.statusCode} ${res.body}`);
    files.set(key, res.rawPayload);
  }
  return files.get(key)!;
}

/** A workbook as text: its title, subject, sheet names and every cell (dates as ISO days, formats kept). */
async function workbookText(bytes: Buffer): Promise<string> {
  const wb = await readWorkbook(bytes);
  const lines = [wb.title, wb.subject];
  for (const ws of wb.worksheets) {
    lines.push(`[${ws.name}]`);
    ws.eachRow((row, n) => row.eachCell((cell, col) => lines.push(`${n}:${col} ${cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : String(cell.value)} ${cell.numFmt ?? ''}`)));
  }
  return lines.join('\n');
}

/** What a reader sees of any file: the CSV's text, the workbook's cells, the PDF's text and title. */
async function textOf(name: File, lang?: string): Promise<string> {
  const bytes = await file(name, lang);
  if (name.endsWith('Csv')) return bytes.toString('utf8');
  if (name.endsWith('Xlsx')) return workbookText(bytes);
  return `${/\/Title \(([^)]*)\)/.exec(bytes.toString('latin1'))?.[1] ?? ''}\n${pdfText(bytes).text}`;
}

beforeAll(async () => {
  c = await exportCollector();
  // What the export fixture lacks: a second channel (the San Rocco counter), people served on two
  // channels, a standard changed within the month and a reason retired after votes named it.
  const admin = as(c.app, c.admin);
  const ok = (res: { status: number; body: unknown }) => {
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  };
  ok(await admin.patch(apiPaths.service(ANAGRAFE), { standard: { minPositivePct: 75 }, standardFrom: '2026-03-16' }));
  ok(
    await admin.put(apiPaths.officePeopleServed(MUNICIPIO), {
      entries: [
        { serviceId: ANAGRAFE, day: '2026-03-02', served: 40 },
        { serviceId: TRIBUTI, day: '2026-03-05', served: 30 },
        { serviceId: TRIBUTI, day: '2026-03-05', channel: 'telefono', served: 12 },
      ],
    }),
  );
  const counter = Array.from({ length: 6 }, (_, i) =>
    makeVote({ serviceId: ANAGRAFE, castAt: `2026-03-2${i}T10:00:00Z`, ...(i % 2 ? { face: 'positivo' } : { face: 'negativo', reasons: ['valdoria-ritorno'], followUp: 'chosen' }) }),
  );
  const posted = await postVotes(c, counter, COUNTER.id);
  ok({ status: posted.status, body: posted.body });
  const reasons = (await admin.get(apiPaths.administrationReasons(VALDORIA))).body as { id: string; label: string; dimension: string | null }[];
  retired = reasons.find((r) => r.id === 'valdoria-ritorno')!.label;
  ok(await admin.put(apiPaths.administrationReasons(VALDORIA), { reasons: reasons.filter((r) => r.id !== 'valdoria-ritorno').map(({ id, label, dimension }) => ({ id, label, dimension })) }));
  data = [DEMO.administration.name, ...DEMO.offices.map((o) => o.name), ...DEMO.services.map((s) => s.name), ...reasons.map((r) => r.label)];
  report = (await fetchFile(c, `${apiPaths.officeReport(MUNICIPIO)}${MARCH}`)).json();
  administration = (await fetchFile(c, `${apiPaths.administrationReport(VALDORIA)}${MARCH}`)).json();
}, 60_000);
afterAll(async () => c?.close());

describe('the words looked for', () => {
  it('are the catalogues\' own: Italian words the English never uses, and the other way round', () => {
    expect(ITALIAN_ONLY).toEqual(expect.arrayContaining(['giudizi', 'positivi', 'rumore', 'riepilogo', 'carta', 'servizi', 'calcolato', 'pagina']));
    expect(ENGLISH_ONLY).toEqual(expect.arrayContaining(['votes', 'positive', 'noise', 'summary', 'charter', 'services', 'computed', 'page']));
    expect(ITALIAN_ONLY).not.toContain('standard');
  });

  it('are found in a file of the other language, whatever their case and line breaks, but not inside the administration\'s names', async () => {
    expect(wordsFound('Giudizi\npositivi nel   rumore', ITALIAN_ONLY, [])).toEqual(['giudizi', 'positivi', 'rumore']);
    expect(wordsFound('Votes for Servizi sociali', ITALIAN_ONLY, ['Servizi sociali'])).toEqual([]);
    expect(wordsFound(await textOf('officePdf', 'it'), ITALIAN_ONLY, data).length).toBeGreaterThan(30);
  });
});

describe('?lang=en', () => {
  it('CSV: English column names and channels, comma-separated as English spreadsheets read it, the administration\'s names as typed', async () => {
    const office = (await textOf('officeCsv', 'en')).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(office[0]!.split(',').slice(0, 7)).toEqual(['day', 'service', 'channel', 'total', 'positive', 'fair', 'negative']);
    expect(office[0]).toContain('reason: Tempo di attesa');
    const rows = office.slice(1).map((l) => l.split(','));
    expect(rows.reduce((n, r) => n + Number(r[3]), 0)).toBe(report.totals.total);
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(['totem']));

    const all = await textOf('administrationCsv', 'en');
    expect(all.split('\r\n')[0]).toContain(`reason: ${retired} (no longer offered)`);
    // The office's name holds a comma: quoted, not split.
    expect(all).toContain(`,"${DEMO.offices[0]!.name}",Anagrafe e stato civile,totem,`);
    expect(all).toContain(`,${DEMO.offices[1]!.name},Anagrafe e stato civile,counter,`);
    for (const name of ['officeCsv', 'administrationCsv'] as const) expect(wordsFound(await textOf(name, 'en'), ITALIAN_ONLY, data), name).toEqual([]);
  });

  it('XLSX: English sheet names, headers and verdicts, figures still numbers, the administration\'s names as typed', async () => {
    const wb = await readWorkbook(await file('officeXlsx', 'en'));
    expect(wb.title).toBe(`Satisfaction report: ${report.office.name}`);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Services', 'Days', 'Hours', 'Reasons', 'Participation', 'Service charter', 'Detail']);
    const services = sheetRows(wb.getWorksheet('Services')!);
    for (const s of report.byService) {
      const row = services.find((r) => r['Service'] === s.name)!;
      expect(row['Votes']).toBe(s.total);
      expect(row['Positive votes']).toBe(s.score.positiveShare.value);
      expect(row['Satisfaction index']).toBe(s.score.index.value);
    }
    expect(Object.keys(services[0]!)).toEqual(expect.arrayContaining(['Positive', 'Fair', 'Negative', 'Positive: low end (95%)', 'Verdict, a year earlier', 'People served']));
    const anagrafe = report.byService.find((s) => s.serviceId === ANAGRAFE)!;
    expect(sheetRows(wb.getWorksheet('Service charter')!)[0]).toMatchObject({ Service: anagrafe.name, 'Standard (at least)': 0.7, 'Verdict of the period': EN.verdicts[anagrafe.charter!.verdict] });
    const reasons = sheetRows(wb.getWorksheet('Reasons')!);
    expect(reasons.filter((r) => r['Service'] === 'All services').map((r) => r['Reason'])).toEqual(report.reasons.map((r) => r.label));
    expect(reasons.every((r) => r['Quality dimension'] === null || Object.values(EN.dimensions).includes(r['Quality dimension'] as string))).toBe(true);
    expect(sheetRows(wb.getWorksheet('Participation')!).map((r) => r['Name'])).toEqual(expect.arrayContaining(['Total', 'Counter', 'Phone']));

    const all = await readWorkbook(await file('administrationXlsx', 'en'));
    expect(all.worksheets.map((w) => w.name)).toEqual(['Summary', 'Offices', 'Services', 'Days', 'Reasons', 'Participation', 'Service charter', 'Detail']);
    const offices = sheetRows(all.getWorksheet('Offices')!);
    expect(offices.find((o) => o['Office'] === DEMO.offices[0]!.name)).toMatchObject({ Position: 1, Votes: administration.offices.find((o) => o.officeId === MUNICIPIO)!.total, 'Charter: met, within noise': 1 });
    expect(new Set(sheetRows(all.getWorksheet('Detail')!).map((r) => r['Channel']))).toEqual(new Set(['Totem', 'Counter']));

    const yearly = await readWorkbook(await file('yearlyXlsx', 'en'));
    expect(yearly.worksheets.map((w) => w.name)).toEqual(['Summary', 'Months', 'Offices and services', 'Services', 'Service charter']);
    expect(sheetRows(yearly.getWorksheet('Months')!)[2]).toMatchObject({ Month: new Date('2026-03-01T00:00:00Z') });

    for (const name of ['officeXlsx', 'administrationXlsx', 'yearlyXlsx'] as const) expect(wordsFound(await textOf(name, 'en'), ITALIAN_ONLY, data), name).toEqual([]);
  });

  it('PDF: English text, British dates, a decimal point, en-GB as its language, the administration\'s names as typed', async () => {
    const pdf = await file('officePdf', 'en');
    expect(pdf.toString('latin1')).toContain('/Lang (en-GB)');
    const { pages } = pdfText(pdf);
    const summary = pages[0]!.replace(/[ \t]+/g, ' ');
    expect(summary).toContain(`Satisfaction report, March 2026`);
    expect(summary).toContain('How we are doing');
    expect(summary).toContain(`${en.share(report.score.positiveShare.value)}`);
    expect(summary).toMatch(/\d\.\d%/);
    expect(summary).not.toMatch(/\d,\d%/);
    expect(summary).toContain(`95% interval: ${en.share(report.score.positiveShare.low)} – ${en.share(report.score.positiveShare.high)} · ${en.votes(report.totals.total)}`);
    expect(summary).toContain('• Previous period (1 February 2026 – 28 February 2026)');
    expect(summary).toContain('• phone: ');
    expect(summary).toContain('Computed on 2 April 2026 at 12:00');
    expect(summary).toContain(`Page 1 of ${pages.length}`);
    const anagrafe = report.byService.find((s) => s.serviceId === ANAGRAFE)!;
    const page = pages.find((p) => p.includes(anagrafe.name) && p.includes('Trend'))!.replace(/[ \t]+/g, ' ');
    expect(page).toContain('The standard changed during the period');
    // The charter's table keeps each header and each part on one line: no word cut, no margin wrapped.
    const lines = page.split('\n').map((l) => l.trim());
    expect(lines).toContain('From – to Standard Votes Positive 95% interval Margin Verdict');
    for (const g of anagrafe.charter!.segments) {
      const row = lines.find((l) => l.startsWith(`${en.dayMedium(g.from)} – ${en.dayMedium(g.to)} at least ${g.minPositivePct}%`));
      expect(row, `${g.from} – ${g.to}`).toBeDefined();
      expect(row).toContain(`${en.votes(g.positiveShare.votes).split(' ')[0]} ${en.share(g.positiveShare.value)} ${en.share(g.positiveShare.low)} – ${en.share(g.positiveShare.high)}`);
      if (g.marginPct !== null) expect(row).toContain(en.points(g.marginPct));
    }
    expect(page).toContain('votes per day (right-hand scale)');
    expect(page).toContain('Why: reasons for negative votes');
    for (const r of report.reasonsByService.find((x) => x.serviceId === ANAGRAFE)!.reasons) expect(page).toContain(r.label);

    const yearly = pdfText(await file('yearlyPdf', 'en')).text.replace(/\s+/g, ' ');
    expect(yearly).toContain('Annual satisfaction report 2026');
    expect(yearly).toContain('Month by month');
    expect(yearly).toContain(`${DEMO.administration.name} · year 2026`);
    expect(pdfText(await file('emptyYearPdf', 'en')).text).toContain('No votes in 2019.');

    for (const name of ['officePdf', 'administrationPdf', 'yearlyPdf', 'emptyYearPdf'] as const) expect(wordsFound(await textOf(name, 'en'), ITALIAN_ONLY, data), name).toEqual([]);
  });

  it('names the files as in Italian, but for the yearly report\'s word for year', async () => {
    const disposition = async (url: string) => (await fetchFile(c, url)).headers['content-disposition'];
    expect(await disposition(`${FILES.officePdf}&lang=en`)).toBe(`attachment; filename="gradimento-${MUNICIPIO}-2026-03-01-2026-03-31.pdf"`);
    expect(await disposition(`${FILES.yearlyPdf}&lang=en`)).toBe(`attachment; filename="gradimento-${VALDORIA}-year-2026.pdf"`);
    expect(await disposition(`${FILES.yearlyXlsx}&lang=it`)).toBe(`attachment; filename="gradimento-${VALDORIA}-anno-2026.xlsx"`);
  });
});

describe('Italian', () => {
  it('?lang=it writes the very files a request without lang does, and they hold no English word of the catalogue', async () => {
    for (const name of Object.keys(FILES) as File[]) {
      const italian = await textOf(name, 'it');
      expect(italian, name).toBe(await textOf(name));
      expect(wordsFound(italian, ENGLISH_ONLY, data), name).toEqual([]);
    }
    expect((await file('officePdf')).toString('latin1')).toContain('/Lang (it-IT)');
    expect((await textOf('officeCsv')).split('\r\n')[0]).toMatch(/^\uFEFFgiorno;servizio;canale;totale;positivo;sufficiente;negativo;/);
  });
});

describe('any other language', () => {
  it('is a 400 naming the field and the languages there are, and no file', async () => {
    for (const [name, url] of Object.entries(FILES)) {
      for (const lang of ['de', 'EN', '']) {
        const res = await fetchFile(c, `${url}&lang=${lang}`);
        expect(res.statusCode, `${name} ${lang}`).toBe(400);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        expect(res.headers['content-disposition']).toBeUndefined();
        expect(res.json().error).toMatchObject({ code: 'validation_failed', problems: [{ field: '/lang', reason: expect.stringMatching(/: it, en$/) }] });
      }
    }
  });

  it('is documented: every file route takes lang, it or en, Italian by default; the JSON reports do not', async () => {
    const doc = (await c.app.inject({ url: apiPaths.openapi })).json();
    const lang = (path: string) => doc.paths[path].get.parameters.find((p: { in: string; name: string }) => p.in === 'query' && p.name === 'lang');
    const paths = ['offices/{officeId}/report.csv', 'offices/{officeId}/report.xlsx', 'offices/{officeId}/report.pdf', 'administrations/{administrationId}/report.csv', 'administrations/{administrationId}/report.xlsx', 'administrations/{administrationId}/report.pdf', 'administrations/{administrationId}/yearly-report.xlsx', 'administrations/{administrationId}/yearly-report.pdf'];
    for (const path of paths) {
      const p = lang(`/api/v1/${path}`);
      expect(p, path).toMatchObject({ required: false, schema: { enum: ['it', 'en'], default: 'it' } });
      expect(p.description ?? p.schema.description).toMatch(/English/);
    }
    expect(lang('/api/v1/offices/{officeId}/report')).toBeUndefined();
    expect(lang('/api/v1/administrations/{administrationId}/yearly-report')).toBeUndefined();
  });
});
