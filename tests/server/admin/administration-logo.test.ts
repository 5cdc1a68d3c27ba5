// An administration's logo: a PNG or JPEG within the limits is stored (audited) and heads its PDF reports; anything else is refused with a 4xx and stores nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { exportPaths, MAX_LOGO_BYTES } from '../../../server/contract/exports';
import { DEMO } from '../../../server/store/seed-demo';
import { JPEG_BASELINE } from '../helpers/jpeg-file';
import { FILTER_9_PNG, LOGO_PNG, NO_PALETTE_PNG, PALETTE_PNG, pngFile, RGBA_PNG, SHORT_PIXELS_PNG } from '../helpers/png-file';
import { personWith, startCollector, type TestCollector } from '../helpers/test-collector';
import { as, grant, Upload } from './admin-api';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';

const VALDORIA = DEMO.administration.id;
let c: TestCollector;
beforeAll(async () => {
  c = await startCollector();
}, 60_000);
afterAll(async () => c?.close());

/** A JPEG's header alone (SOI, APP0, SOF0 for 64 x 32, EOI): a size, but no image data for a PDF to show. */
function jpegHeader(width: number, height: number): Buffer {
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1'), sof, Buffer.from([0xff, 0xd9])]);
}

function imagesIn(pdf: Buffer): number {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'logo-')), 'r.pdf');
  fs.writeFileSync(file, pdf);
  const lines = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return lines.length;
}

