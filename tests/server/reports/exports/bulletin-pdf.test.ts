// The bulletin as a PDF, an administration's and the installation's: one page that says what the JSON bulletin says
// (the counts, the share, each channel, who took part), in either language, to whom may read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../../server/contract/api';
import { exportPaths } from '../../../../server/contract/exports';
import type { Bulletin } from '../../../../server/contract/levels';
import { exportText } from '../../../../server/reports/exports/words/export-text';
import { as, grant } from '../../admin/admin-api';
import { personWith, type TestCollector } from '../../helpers/test-collector';
import { exportCollector, fetchFile, pdfFonts, pdfText, renderPage, VALDORIA, variance } from './export-fixture';

let c: TestCollector;
beforeAll(async () => {
  c = await exportCollector();
});
afterAll(async () => c?.close());

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('an administration\'s monthly bulletin as a PDF', () => {
  let bulletin: Bulletin;
  let pdf: Buffer;
  beforeAll(async () => {
    bulletin = (await as(c.app, c.admin).get(`${apiPaths.administrationBulletin(VALDORIA)}?month=2026-03`)).body;
    expect(bulletin.votes).toBeGreaterThan(0);
    const res = await fetchFile(c, `${exportPaths.administrationBulletinPdf(VALDORIA)}?month=2026-03`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="gradimento-${VALDORIA}-bollettino-2026-03.pdf"`);
    pdf = res.rawPayload;
  });

  it('says on one page what the JSON bulletin says: the counts, the share, each channel, who took part', () => {
    const { f } = exportText('it');
    const { pages, text } = pdfText(pdf);
    expect(pages).toHaveLength(1);
    const page = flat(text);
    expect(page).toContain('Bollettino mensile · marzo 2026');
    expect(page).toContain(bulletin.scope.name);
    expect(page).toContain(`${f.count(bulletin.votes)} ${f.decimal(bulletin.weeklyAverage)} ${f.count(bulletin.runningTotal)}`);
    expect(page).toContain('Giudizi del mese Media settimanale Totale progressivo');
    expect(page).toContain(f.share(bulletin.score.positiveShare.value));
    expect(page).toContain('Mese precedente (');
    for (const c of bulletin.byChannel) {
      const word = exportText('it').w.channels[c.channel as 'sportello'];
      expect(page, c.channel).toMatch(new RegExp(`${word} ${f.count(c.votes).replace('.', '\\.')} ${f.share(c.score.positiveShare.value).replace(/[.]/g, '\\.')}`));
    }
    const reported = bulletin.reported;
    expect(page).toContain('Amministrazioni Uffici Sportelli Terminali');
    expect(page).toContain(`${reported.administrations} ${reported.offices} ${reported.counters} ${reported.terminals}`);
    expect(page).toContain('Qualità dei dati');
  });

  it('is drawn (not a blank page), in its embedded typeface, marked Italian', () => {
    expect(variance(renderPage(pdf, 1).grey)).toBeGreaterThan(100);
    expect(pdfFonts(pdf).every((font) => font.embedded)).toBe(true);
    expect(pdf.toString('latin1')).toContain('/Lang (it-IT)');
  });

  it('in English: its words, British dates and a decimal point', async () => {
    const res = await fetchFile(c, `${exportPaths.administrationBulletinPdf(VALDORIA)}?year=2026&lang=en`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="gradimento-${VALDORIA}-bulletin-2026.pdf"`);
    const page = flat(pdfText(res.rawPayload).text);
    expect(page).toContain('Yearly bulletin · 2026');
    expect(page).toContain('Votes of the year Weekly average Running total');
    expect(page).toContain('Previous year (');
    expect(page).not.toMatch(/Bollettino|Giudizi|Sportelli|Qualità/);
  });
});

describe('the installation\'s bulletin as a PDF', () => {
  it('is the installation admin\'s: named «Installazione», refused to an administration\'s admin', async () => {
    const res = await fetchFile(c, `${exportPaths.installationBulletinPdf}?month=2026-03`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="gradimento-installazione-bollettino-2026-03.pdf"');
    expect(flat(pdfText(res.rawPayload).text)).toContain('Installazione · Nella forma del bollettino');
    const admin = await personWith(c, 'aa@valdoria.example.org', [grant.administration(VALDORIA)]);
    expect((await fetchFile(c, `${exportPaths.installationBulletinPdf}?month=2026-03`, admin.headers)).statusCode).toBe(403);
    expect((await fetchFile(c, `${exportPaths.administrationBulletinPdf(VALDORIA)}?month=2026-03`, admin.headers)).statusCode).toBe(200);
  });

  it('asks for a month or a year, not both nor neither, and says so', async () => {
    for (const query of ['', '?month=2026-03&year=2026', '?month=2026-13']) {
      const res = await fetchFile(c, `${exportPaths.installationBulletinPdf}${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code, query).toBe('validation_failed');
    }
  });
});
