// A collector with a known month of votes for the export tests, and the tools that read the files back (poppler's pdftotext and pdftoppm, exceljs).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { apiPaths } from '../../../../server/contract/api';
import { DEMO } from '../../../../server/store/seed-demo';
import { as } from '../../admin/admin-api';
import { fixedClock, makeTempDir, makeVote, postVotes, startCollector, type TestCollector } from '../../helpers/test-collector';

export const MUNICIPIO = DEMO.offices[0]!.id;
export const VALDORIA = DEMO.administration.id;
export const ANAGRAFE = 'valdoria-anagrafe';
export const TRIBUTI = 'valdoria-tributi';
export const NOW = fixedClock('2026-04-02T10:00:00Z');
export const MARCH = '?from=2026-03-01&to=2026-03-31';

/** 40 votes for Anagrafe (30 positive, 5 neutral, 5 negative with reasons), 12 for Tributi (small sample), a few in December 2025; Anagrafe's charter promises 70%. */
export async function exportCollector(): Promise<TestCollector> {
  const c = await startCollector({ now: NOW });
  expect200(await as(c.app, c.admin).patch(apiPaths.service(ANAGRAFE), { standard: { minPositivePct: 70 }, standardFrom: '2025-01-01' }));
  const at = (day: number, i: number) => `2026-03-${String(day).padStart(2, '0')}T${String(8 + (i % 8)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}:00Z`;
  const votes = [
    ...Array.from({ length: 30 }, (_, i) => makeVote({ serviceId: ANAGRAFE, face: 'positivo', castAt: at(2 + (i % 20), i) })),
    ...Array.from({ length: 5 }, (_, i) => makeVote({ serviceId: ANAGRAFE, face: 'sufficiente', castAt: at(3 + i, i + 1) })),
    ...Array.from({ length: 5 }, (_, i) => makeVote({ serviceId: ANAGRAFE, face: 'negativo', reasons: i < 3 ? ['valdoria-attesa'] : ['valdoria-servizio'], followUp: 'chosen', castAt: at(10 + i, i + 2) })),
    ...Array.from({ length: 12 }, (_, i) => makeVote({ serviceId: TRIBUTI, face: i % 2 ? 'positivo' : 'negativo', castAt: at(5 + i, i + 3) })),
    ...Array.from({ length: 6 }, (_, i) => makeVote({ serviceId: ANAGRAFE, face: 'positivo', castAt: `2025-12-1${i}T09:00:00Z` })),
  ];
  expect200(await postVotes(c, votes));
  return c;
}

function expect200(res: { status: number; body: unknown }) {
  if (res.status !== 200) throw new Error(`fixture call failed: ${res.status} ${JSON.stringify(res.body)}`);
}

/** GET as the installation admin, the raw bytes kept. */
export const fetchFile = (c: TestCollector, url: string, headers = c.admin.headers) => c.app.inject({ url, headers });

/** The PDF's text, laid out as on the page (pdftotext -layout), and its pages split on form feeds. */
export function pdfText(pdf: Buffer): { text: string; pages: string[] } {
  const dir = makeTempDir();
  try {
    fs.writeFileSync(path.join(dir, 'r.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    return { text, pages: text.split('\f').filter((p) => p.trim() !== '') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** pdffonts' table: each font's name and whether it is embedded. */
export function pdfFonts(pdf: Buffer): { name: string; embedded: boolean }[] {
  const dir = makeTempDir();
  try {
    fs.writeFileSync(path.join(dir, 'r.pdf'), pdf);
    const lines = execFileSync('pdffonts', [path.join(dir, 'r.pdf')], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    // name type encoding emb sub uni object ID: "emb" is the fourth column from the end but three.
    return lines.map((l) => {
      const cols = l.trim().split(/\s+/);
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Page `page` rendered by pdftoppm at 60 dpi: the PNG (to look at) and the grey levels (to measure). */
export function renderPage(pdf: Buffer, page: number, keepPngAs?: string): { width: number; height: number; grey: Uint8Array } {
  const dir = makeTempDir();
  try {
    fs.writeFileSync(path.join(dir, 'r.pdf'), pdf);
    const args = ['-f', String(page), '-l', String(page), '-r', '60', '-singlefile'];
    if (keepPngAs) execFileSync('pdftoppm', [...args, '-r', '100', '-png', path.join(dir, 'r.pdf'), keepPngAs.replace(/\.png$/, '')]);
    // The same page as a greyscale PGM (P5): a header and one byte per pixel, read without an image library.
    execFileSync('pdftoppm', [...args, '-gray', path.join(dir, 'r.pdf'), path.join(dir, 'p')]);
    const pgm = fs.readFileSync(path.join(dir, 'p.pgm'));
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 40))!;
    return { width: Number(header[1]), height: Number(header[2]), grey: pgm.subarray(header[0].length) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** How much the page's grey levels vary: 0 for a blank page. */
export function variance(grey: Uint8Array): number {
  let sum = 0;
  for (const g of grey) sum += g;
  const mean = sum / grey.length;
  let sq = 0;
  for (const g of grey) sq += (g - mean) ** 2;
  return sq / grey.length;
}

export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** A sheet's rows as objects keyed by the header of row 1. */
export function sheetRows(ws: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    rows.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return rows;
}
