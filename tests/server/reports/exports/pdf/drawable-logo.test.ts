// A logo stored before the upload checks grew stricter, and one png-js would throw on in a zlib callback (which
// stopped the collector at every PDF), is left out of the PDF with a warning naming the administration: the
// report is still answered, and the collector keeps running.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPaths } from '../../../../../server/contract/exports';
import { drawableLogo, LOGO_LEFT_OUT } from '../../../../../server/reports/exports/pdf/drawable-logo';
import { DEMO } from '../../../../../server/store/seed-demo';
import { JPEG_BASELINE } from '../../../helpers/jpeg-file';
import { FILTER_9_PNG, NO_PALETTE_PNG, RGBA_PNG, SHORT_PIXELS_PNG } from '../../../helpers/png-file';
import { makeTempDir, startCollector, type TestCollector } from '../../../helpers/test-collector';
import { pdfText } from '../export-fixture';

const VALDORIA = DEMO.administration.id;
let c: TestCollector;
beforeAll(async () => {
  c = await startCollector();
}, 60_000);
afterAll(async () => c?.close());

/** Puts the bytes in the table as they are, past the upload's checks: what an older collector may have stored. */
async function storeAsIs(data: Buffer, mediaType: string): Promise<void> {
  const row = { media_type: mediaType, data: data.toString('base64'), bytes: data.length, width: 2, height: 2, sha256: '0'.repeat(64), uploaded_at: '2026-01-01T00:00:00.000Z', uploaded_by: null };
  await c.store.db.deleteFrom('administration_logos').where('administration_id', '=', VALDORIA).execute();
  await c.store.db.insertInto('administration_logos').values({ administration_id: VALDORIA, ...row }).execute();
}

function imagesIn(pdf: Buffer): number {
  const dir = makeTempDir();
  try {
    fs.writeFileSync(path.join(dir, 'r.pdf'), pdf);
    return execFileSync('pdfimages', ['-list', path.join(dir, 'r.pdf')], { encoding: 'utf8' }).trim().split('\n').slice(2).length;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The warnings emitted while `run` runs. */
async function warningsDuring(run: () => Promise<void>): Promise<Error[]> {
  const seen: Error[] = [];
  const listen = (w: Error) => seen.push(w);
  process.on('warning', listen);
  try {
    await run();
    // A png-js failure would come in a zlib callback after the answer: give it the time to.
    await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    process.off('warning', listen);
  }
  return seen;
}

const PERIOD = '?from=2026-11-01&to=2026-11-29';

describe('the stored logo in a PDF', () => {
  it.each([
    ['an RGBA PNG with filter byte 9', FILTER_9_PNG, 'image/png', 'filter type 9'],
    ['a 4000 x 4000 PNG with 5 bytes of pixels', SHORT_PIXELS_PNG, 'image/png', 'exactly 64004000'],
    ['a palette PNG without PLTE', NO_PALETTE_PNG, 'image/png', 'without its palette'],
    ['a JPEG cut to 21 bytes', JPEG_BASELINE.subarray(0, 21), 'image/jpeg', 'cut short'],
    ['a PNG stored as a JPEG', RGBA_PNG, 'image/jpeg', 'not-its-type'],
  ])('leaves out %s, warns naming the administration, and still answers the PDF', async (_name, data, mediaType, why) => {
    await storeAsIs(data, mediaType);
    let pdf: Buffer = Buffer.alloc(0);
    const warnings = await warningsDuring(async () => {
      const res = await c.app.inject({ url: `${exportPaths.administrationPdf(VALDORIA)}${PERIOD}`, headers: c.admin.headers });
      expect(res.statusCode).toBe(200);
      pdf = res.rawPayload;
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfText(pdf).text).toContain(DEMO.administration.name);
    expect(imagesIn(pdf)).toBe(0);
    const left = warnings.filter((w) => (w as Error & { code?: string }).code === LOGO_LEFT_OUT);
    expect(left).toHaveLength(1);
    expect(left[0]!.message).toContain(`administration ${VALDORIA}`);
    if (why !== 'not-its-type') expect(left[0]!.message).toContain(why);
  });

  it('keeps answering: the office report, the yearly report and the bulletin with the same logo, and a report after them', async () => {
    await storeAsIs(FILTER_9_PNG, 'image/png');
    const urls = [
      `${exportPaths.officePdf(DEMO.offices[0]!.id)}${PERIOD}`,
      `${exportPaths.yearlyPdf(VALDORIA)}?year=2026`,
      `${exportPaths.administrationBulletinPdf(VALDORIA)}?month=2026-11`,
    ];
    const warnings = await warningsDuring(async () => {
      for (const url of urls) {
        const res = await c.app.inject({ url, headers: c.admin.headers });
        expect([url, res.statusCode]).toEqual([url, 200]);
        expect(imagesIn(res.rawPayload)).toBe(0);
      }
    });
    expect(warnings.filter((w) => (w as Error & { code?: string }).code === LOGO_LEFT_OUT)).toHaveLength(urls.length);
    // Still alive: a report with a good logo, drawn.
    await storeAsIs(RGBA_PNG, 'image/png');
    const res = await c.app.inject({ url: `${exportPaths.administrationPdf(VALDORIA)}${PERIOD}`, headers: c.admin.headers });
    expect(res.statusCode).toBe(200);
    expect(imagesIn(res.rawPayload)).toBeGreaterThanOrEqual(1);
  });
});

describe('drawableLogo', () => {
  const stored = (data: Buffer, mediaType: string) => ({ mediaType, data, width: 1, height: 1, sha256: '', uploadedAt: '' });

  it('hands back the bytes of a logo that passes, unchanged and without a warning', async () => {
    const warnings = await warningsDuring(async () => {
      expect(drawableLogo(stored(RGBA_PNG, 'image/png'), VALDORIA)).toBe(RGBA_PNG);
      expect(drawableLogo(stored(JPEG_BASELINE, 'image/jpeg'), VALDORIA)).toBe(JPEG_BASELINE);
    });
    expect(warnings.filter((w) => (w as Error & { code?: string }).code === LOGO_LEFT_OUT)).toEqual([]);
  });

  it('hands back null for a type it does not know', () => {
    expect(drawableLogo(stored(RGBA_PNG, 'image/gif'), VALDORIA)).toBeNull();
  });
});
