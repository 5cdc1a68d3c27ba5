// A JPEG is taken only when it is whole (SOI, a frame with its size, a scan, EOI at the very end) and of a kind a PDF holds:
// pdfkit copies its bytes into the PDF undecoded, so anything less prints as a broken image.
import { describe, expect, it } from 'vitest';
import type { ImageCheck } from '../../../../server/admin/administrations/image-check';
import { checkJpeg } from '../../../../server/admin/administrations/jpeg-check';
import { inEnglish } from '../../../../server/http/words/error-words';
import { MANAGE_EN } from '../../../../server/http/words/manage-en';
import { JPEG_BASELINE, JPEG_PROGRESSIVE } from '../../helpers/jpeg-file';

function found(check: ImageCheck): string {
  if (check.ok) return `${check.width}x${check.height}`;
  return check.fault === 'unreadable' ? inEnglish(check.reason) : check.fault;
}

/** Where the frame header (SOF0/SOF2) of a file starts. */
const frameAt = (jpeg: Buffer) => jpeg.findIndex((b, i) => b === 0xff && (jpeg[i + 1] === 0xc0 || jpeg[i + 1] === 0xc2));

/** The file with its frame header's byte at `offset` (from the marker) set to `value`. */
function withFrameByte(offset: number, value: number, jpeg = JPEG_BASELINE): Buffer {
  const copy = Buffer.from(jpeg);
  copy[frameAt(copy) + offset] = value;
  return copy;
}

describe('checkJpeg', () => {
  it.each([
    ['a baseline JPEG', JPEG_BASELINE],
    ['a progressive JPEG, tables between its scans', JPEG_PROGRESSIVE],
    ['a JPEG with fill bytes before a marker', Buffer.concat([JPEG_BASELINE.subarray(0, 2), Buffer.from([0xff, 0xff]), JPEG_BASELINE.subarray(2)])],
  ])('takes %s', (_name, jpeg) => {
    expect(found(checkJpeg(jpeg))).toBe('16x8');
  });

  it.each([
    ['the audit\'s 21 bytes of a JPEG', JPEG_BASELINE.subarray(0, 21), MANAGE_EN.jpegNoEnd],
    ['a JPEG cut in its image data', JPEG_BASELINE.subarray(0, JPEG_BASELINE.length - 10), MANAGE_EN.jpegNoEnd],
    ['a JPEG without its last byte', JPEG_BASELINE.subarray(0, JPEG_BASELINE.length - 1), MANAGE_EN.jpegNoEnd],
    ['bytes after EOI', Buffer.concat([JPEG_BASELINE, Buffer.from('more')]), MANAGE_EN.jpegNoEnd],
    ['SOI, a frame header, EOI: no image data', Buffer.concat([JPEG_BASELINE.subarray(0, frameAt(JPEG_BASELINE) + 19), Buffer.from([0xff, 0xd9])]), MANAGE_EN.jpegNoScan],
    ['SOI then EOI', Buffer.from([0xff, 0xd8, 0xff, 0xd9]), MANAGE_EN.jpegNoFrame],
    ['a 12-bit JPEG', withFrameByte(4, 12), MANAGE_EN.jpegVariant],
    ['a lossless JPEG (SOF3)', withFrameByte(1, 0xc3), MANAGE_EN.jpegVariant],
    ['an arithmetic-coded JPEG (SOF9)', withFrameByte(1, 0xc9), MANAGE_EN.jpegVariant],
    ['a frame of 2 components', withFrameByte(9, 2), MANAGE_EN.jpegVariant],
    ['a segment not behind FF', withFrameByte(0, 0x12), MANAGE_EN.jpegDamaged],
    ['a frame header of the wrong length', withFrameByte(3, 0x12), MANAGE_EN.jpegDamaged],
  ])('refuses %s', (_name, jpeg, reason) => {
    expect(found(checkJpeg(jpeg))).toBe(reason);
  });

  it('sends a file without SOI, and a frame of 0 or too many pixels, to their own answers', () => {
    expect(found(checkJpeg(Buffer.from('GIF89a, not a JPEG')))).toBe('not-its-type');
    // A height of 0: "given later" (DNL), which pdfkit never reads.
    expect(checkJpeg(withFrameByte(6, 0))).toEqual({ ok: false, fault: 'side', width: 16, height: 0 });
    expect(checkJpeg(withFrameByte(7, 0x10))).toEqual({ ok: false, fault: 'side', width: 0x1010, height: 8 });
  });
});
