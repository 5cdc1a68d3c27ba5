// A PNG is taken only when png-js, pdfkit's decoder, can decode all of it: whole chunks, a header the specification
// allows, exactly the pixel data its size needs, and filter bytes 0 to 4 (png-js throws on others in a zlib callback).
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkPng } from '../../../../server/admin/administrations/png-check';
import type { ImageCheck } from '../../../../server/admin/administrations/image-check';
import { MANAGE_EN } from '../../../../server/http/words/manage-en';
import { inEnglish } from '../../../../server/http/words/error-words';
import { FILTER_9_PNG, LOGO_PNG, NO_PALETTE_PNG, PALETTE_PNG, PNG_SIGNATURE, pngChunk, pngOf, RGBA_PNG, scanlines, SHORT_PIXELS_PNG } from '../../helpers/png-file';

/** What a check found, in English: a size, a fault, or the reason given for the body. */
function found(check: ImageCheck): string {
  if (check.ok) return `${check.width}x${check.height}`;
  return check.fault === 'unreadable' ? inEnglish(check.reason) : check.fault;
}

/** The scanlines of an interlaced image, pass by pass (Adam7), every byte `fill` behind filter `filter`. */
function adam7(width: number, height: number, bytesPerPixel: number, filter = 0): Buffer {
  const passes = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]];
  return Buffer.concat(
    passes.map(([x0, y0, dx, dy]) => {
      const columns = Math.ceil(Math.max(0, width - x0!) / dx!);
      const rows = Math.ceil(Math.max(0, height - y0!) / dy!);
      return columns && rows ? scanlines(rows, columns * bytesPerPixel, filter) : Buffer.alloc(0);
    }),
  );
}

