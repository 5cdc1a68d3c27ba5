// An office's report as PDF and XLSX: the figures in the files are the JSON report's, the PDF has its pages, fonts and a drawn chart, the workbook its typed cells.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../../server/contract/api';
import { channelPaths } from '../../../../server/contract/channel-points';
import { exportPaths } from '../../../../server/contract/exports';
import type { OfficeReport } from '../../../../server/contract/report';
import { exportText } from '../../../../server/reports/exports/words/export-text';
import { DEMO } from '../../../../server/store/seed-demo';
import type { TestCollector } from '../../helpers/test-collector';
import { as } from '../../admin/admin-api';
import { ANAGRAFE, exportCollector, fetchFile, MARCH, MUNICIPIO, pdfFonts, pdfText, readWorkbook, renderPage, sheetRows, TRIBUTI, variance } from './export-fixture';

// Without `lang` a file is in Italian: its figures and words are the Italian catalogue's.
const { f: { count: formatCount, index: formatIndex, share: formatShare }, w: { verdicts: VERDICT_WORDS } } = exportText('it');

let c: TestCollector;
let report: OfficeReport;
beforeAll(async () => {
  c = await exportCollector();
  report = (await fetchFile(c, `${apiPaths.officeReport(MUNICIPIO)}${MARCH}`)).json();
}, 60_000);
afterAll(async () => c?.close());

/** pdftotext keeps the layout's spaces: compare with runs of spaces made one. */
const flat = (s: string) => s.replace(/[ \t]+/g, ' ');

describe('office report PDF', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    const res = await fetchFile(c, `${exportPaths.officePdf(MUNICIPIO)}${MARCH}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="gradimento-${MUNICIPIO}-2026-03-01-2026-03-31.pdf"`);
    pdf = res.rawPayload;
  });

  it('has a summary page with the report\'s figures, then a page per rated service', () => {
    const { pages } = pdfText(pdf);
    const rated = report.byService.filter((s) => s.total > 0);
    expect(rated.map((s) => s.serviceId).sort()).toEqual([ANAGRAFE, TRIBUTI]);
    expect(pages.length).toBeGreaterThanOrEqual(1 + rated.length);
    const summary = flat(pages[0]!);
    expect(summary).toContain(DEMO.administration.name);
    expect(summary).toContain(DEMO.offices[0]!.name);
    expect(summary).toContain('marzo 2026');
    expect(summary).toContain(formatShare(report.score.positiveShare.value));
    expect(summary).toContain(`${formatCount(report.totals.total)} giudizi`);
    expect(summary).toContain(formatIndex(report.score.index.value));
    expect(summary).toContain(`Pagina 1 di ${pages.length}`);
    // Why the services' order is not always their shares' (a manager reads it as a mistake otherwise),
    // and where the definitions are for someone holding the paper, not the code's repository.
    const whole = pages.join(' ').replace(/\s+/g, ' ');
    expect(whole).toContain('con pochi giudizi una quota più bassa può venire dopo una più alta');
    expect(whole).toContain('Le definizioni complete sono nel report sul cruscotto, alla voce «Come leggere questi numeri».');
    expect(whole).not.toContain('docs/');
    // Each service's page: its name as the heading, its figures, the charter, the reasons, the chart's legend.
    for (const s of rated) {
      const page = flat(pages.find((p) => p.includes(s.name) && p.includes('Andamento'))!);
      expect(page, s.name).toContain(`${formatCount(s.total)} giudizi`);
      expect(page).toContain(formatShare(s.score.positiveShare.value));
      expect(page).toContain(`${formatShare(s.score.positiveShare.low)} – ${formatShare(s.score.positiveShare.high)}`);
      expect(page).toContain(formatIndex(s.score.index.value));
      expect(page).toContain('giudizi per giorno (scala a destra)');
    }
    const anagrafe = report.byService.find((s) => s.serviceId === ANAGRAFE)!;
    const page = flat(pages.find((p) => p.includes(anagrafe.name) && p.includes('Andamento'))!);
    expect(page).toContain('Standard: almeno 70% di giudizi positivi');
    expect(page).toContain(VERDICT_WORDS[anagrafe.charter!.verdict]);
    for (const r of report.reasonsByService.find((x) => x.serviceId === ANAGRAFE)!.reasons) {
      expect(page).toMatch(new RegExp(`${r.label} +${r.count} +${formatShare(r.shareOfNegative).replace('.', '\\.')}`));
    }
    const tributi = flat(pages.find((p) => p.includes('Tributi') && p.includes('Andamento'))!);
    expect(tributi).toContain('Campione piccolo');
    expect(tributi).toContain('Nessuno standard per questo servizio nel periodo.');
  });

  it('embeds its fonts (Titillium Web) and carries Italian metadata', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(fonts.some((f) => f.name.includes('TitilliumWeb'))).toBe(true);
    expect(pdf.toString('latin1')).toContain('/Lang (it-IT)');
  });

  it('draws: a service page rendered to pixels is far from blank', () => {
    const page = renderPage(pdf, 2);
    expect(page.width).toBeGreaterThan(400);
    expect(variance(page.grey)).toBeGreaterThan(200);
    // A blank page, for scale: the measure must be able to fail.
    expect(variance(new Uint8Array(page.grey.length).fill(255))).toBe(0);
  });
});

