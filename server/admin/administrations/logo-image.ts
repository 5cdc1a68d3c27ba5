// Checks a logo before it is stored, and again before a PDF draws it: a PNG or JPEG whose header matches its
// type, within the size limits, whole, and of a kind pdfkit embeds without failing (png-check.ts, jpeg-check.ts).
import type PDFKitDocument from 'pdfkit';
import { MAX_LOGO_BYTES, MAX_LOGO_SIDE, type LogoMediaType } from '../../contract/exports';
import { AppError, type Problem } from '../../http/app-error';
import type { Say } from '../../http/words/error-words';
import type { ImageCheck } from './image-check';
import { checkJpeg } from './jpeg-check';
import { checkPng } from './png-check';

export interface LogoImage {
  mediaType: LogoMediaType;
  width: number;
  height: number;
}

/** Synchronous and without pdfkit: the reports call it on the stored logo before every PDF (reports/exports/pdf/drawable-logo.ts). */
export function inspectLogo(data: Buffer, mediaType: LogoMediaType): ImageCheck {
  return mediaType === 'image/png' ? checkPng(data) : checkJpeg(data);
}

/** What a failed check says, in the words of the catalogue: the message, and the reason given for the body. */
export function faultWords(check: Exclude<ImageCheck, { ok: true }>, mediaType: LogoMediaType): { message: Say; reason: Say } {
  switch (check.fault) {
    case 'not-its-type':
      return { message: (w) => w.logoNotItsType(mediaType), reason: (w) => w.notValidFile(mediaType) };
    case 'side':
      return { message: (w) => w.logoSideOutOfRange(check.width, check.height, MAX_LOGO_SIDE), reason: (w) => w.imageSizeOutOfRange };
    case 'unreadable':
      return { message: (w) => w.logoUnreadable, reason: check.reason };
  }
}

const problem = (reason: Say): Problem[] => [{ field: '/body', reason }];

/** Throws a 4xx AppError saying what to fix; nothing is stored when it does. */
export async function checkLogo(data: Buffer, mediaType: LogoMediaType): Promise<LogoImage> {
  if (data.length === 0) throw new AppError('validation_failed', (w) => w.logoEmpty, problem((w) => w.emptyBody));
  if (data.length > MAX_LOGO_BYTES) {
    throw new AppError('body_too_large', (w) => w.logoTooLarge(Math.ceil(data.length / 1024), MAX_LOGO_BYTES / 1024));
  }
  const check = inspectLogo(data, mediaType);
  if (!check.ok) {
    const { message, reason } = faultWords(check, mediaType);
    throw new AppError('validation_failed', message, problem(reason));
  }
  // pdfkit finds the size by its own walk through the header: it must find the one checked. Opening the
  // image only parses it; drawing it (doc.image) would start png-js decoding in a callback, the very thing
  // the checks above keep from failing. Loaded here, not at start: most collectors never receive a logo.
  const { default: PDFDocument } = (await import('pdfkit')) as { default: typeof PDFKitDocument };
  const doc = new PDFDocument({ autoFirstPage: false });
  let opened: { width: number; height: number } | null = null;
  try {
    opened = (doc as unknown as { openImage(src: Buffer): { width: number; height: number } }).openImage(data);
  } catch {
    // pdfkit throws strings as well as Errors here ('Invalid JPEG.'): either way, refused below.
  }
  if (opened?.width !== check.width || opened.height !== check.height) {
    throw new AppError('validation_failed', (w) => w.logoUnreadable, problem((w) => w.unreadableImage));
  }
  return { mediaType, width: check.width, height: check.height };
}
