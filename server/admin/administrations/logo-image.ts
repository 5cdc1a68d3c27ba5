// Checks an uploaded logo before it is stored: a PNG or JPEG whose header matches its Content-Type, within the
// size limits, that pdfkit can actually embed (so a PDF never fails on it later).
import { inflateSync } from 'node:zlib';
import type PDFKitDocument from 'pdfkit';
import { MAX_LOGO_BYTES, MAX_LOGO_SIDE, type LogoMediaType } from '../../contract/exports';
import { AppError, type Problem } from '../../http/app-error';
import type { Say } from '../../http/words/error-words';

export interface LogoImage {
  mediaType: LogoMediaType;
  width: number;
  height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(data: Buffer): { width: number; height: number } | null {
  if (data.length < 24 || !data.subarray(0, 8).equals(PNG_SIGNATURE) || data.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** Walks the JPEG markers to the first start-of-frame (SOF0-SOF15 but DHT, JPG and DAC), which holds the size. */
function jpegSize(data: Buffer): { width: number; height: number } | null {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < data.length) {
    if (data[at] !== 0xff) return null;
    const marker = data[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = data.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

/**
 * The PNG's pixel data inflates: pdfkit inflates it asynchronously while writing a PDF, and a
 * damaged stream would then fail outside any request. Inflating it here refuses such a file up front.
 */
function pngInflates(data: Buffer): boolean {
  const parts: Buffer[] = [];
  for (let at = 8; at + 8 <= data.length; ) {
    const length = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > data.length) return false;
    if (type === 'IDAT') parts.push(data.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  if (parts.length === 0) return false;
  try {
    inflateSync(Buffer.concat(parts));
    return true;
  } catch {
    return false;
  }
}

const problem = (reason: Say): Problem[] => [{ field: '/body', reason }];

/** Throws a 4xx AppError saying what to fix; nothing is stored when it does. */
export async function checkLogo(data: Buffer, mediaType: LogoMediaType): Promise<LogoImage> {
  if (data.length === 0) throw new AppError('validation_failed', (w) => w.logoEmpty, problem((w) => w.emptyBody));
  if (data.length > MAX_LOGO_BYTES) {
    throw new AppError('body_too_large', (w) => w.logoTooLarge(Math.ceil(data.length / 1024), MAX_LOGO_BYTES / 1024));
  }
  const size = mediaType === 'image/png' ? pngSize(data) : jpegSize(data);
  if (!size) throw new AppError('validation_failed', (w) => w.logoNotItsType(mediaType), problem((w) => w.notValidFile(mediaType)));
  if (size.width < 1 || size.height < 1 || size.width > MAX_LOGO_SIDE || size.height > MAX_LOGO_SIDE) {
    throw new AppError('validation_failed', (w) => w.logoSideOutOfRange(size.width, size.height, MAX_LOGO_SIDE), problem((w) => w.imageSizeOutOfRange));
  }
  const unreadable = () => new AppError('validation_failed', (w) => w.logoUnreadable, problem((w) => w.unreadableImage));
  if (mediaType === 'image/png' && !pngInflates(data)) throw unreadable();
  // The header can be right and the rest broken: let the PDF library read it once, now, rather than in a report later.
  // Loaded here, not at start: most collectors never receive a logo (pdf-document.ts says the same).
  const { default: PDFDocument } = (await import('pdfkit')) as { default: typeof PDFKitDocument };
  try {
    const doc = new PDFDocument({ autoFirstPage: true });
    doc.on('data', () => {});
    doc.image(data, 0, 0, { fit: [100, 40] });
    doc.end();
  } catch {
    throw unreadable();
  }
  return { mediaType, ...size };
}