describe('office report XLSX', () => {
  it('has a sheet per view, the figures as numbers and the days as dates, headers frozen, widths fitted', async () => {
    const res = await fetchFile(c, `${exportPaths.officeXlsx(MUNICIPIO)}${MARCH}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="gradimento-${MUNICIPIO}-2026-03-01-2026-03-31.xlsx"`);
    const wb = await readWorkbook(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Riepilogo', 'Servizi', 'Giorni', 'Ore', 'Motivazioni', 'Partecipazione', 'Carta dei servizi', 'Dettaglio']);

    const services = wb.getWorksheet('Servizi')!;
    expect(services.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const rows = sheetRows(services);
    for (const s of report.byService) {
      const row = rows.find((r) => r['Servizio'] === s.name)!;
      expect(row['Giudizi']).toBe(s.total);
      expect(row['Giudizi positivi']).toBe(s.score.positiveShare.value);
      expect(row['Indice di soddisfazione']).toBe(s.score.index.value);
    }
    // A difference only where a test was made: a small sample is neither compared nor judged (docs/exports.md).
    for (const s of report.byService) {
      const previous = s.comparisons.find((k) => k.kind === 'previous')!;
      const points = rows.find((r) => r['Servizio'] === s.name)!['Differenza (punti), periodo precedente'] ?? null;
      if (previous.positiveShare.note) expect(points, s.name).toBeNull();
      else if (previous.positiveShare.delta !== null) expect(points as number, s.name).toBeCloseTo(previous.positiveShare.delta * 100, 6);
    }
    // Only the faces of the 3-face scale in use: no column of zeros for ottimo and pessimo.
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['Positivo', 'Sufficiente', 'Negativo']));
    expect(Object.keys(rows[0]!)).not.toContain('Ottimo');
    const shareCell = services.getRow(2).getCell(Object.keys(rows[0]!).indexOf('Giudizi positivi') + 1);
    expect(shareCell.numFmt).toBe('0.0%');

    const days = sheetRows(wb.getWorksheet('Giorni')!);
    expect(days).toHaveLength(31);
    expect(days[0]!['Giorno']).toBeInstanceOf(Date);
    expect((days[0]!['Giorno'] as Date).toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(days.reduce((n, d) => n + (d['Giudizi'] as number), 0)).toBe(report.totals.total);
    // A day's few votes are a small sample, marked as on the other sheets; a day without votes is left blank.
    for (const d of days) {
      const votes = d['Giudizi'] as number;
      expect(d['Campione piccolo'] ?? null, String(d['Giorno'])).toBe(votes === 0 ? null : votes < report.minSample ? 'sì' : 'no');
    }
    expect(days.some((d) => d['Campione piccolo'] === 'sì')).toBe(true);

    // The heatmap's 7 x 24 cells, Monday first, each with its votes and share negative, then the votes cast while closed.
    const hours = wb.getWorksheet('Ore')!;
    const hourRows = sheetRows(hours).slice(0, 7 * 24);
    expect(hourRows[0]).toMatchObject({ 'Giorno della settimana': 'lunedì', Ora: '00:00–01:00' });
    expect(hourRows[7 * 24 - 1]).toMatchObject({ 'Giorno della settimana': 'domenica', Ora: '23:00–00:00' });
    for (const cell of report.heatmap.cells) {
      const row = hourRows[cell.weekday * 24 + cell.hour]!;
      const open = report.heatmap.openingHoursKnown ? (cell.open ? 'sì' : 'no') : null;
      expect([row['Giudizi'], row['Negativi'], row['Ufficio aperto'] ?? null], `${cell.weekday} ${cell.hour}`).toEqual([cell.votes, cell.negative, open]);
      if (cell.votes > 0) expect(row['Quota di negativi']).toBeCloseTo(cell.negative / cell.votes, 10);
    }
    expect(hourRows.reduce((n, r) => n + (r['Giudizi'] as number), 0)).toBe(report.heatmap.cells.reduce((n, cell) => n + cell.votes, 0));
    const below = [...Array(hours.rowCount).keys()].map((i) => hours.getRow(i + 1)).slice(7 * 24 + 1);
    // The counts, as the report's: without opening hours only the closing days count, which the sheet says first.
    expect(below.find((r) => r.getCell(1).value === 'Giudizi fuori dall’orario di apertura')?.getCell(4).value).toBe(report.heatmap.outsideOpening.votes);
    expect(below.find((r) => r.getCell(1).value === 'di cui nei giorni di chiusura')?.getCell(4).value).toBe(report.heatmap.outsideOpening.onHolidays);
    if (!report.heatmap.openingHoursKnown) {
      expect(below.map((r) => r.getCell(1).value)).toContain('L’ufficio non ha un orario di apertura: fuori orario contano soltanto i giorni di chiusura.');
    }

    const reasons = sheetRows(wb.getWorksheet('Motivazioni')!);
    for (const r of report.reasons) expect(reasons.find((x) => x['Servizio'] === 'Tutti i servizi' && x['Motivazione'] === r.label)!['Volte indicata']).toBe(r.count);

    const charter = sheetRows(wb.getWorksheet('Carta dei servizi')!);
    const anagrafe = report.byService.find((s) => s.serviceId === ANAGRAFE)!;
    expect(charter).toEqual([expect.objectContaining({ Servizio: anagrafe.name, 'Standard (almeno)': 0.7, 'Esito del periodo': VERDICT_WORDS[anagrafe.charter!.verdict], Dal: new Date('2026-03-01T00:00:00Z') })]);

    // Widths fit: each column at least as wide as its header, and a long service name is not cut.
    services.columns.forEach((col, i) => expect(col.width!, `column ${i + 1}`).toBeGreaterThanOrEqual(Math.min(60, String(services.getRow(1).getCell(i + 1).value).length)));
    expect(services.getColumn(1).width!).toBeGreaterThanOrEqual(Math.max(...report.byService.map((s) => s.name.length)));

    const summary = wb.getWorksheet('Riepilogo')!;
    const total = summary.getColumn(1).values.indexOf('Totale');
    expect(summary.getRow(total).getCell(2).value).toBe(report.totals.total);
  });
});

describe('the «Ore» sheet of an office with opening hours', () => {
  it('marks each hour open or not, and counts the votes cast while the office was closed, as the report does', async () => {
    const closedAllWeek = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    const hoursSet = await as(c.app, c.admin).patch(apiPaths.office(MUNICIPIO), { openingHours: { ...closedAllWeek, mon: [{ from: '08:30', to: '12:30' }], tue: [{ from: '08:30', to: '12:30' }] } });
    expect(hoursSet.status).toBe(200);
    try {
      const withHours: OfficeReport = (await as(c.app, c.admin).get(`${apiPaths.officeReport(MUNICIPIO)}${MARCH}`)).body;
      expect(withHours.heatmap.openingHoursKnown).toBe(true);
      expect(withHours.heatmap.outsideOpening.votes).toBeGreaterThan(0);
      const wb = await readWorkbook((await fetchFile(c, `${exportPaths.officeXlsx(MUNICIPIO)}${MARCH}`)).rawPayload);
      const hours = wb.getWorksheet('Ore')!;
      const rows = sheetRows(hours).slice(0, 7 * 24);
      expect(rows.filter((r) => r['Ufficio aperto'] === 'sì').map((r) => `${r['Giorno della settimana']} ${r['Ora']}`)).toEqual(
        ['lunedì', 'martedì'].flatMap((day) => ['08:00–09:00', '09:00–10:00', '10:00–11:00', '11:00–12:00', '12:00–13:00'].map((h) => `${day} ${h}`)),
      );
      const below = [...Array(hours.rowCount).keys()].map((i) => hours.getRow(i + 1)).slice(7 * 24 + 1);
      const line = (label: string) => below.find((r) => r.getCell(1).value === label)?.getCell(4).value;
      expect(line('Giudizi fuori dall’orario di apertura')).toBe(withHours.heatmap.outsideOpening.votes);
      expect(line('di cui nei giorni di chiusura')).toBe(withHours.heatmap.outsideOpening.onHolidays);
    } finally {
      await as(c.app, c.admin).patch(apiPaths.office(MUNICIPIO), { openingHours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } });
    }
  });
});

