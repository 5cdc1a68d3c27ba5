// Reads a PNG the way the PNG specification lays it out, so that a logo is stored, or drawn, only when
// png-js (pdfkit's decoder) can decode every pixel of it. png-js decodes in a zlib callback (for an alpha
// channel, a tRNS palette or interlacing), where a fault is thrown out of reach of any try/catch and stops
// the collector: "Invalid filter algorithm" on a bad filter byte, for one.
import { inflateSync } from 'node:zlib';
import { MAX_LOGO_SIDE } from '../../contract/exports';
import { NOT_ITS_TYPE, unreadable, type ImageCheck } from './image-check';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Channels of each colour type, and the bit depths the specification allows it (IHDR, section 11.2.2). */
const COLOUR_TYPES: Readonly<Record<number, { channels: number; depths: readonly number[] }>> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] },
  2: { channels: 3, depths: [8, 16] },
  3: { channels: 1, depths: [1, 2, 4, 8] },
  4: { channels: 2, depths: [8, 16] },
  6: { channels: 4, depths: [8, 16] },
};

/** Adam7's seven passes: first column, first row, column step, row step. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/**
 * png-js reads a pass with no columns as rows of a filter byte each, where the specification has no
 * bytes at all: in an interlaced image narrower than this its rows fall out of step and it throws.
 */
const MIN_INTERLACED_WIDTH = 5;

interface Header {
  width: number;
  height: number;
  depth: number;
  colourType: number;
  interlaced: boolean;
}

/** The scanlines of the pixel data, pass by pass: bytes of each (after its filter byte), and how many. */
function scanlines(h: Header): { bytes: number; rows: number }[] {
  const bitsPerPixel = COLOUR_TYPES[h.colourType]!.channels * h.depth;
  const line = (columns: number) => Math.ceil((columns * bitsPerPixel) / 8);
  if (!h.interlaced) return [{ bytes: line(h.width), rows: h.height }];
  return ADAM7.map(([x0, y0, dx, dy]) => ({ columns: Math.ceil(Math.max(0, h.width - x0) / dx), rows: Math.ceil(Math.max(0, h.height - y0) / dy) }))
    .filter((pass) => pass.columns > 0 && pass.rows > 0)
    .map((pass) => ({ bytes: line(pass.columns), rows: pass.rows }));
}

interface Chunks {
  header: Header;
  palette: Buffer | null;
  transparency: Buffer | null;
  pixels: Buffer[];
}

/**
 * The chunks up to IEND, each whole. png-js walks them by their lengths and keeps the last of a kind, and
 * skips a tRNS in a colour type with an alpha channel without its data (then reads the rest out of step):
 * so no chunk is allowed twice, nor one where the specification forbids it.
 */
function readChunks(data: Buffer): Chunks | ImageCheck {
  if (data.length < 16 || !data.subarray(0, 8).equals(SIGNATURE) || data.toString('latin1', 12, 16) !== 'IHDR') return NOT_ITS_TYPE;
  if (data.readUInt32BE(8) !== 13) return unreadable((w) => w.pngChunksDamaged);
  if (data.length < 33) return unreadable((w) => w.pngCutShort);
  const ihdr = data.subarray(16, 29);
  const header: Header = { width: ihdr.readUInt32BE(0), height: ihdr.readUInt32BE(4), depth: ihdr[8]!, colourType: ihdr[9]!, interlaced: ihdr[12] === 1 };
  if (header.width < 1 || header.height < 1 || header.width > MAX_LOGO_SIDE || header.height > MAX_LOGO_SIDE) return { ok: false, fault: 'side', width: header.width, height: header.height };
  const type = COLOUR_TYPES[header.colourType];
  if (!type || !type.depths.includes(header.depth)) return unreadable((w) => w.pngDepth(header.colourType, header.depth));
  if (ihdr[10] !== 0 || ihdr[11] !== 0 || ihdr[12]! > 1) return unreadable((w) => w.pngMethods);
  if (header.interlaced && header.width < MIN_INTERLACED_WIDTH) return unreadable((w) => w.pngInterlacedNarrow(MIN_INTERLACED_WIDTH));

  const found: Chunks = { header, palette: null, transparency: null, pixels: [] };
  for (let at = 33; ; ) {
    if (at + 12 > data.length) return unreadable((w) => w.pngCutShort);
    const length = data.readUInt32BE(at);
    const kind = data.toString('latin1', at + 4, at + 8);
    if (!/^[A-Za-z]{4}$/.test(kind) || length > 0x7fffffff) return unreadable((w) => w.pngChunksDamaged);
    if (at + 12 + length > data.length) return unreadable((w) => w.pngCutShort);
    const body = data.subarray(at + 8, at + 8 + length);
    if (kind === 'IEND') break;
    if (kind === 'IHDR') return unreadable((w) => w.pngChunksDamaged);
    if (kind === 'PLTE') {
      // Only a palette image needs one; RGB ones may carry a suggested one, which pdfkit would then
      // draw through, so it is refused for them too (the specification forbids it only for grey).
      if (header.colourType !== 3 || found.palette || found.pixels.length > 0) return unreadable((w) => w.pngPaletteMisplaced);
      if (length === 0 || length % 3 !== 0 || length / 3 > 2 ** header.depth) return unreadable((w) => w.pngPaletteSize(length));
      found.palette = body;
    }
    if (kind === 'tRNS') {
      const expected = header.colourType === 0 ? 2 : header.colourType === 2 ? 6 : null;
      const fits = header.colourType === 3 ? found.palette !== null && length <= found.palette.length / 3 : length === expected;
      if (found.transparency || found.pixels.length > 0 || !fits) return unreadable((w) => w.pngTransparencyMisplaced);
      found.transparency = body;
    }
    if (kind === 'IDAT') found.pixels.push(body);
    at += 12 + length;
  }
  if (header.colourType === 3 && !found.palette) return unreadable((w) => w.pngNoPalette);
  if (found.pixels.length === 0) return unreadable((w) => w.pngNoPixels);
  return found;
}

/** The PNG's size when png-js can decode it whole; otherwise why not. */
export function checkPng(data: Buffer): ImageCheck {
  const chunks = readChunks(data);
  if ('ok' in chunks) return chunks;
  const { header } = chunks;
  const lines = scanlines(header);
  const expected = lines.reduce((sum, pass) => sum + pass.rows * (1 + pass.bytes), 0);
  let pixels: Buffer;
  try {
    // Never more than the image needs: 200 KiB of zlib can otherwise inflate to about 200 MB.
    pixels = inflateSync(Buffer.concat(chunks.pixels), { maxOutputLength: expected });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return unreadable((w) => w.pngPixelDataSize(expected, null));
    return unreadable((w) => w.pngPixelDataDamaged);
  }
  if (pixels.length !== expected) return unreadable((w) => w.pngPixelDataSize(expected, pixels.length));
  let at = 0;
  let row = 0;
  for (const pass of lines) {
    for (let r = 0; r < pass.rows; r++, row++) {
      const filter = pixels[at]!;
      if (filter > 4) return unreadable((w) => w.pngFilter(row + 1, filter));
      at += 1 + pass.bytes;
    }
  }
  return { ok: true, width: header.width, height: header.height };
}