describe('checkPng', () => {
  it.each([
    ['an RGB PNG', LOGO_PNG, '120x120'],
    ['an RGBA PNG with every filter type', RGBA_PNG, '24x12'],
    ['a 4-bit palette PNG with transparency', PALETTE_PNG, '16x8'],
    ['a 1-bit grey PNG, rows ending mid-byte', pngOf({ width: 13, height: 3, colourType: 0, depth: 1, scanlines: scanlines(3, 2) }), '13x3'],
    ['a 16-bit RGBA PNG', pngOf({ width: 3, height: 2, colourType: 6, depth: 16, scanlines: scanlines(2, 24, 4) }), '3x2'],
    ['an interlaced RGBA PNG (Adam7, its seven passes)', pngOf({ width: 7, height: 5, colourType: 6, interlace: 1, scanlines: adam7(7, 5, 4, 2) }), '7x5'],
    ['an interlaced PNG one row high, some passes empty', pngOf({ width: 9, height: 1, colourType: 2, interlace: 1, scanlines: adam7(9, 1, 3) }), '9x1'],
  ])('takes %s', (_name, png, size) => {
    expect(found(checkPng(png))).toBe(size);
  });

  it.each([
    ['the audit\'s RGBA PNG with filter byte 9', FILTER_9_PNG, MANAGE_EN.pngFilter(1, 9)],
    ['a 4000 x 4000 RGBA PNG with 5 bytes of pixel data', SHORT_PIXELS_PNG, MANAGE_EN.pngPixelDataSize(4000 * (1 + 4000 * 4), 5)],
    ['a palette PNG without PLTE', NO_PALETTE_PNG, MANAGE_EN.pngNoPalette],
    ['filter byte 5 on the last row only', pngOf({ width: 2, height: 3, colourType: 6, scanlines: Buffer.concat([scanlines(2, 8), scanlines(1, 8, 5)]) }), MANAGE_EN.pngFilter(3, 5)],
    ['filter byte 7 in the last pass of an interlaced PNG', pngOf({ width: 5, height: 2, colourType: 6, interlace: 1, scanlines: Buffer.concat([adam7(5, 1, 4), scanlines(1, 5 * 4, 7)]) }), MANAGE_EN.pngFilter(5, 7)],
    ['an interlaced PNG 3 pixels wide, which png-js misreads', pngOf({ width: 3, height: 3, colourType: 6, interlace: 1, scanlines: adam7(3, 3, 4) }), MANAGE_EN.pngInterlacedNarrow(5)],
    ['pixel data a byte longer than the size needs', pngOf({ width: 2, height: 2, colourType: 6, scanlines: Buffer.concat([scanlines(2, 8), Buffer.from([0])]) }), MANAGE_EN.pngPixelDataSize(18, null)],
    ['a zlib bomb: 1 x 1 pixel inflating to 20 MB', pngOf({ width: 1, height: 1, scanlines: Buffer.alloc(20_000_000) }), MANAGE_EN.pngPixelDataSize(4, null)],
    ['no IDAT', pngOf({ width: 2, height: 2, scanlines: null }), MANAGE_EN.pngNoPixels],
    ['RGB at 4 bits', pngOf({ width: 2, height: 2, depth: 4, scanlines: scanlines(2, 3) }), MANAGE_EN.pngDepth(2, 4)],
    ['colour type 5', pngOf({ width: 2, height: 2, colourType: 5, scanlines: scanlines(2, 6) }), MANAGE_EN.pngDepth(5, 8)],
    ['interlace method 2', pngOf({ width: 2, height: 2, interlace: 2, scanlines: scanlines(2, 6) }), MANAGE_EN.pngMethods],
    ['a palette of 3 colours at 1 bit', pngOf({ width: 8, height: 1, colourType: 3, depth: 1, palette: Buffer.alloc(9), scanlines: scanlines(1, 1) }), MANAGE_EN.pngPaletteSize(9)],
    ['a palette in an RGB PNG', pngOf({ width: 2, height: 2, palette: Buffer.alloc(6), scanlines: scanlines(2, 6) }), MANAGE_EN.pngPaletteMisplaced],
    ['tRNS in an RGBA PNG (png-js then reads the chunks out of step)', pngOf({ width: 2, height: 2, colourType: 6, transparency: Buffer.alloc(6), scanlines: scanlines(2, 8) }), MANAGE_EN.pngTransparencyMisplaced],
    ['more alpha values than palette colours', pngOf({ width: 2, height: 2, colourType: 3, palette: Buffer.alloc(6), transparency: Buffer.alloc(3), scanlines: scanlines(2, 2, 0, 0) }), MANAGE_EN.pngTransparencyMisplaced],
  ])('refuses %s', (_name, png, reason) => {
    expect(found(checkPng(png))).toBe(reason);
  });

  it('refuses pixel data that does not inflate', () => {
    const png = pngOf({ width: 2, height: 2, scanlines: scanlines(2, 6) });
    const at = png.indexOf('IDAT') + 4;
    png[at + 5] = png[at + 5]! ^ 0xff; // inside the deflate stream; the CRC is not what is read
    expect(found(checkPng(png))).toBe(MANAGE_EN.pngPixelDataDamaged);
  });

  it('refuses a second IHDR, which png-js would read the pixels by', () => {
    const good = pngOf({ width: 2, height: 2, scanlines: scanlines(2, 6) });
    const ihdr = good.subarray(8, 33);
    expect(found(checkPng(Buffer.concat([good.subarray(0, 33), ihdr, good.subarray(33)])))).toBe(MANAGE_EN.pngChunksDamaged);
  });

  it('refuses a file cut short, a chunk whose length runs past the end, and one without IEND', () => {
    const png = pngOf({ width: 2, height: 2, scanlines: scanlines(2, 6) });
    expect(found(checkPng(png.subarray(0, png.length - 20)))).toBe(MANAGE_EN.pngCutShort);
    expect(found(checkPng(png.subarray(0, png.length - 12)))).toBe(MANAGE_EN.pngCutShort);
    expect(found(checkPng(png.subarray(0, 30)))).toBe(MANAGE_EN.pngCutShort);
    const idat = Buffer.concat([PNG_SIGNATURE, png.subarray(8, 33), pngChunk('IDAT', deflateSync(scanlines(2, 6)))]);
    expect(found(checkPng(idat))).toBe(MANAGE_EN.pngCutShort);
  });

  it('sends anything without the PNG signature and IHDR first, or of sides out of range, to its own answers', () => {
    expect(found(checkPng(Buffer.from('not a png at all, not even close')))).toBe('not-its-type');
    expect(found(checkPng(Buffer.concat([PNG_SIGNATURE, pngChunk('tEXt', Buffer.from('a\0b'))])))).toBe('not-its-type');
    expect(checkPng(pngOf({ width: 4001, height: 1, scanlines: scanlines(1, 4001 * 3) }))).toEqual({ ok: false, fault: 'side', width: 4001, height: 1 });
    expect(checkPng(pngOf({ width: 0, height: 1, scanlines: scanlines(1, 0) }))).toEqual({ ok: false, fault: 'side', width: 0, height: 1 });
  });
});