describe('the «Ore» sheet of an office without opening hours, closed one day', () => {
  it('still counts the votes of its closing day, as the report and the dashboard do', async () => {
    const report: OfficeReport = (await as(c.app, c.admin).get(`${apiPaths.officeReport(MUNICIPIO)}${MARCH}`)).body;
    expect(report.heatmap.openingHoursKnown).toBe(false);
    const busy = report.daily.find((d) => d.total > 0)!;
    expect((await as(c.app, c.admin).patch(apiPaths.office(MUNICIPIO), { holidays: [busy.day] })).status).toBe(200);
    try {
      const closed: OfficeReport = (await as(c.app, c.admin).get(`${apiPaths.officeReport(MUNICIPIO)}${MARCH}`)).body;
      expect(closed.heatmap.outsideOpening).toMatchObject({ votes: busy.total, onHolidays: busy.total });
      const hours = (await readWorkbook((await fetchFile(c, `${exportPaths.officeXlsx(MUNICIPIO)}${MARCH}`)).rawPayload)).getWorksheet('Ore')!;
      const below = [...Array(hours.rowCount).keys()].map((i) => hours.getRow(i + 1)).slice(7 * 24 + 1);
      const line = (label: string) => below.find((r) => r.getCell(1).value === label)?.getCell(4).value;
      expect(below.map((r) => r.getCell(1).value)).toContain('L’ufficio non ha un orario di apertura: fuori orario contano soltanto i giorni di chiusura.');
      expect([line('Giudizi fuori dall’orario di apertura'), line('di cui nei giorni di chiusura')]).toEqual([busy.total, busy.total]);
    } finally {
      await as(c.app, c.admin).patch(apiPaths.office(MUNICIPIO), { holidays: [] });
    }
  });
});

