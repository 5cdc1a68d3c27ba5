// Small real PNG files for tests (a logo), written byte by byte: signature, IHDR, IDAT (zlib), IEND, each chunk
// with its CRC; and crafted ones, whole but wrong inside, as an attacker would write them (pngOf).
import { deflateSync } from 'node:zlib';

// Node 22 has zlib.crc32; Node 20, which the collector runs on, has not.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One chunk: length, type, data, and the CRC over type and data. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngParts {
  width: number;
  height: number;
  /** 2 RGB, 3 palette, 6 RGBA...; RGB unless said. */
  colourType?: number;
  /** 8 unless said. */
  depth?: number;
  /** 1: Adam7. */
  interlace?: number;
  palette?: Buffer;
  transparency?: Buffer;
  /** The scanlines, each with its filter byte first: deflated into one IDAT (none when null). */
  scanlines: Buffer | null;
}

/** A PNG from its parts, with correct CRCs, whatever the parts say. */
export function pngOf(p: PngParts): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(p.width, 0);
  ihdr.writeUInt32BE(p.height, 4);
  ihdr[8] = p.depth ?? 8;
  ihdr[9] = p.colourType ?? 2;
  ihdr[12] = p.interlace ?? 0;
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', ihdr),
    ...(p.palette ? [pngChunk('PLTE', p.palette)] : []),
    ...(p.transparency ? [pngChunk('tRNS', p.transparency)] : []),
    ...(p.scanlines ? [pngChunk('IDAT', deflateSync(p.scanlines))] : []),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** `height` scanlines of `bytes` bytes each (`fill` in every one), each behind the filter byte `filter`. */
export function scanlines(height: number, bytes: number, filter = 0, fill = 0x80): Buffer {
  const raw = Buffer.alloc(height * (1 + bytes), fill);
  for (let y = 0; y < height; y++) raw[y * (1 + bytes)] = filter;
  return raw;
}

/** An RGB PNG of `width` x `height` whose pixel colour comes from `colour(x, y)`. */
export function pngFile(width: number, height: number, colour: (x: number, y: number) => [number, number, number]): Buffer {
  const raw = scanlines(height, width * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set(colour(x, y), y * (width * 3 + 1) + 1 + x * 3);
  }
  return pngOf({ width, height, scanlines: raw });
}

/** A crest-like logo: a blue shield on white, 120 x 120. */
export const LOGO_PNG = pngFile(120, 120, (x, y) => (Math.abs(x - 60) < 40 - Math.max(0, y - 70) && y > 10 && y < 110 ? [0, 102, 204] : [255, 255, 255]));

/** What the audit found: a 2 x 2 RGBA PNG that inflates, with filter byte 9 on its rows, which png-js throws on in a zlib callback. */
export const FILTER_9_PNG = pngOf({ width: 2, height: 2, colourType: 6, scanlines: scanlines(2, 8, 9) });

/** A 4000 x 4000 RGBA PNG with 5 bytes of pixel data. */
export const SHORT_PIXELS_PNG = pngOf({ width: 4000, height: 4000, colourType: 6, scanlines: Buffer.from([0, 1, 2, 3, 4]) });

/** A palette PNG without its PLTE chunk. */
export const NO_PALETTE_PNG = pngOf({ width: 4, height: 4, colourType: 3, scanlines: scanlines(4, 4, 0, 0) });

/** A semi-transparent RGBA PNG, 24 x 12, with all five filter types: png-js decodes it in a callback to split off the alpha. */
export const RGBA_PNG = pngOf({ width: 24, height: 12, colourType: 6, scanlines: Buffer.concat(Array.from({ length: 12 }, (_, y) => scanlines(1, 24 * 4, y % 5, 0x40 + y))) });

/** A palette PNG, 16 x 8, 4 bits a pixel, two colours (the second half transparent): png-js decodes it for the tRNS. */
export const PALETTE_PNG = pngOf({ width: 16, height: 8, colourType: 3, depth: 4, palette: Buffer.from([0, 102, 204, 255, 255, 255]), transparency: Buffer.from([255, 128]), scanlines: scanlines(8, 8, 0, 0x01) });
