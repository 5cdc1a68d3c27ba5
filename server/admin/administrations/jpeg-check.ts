// Walks a JPEG's segments from SOI to EOI: pdfkit copies a JPEG into the PDF without decoding it, so a file cut
// short, or a kind of JPEG a PDF cannot hold, would be stored without complaint and then print as a broken image.
import { MAX_LOGO_SIDE } from '../../contract/exports';
import { NOT_ITS_TYPE, unreadable, type ImageCheck } from './image-check';

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;

/** Start-of-frame markers; C4 (DHT), C8 (JPG) and CC (DAC) sit among them but are not frames. */
const isFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
/**
 * The frames a PDF's DCTDecode filter reads: baseline, extended and progressive Huffman (SOF0-SOF2), 8 bits
 * a sample; lossless, hierarchical and arithmetic-coded ones it does not.
 */
const DRAWABLE_FRAMES = new Set([0xc0, 0xc1, 0xc2]);
/** The components pdfkit maps to a colour space: grey, RGB (YCbCr), CMYK. */
const DRAWABLE_COMPONENTS = new Set([1, 3, 4]);
/** RST0-RST7 and TEM: markers without a length. */
const standsAlone = (marker: number) => (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01;

/** Past the entropy-coded data of a scan: to the next marker (FF then neither a stuffed 00 nor a restart). */
function afterScan(data: Buffer, at: number): number {
  for (; at + 1 < data.length; at++) {
    if (data[at] !== 0xff) continue;
    const next = data[at + 1]!;
    if (next !== 0x00 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) return at;
  }
  return data.length;
}

/** The JPEG's size when it is whole and of a kind a PDF can draw; otherwise why not. */
export function checkJpeg(data: Buffer): ImageCheck {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== SOI) return NOT_ITS_TYPE;
  let frame: { width: number; height: number } | null = null;
  let scans = 0;
  let at = 2;
  for (;;) {
    // Any marker may follow fill bytes (FF) before it.
    while (data[at] === 0xff && data[at + 1] === 0xff) at++;
    if (at + 2 > data.length) return unreadable((w) => w.jpegNoEnd);
    if (data[at] !== 0xff) return unreadable((w) => w.jpegDamaged);
    const marker = data[at + 1]!;
    if (marker === EOI) {
      if (!frame) return unreadable((w) => w.jpegNoFrame);
      if (scans === 0) return unreadable((w) => w.jpegNoScan);
      // Bytes after the end: a file joined to another, or what is left of one written over.
      if (at + 2 !== data.length) return unreadable((w) => w.jpegNoEnd);
      break;
    }
    if (standsAlone(marker)) {
      at += 2;
      continue;
    }
    if (marker === SOI || marker === 0x00) return unreadable((w) => w.jpegDamaged);
    if (at + 4 > data.length) return unreadable((w) => w.jpegNoEnd);
    const end = at + 2 + data.readUInt16BE(at + 2);
    if (end < at + 4) return unreadable((w) => w.jpegDamaged);
    if (end > data.length) return unreadable((w) => w.jpegNoEnd);
    if (isFrame(marker)) {
      if (frame) return unreadable((w) => w.jpegDamaged);
      if (end - at < 10) return unreadable((w) => w.jpegDamaged);
      const components = data[at + 9]!;
      if (!DRAWABLE_FRAMES.has(marker) || data[at + 4] !== 8 || !DRAWABLE_COMPONENTS.has(components)) return unreadable((w) => w.jpegVariant);
      if (end - at !== 10 + 3 * components) return unreadable((w) => w.jpegDamaged);
      frame = { height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7) };
      // A height of 0 means "given after the first scan" (DNL), which pdfkit does not look for.
      if (frame.width < 1 || frame.height < 1 || frame.width > MAX_LOGO_SIDE || frame.height > MAX_LOGO_SIDE) return { ok: false, fault: 'side', ...frame };
    }
    if (marker === SOS) {
      if (!frame) return unreadable((w) => w.jpegNoFrame);
      scans++;
      at = afterScan(data, end);
      continue;
    }
    at = end;
  }
  return { ok: true, ...frame };
}