describe('the «Ore» sheet of an office rated on its website', () => {
  it('leaves the website\'s votes out of its hours and says so below them, as the dashboard does', async () => {
    const APRIL = '?from=2026-04-01&to=2026-04-02';
    const before = await readWorkbook((await fetchFile(c, `${exportPaths.officeXlsx(MUNICIPIO)}${APRIL}`)).rawPayload);
    const noteOf = (wb: Awaited<ReturnType<typeof readWorkbook>>) => {
      const hours = wb.getWorksheet('Ore')!;
      return [...Array(hours.rowCount).keys()].map((i) => String(hours.getRow(i + 1).getCell(1).value ?? '')).find((t) => t.includes('sito web'));
    };
    expect(noteOf(before)).toBeUndefined();

    const point = await as(c.app, c.admin).post(apiPaths.officeChannelPoints(MUNICIPIO), { kind: 'web', serviceId: ANAGRAFE });
    expect(point.status).toBe(201);
    for (const [stars, address] of [[5, '192.0.2.71'], [2, '192.0.2.72']] as const) {
      const rated = await c.app.inject({ method: 'POST', url: channelPaths.webVotes(point.body.id), payload: { stars }, headers: { origin: 'https://www.comune.valdoria.it' }, remoteAddress: address });
      expect(rated.statusCode).toBe(201);
    }
    const report: OfficeReport = (await as(c.app, c.admin).get(`${apiPaths.officeReport(MUNICIPIO)}${APRIL}`)).body;
    expect(report.byChannel.find((ch) => ch.channel === 'web')?.total).toBe(2);
    // In the totals, not in the hours: the cells of the sheet and of the report's heatmap hold none of them.
    expect(report.totals.total).toBe(2);
    expect(report.heatmap.cells.reduce((n, cell) => n + cell.votes, 0)).toBe(0);
    expect(report.byHour.reduce((n, h) => n + h.total, 0)).toBe(0);
    expect(report.heatmap.notInHours).toEqual({ web: 2, qr: 0 });
    expect(noteOf(await readWorkbook((await fetchFile(c, `${exportPaths.officeXlsx(MUNICIPIO)}${APRIL}`)).rawPayload))).toBe(
      'Senza 2 giudizi dal sito web del comune: si vota dal proprio cellulare o computer, a qualunque ora e in qualunque giorno, e l’orario dell’ufficio non li riguarda. Sono contati negli altri fogli.',
    );
  });
});

describe('bad input', () => {
  it('answers 404 office_unknown for an unknown office, 400 naming the field for a bad period', async () => {
    for (const url of [exportPaths.officeXlsx('valdoria-luna'), exportPaths.officePdf('valdoria-luna')]) {
      const res = await fetchFile(c, `${url}${MARCH}`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'office_unknown', message: expect.stringContaining('valdoria-luna') } });
    }
    for (const url of [exportPaths.officeXlsx(MUNICIPIO), exportPaths.officePdf(MUNICIPIO)]) {
      const backwards = await fetchFile(c, `${url}?from=2026-03-31&to=2026-03-01`);
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json().error).toMatchObject({ code: 'validation_failed', problems: [expect.objectContaining({ field: '/to' })] });
      const notADay = await fetchFile(c, `${url}?from=2026-02-30&to=2026-03-01`);
      expect(notADay.statusCode).toBe(400);
      expect(notADay.json().error.problems.map((p: { field: string }) => p.field)).toContain('/from');
      expect((await fetchFile(c, url)).statusCode).toBe(400);
    }
  });
});