describe('administration logo', () => {
  it('stores a PNG, says what it stored, audits it, and the PDF reports show it; removing it goes back to the name alone', async () => {
    const admin = as(c.app, c.admin);
    expect((await admin.get(exportPaths.logo(VALDORIA))).body).toEqual({ logo: null });
    const pdfBefore = await c.app.inject({ url: `${exportPaths.officePdf(DEMO.offices[0]!.id)}?from=2026-03-01&to=2026-03-31`, headers: c.admin.headers });
    expect(imagesIn(pdfBefore.rawPayload)).toBe(0);

    const res = await admin.put(exportPaths.logo(VALDORIA), new Upload(LOGO_PNG, 'image/png'));
    expect(res.status).toBe(200);
    expect(res.body.logo).toMatchObject({ mediaType: 'image/png', bytes: LOGO_PNG.length, width: 120, height: 120, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(res.body.logo.dataUrl).toBe(`data:image/png;base64,${LOGO_PNG.toString('base64')}`);
    const audit = await c.store.db.selectFrom('audit_log').select(['action', 'target_id']).where('action', '=', 'administration.logo').execute();
    expect(audit).toEqual([{ action: 'administration.logo', target_id: VALDORIA }]);

    const pdf = await c.app.inject({ url: `${exportPaths.officePdf(DEMO.offices[0]!.id)}?from=2026-03-01&to=2026-03-31`, headers: c.admin.headers });
    // One page, one logo; every page of a longer report points at the same embedded image.
    expect(imagesIn(pdf.rawPayload)).toBe(1);

    expect((await admin.call('DELETE', exportPaths.logo(VALDORIA))).body).toEqual({ removed: true });
    expect((await admin.call('DELETE', exportPaths.logo(VALDORIA))).body).toEqual({ removed: false });
    expect((await admin.get(exportPaths.logo(VALDORIA))).body).toEqual({ logo: null });
  });

  it.each([
    ['an RGBA PNG', RGBA_PNG, 'image/png', 24, 12],
    ['a palette PNG with transparency', PALETTE_PNG, 'image/png', 16, 8],
    ['a JPEG', JPEG_BASELINE, 'image/jpeg', 16, 8],
  ])('stores %s, and the administration\'s PDF report draws it', async (_name, file, mediaType, width, height) => {
    const res = await as(c.app, c.admin).put(exportPaths.logo(VALDORIA), new Upload(file, mediaType));
    expect(res.status).toBe(200);
    expect(res.body.logo).toMatchObject({ mediaType, width, height });
    // PNGs with alpha or a tRNS palette are the ones pdfkit decodes in a zlib callback, after the request.
    const pdf = await c.app.inject({ url: `${exportPaths.administrationPdf(VALDORIA)}?from=2026-11-01&to=2026-11-29`, headers: c.admin.headers });
    expect(pdf.statusCode).toBe(200);
    expect(imagesIn(pdf.rawPayload)).toBeGreaterThanOrEqual(1);
  });

  it('says why a PNG cannot be drawn, and stores nothing', async () => {
    const res = await as(c.app, c.admin).put(exportPaths.logo(VALDORIA), new Upload(FILTER_9_PNG, 'image/png'));
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', problems: [{ field: '/body', reason: 'PNG scanline 1 with filter type 9: only 0 to 4 exist' }] });
  });

  it.each([
    ['a GIF', new Upload(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), 'image/gif'), 415, 'unsupported_media_type'],
    ['JSON', { logo: 'x' }, 415, 'unsupported_media_type'],
    ['a PNG sent as a JPEG', new Upload(LOGO_PNG, 'image/jpeg'), 400, 'validation_failed'],
    ['text sent as a PNG', new Upload(Buffer.from('not an image at all, really'), 'image/png'), 400, 'validation_failed'],
    ['a PNG cut short', new Upload(LOGO_PNG.subarray(0, LOGO_PNG.length - 40), 'image/png'), 400, 'validation_failed'],
    ['an RGBA PNG whose rows have filter byte 9', new Upload(FILTER_9_PNG, 'image/png'), 400, 'validation_failed'],
    ['a 4000 x 4000 RGBA PNG with 5 bytes of pixel data', new Upload(SHORT_PIXELS_PNG, 'image/png'), 400, 'validation_failed'],
    ['a palette PNG without its palette', new Upload(NO_PALETTE_PNG, 'image/png'), 400, 'validation_failed'],
    ['a JPEG cut to 21 bytes', new Upload(JPEG_BASELINE.subarray(0, 21), 'image/jpeg'), 400, 'validation_failed'],
    ['a JPEG\'s header alone', new Upload(jpegHeader(64, 32), 'image/jpeg'), 400, 'validation_failed'],
    ['an empty body', new Upload(Buffer.alloc(0), 'image/png'), 400, 'validation_failed'],
    ['a PNG of 5000 pixels a side', new Upload(pngFile(5000, 1, () => [0, 0, 0]), 'image/png'), 400, 'validation_failed'],
    ['a file over the limit', new Upload(pngFile(300, 300, (x, y) => [(x * 7919 + y * 104729) % 256, (x * y) % 256, (x ^ y) % 256]), 'image/png'), 413, 'body_too_large'],
    ['a photo of 3 MiB', new Upload(Buffer.alloc(3 * 1024 * 1024, 1), 'image/png'), 413, 'body_too_large'],
  ])('refuses %s with a %i, and keeps the logo it had', async (_name, body, status, code) => {
    const admin = as(c.app, c.admin);
    const before = (await admin.get(exportPaths.logo(VALDORIA))).body;
    const res = await admin.put(exportPaths.logo(VALDORIA), body);
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ error: { code, message: expect.any(String) } });
    // Too large: the answer says the file's size and the limit, not Fastify's words about votes.
    if (status === 413) expect(res.body.error.message).toContain(`at most ${MAX_LOGO_BYTES / 1024} KiB`);
    expect((await admin.get(exportPaths.logo(VALDORIA))).body).toEqual(before);
  });

  it('is refused for an archived administration, which changes no more', async () => {
    const admin = as(c.app, c.admin);
    const other = await admin.post(apiPaths.administrations, { name: 'Comune archiviato' });
    expect((await admin.put(exportPaths.logo(other.body.id), new Upload(LOGO_PNG, 'image/png'))).status).toBe(200);
    expect((await admin.post(apiPaths.administrationArchive(other.body.id))).status).toBe(200);
    const put = await admin.put(exportPaths.logo(other.body.id), new Upload(RGBA_PNG, 'image/png'));
    expect(put.status).toBe(409);
    expect(put.body.error.message).toContain('archived');
    expect((await c.app.inject({ method: 'DELETE', url: exportPaths.logo(other.body.id), headers: c.admin.headers })).statusCode).toBe(409);
    expect((await admin.get(exportPaths.logo(other.body.id))).body.logo).not.toBeNull();
  });

  it('answers 404 for an unknown administration, 403 to an office manager', async () => {
    expect((await as(c.app, c.admin).put(exportPaths.logo('nowhere'), new Upload(LOGO_PNG, 'image/png'))).status).toBe(404);
    const manager = await personWith(c, 'om-logo@example.org', [grant.office(VALDORIA, DEMO.offices[0]!.id)]);
    expect((await as(c.app, manager).put(exportPaths.logo(VALDORIA), new Upload(LOGO_PNG, 'image/png'))).status).toBe(403);
  });
});
