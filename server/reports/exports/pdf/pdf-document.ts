// A pdfkit document set up the way every gradimento report is: A4, in its language, Titillium Web embedded, collected into a Buffer.
import { createRequire } from 'node:module';
// Types only here: pdfkit (about 25 MB once loaded, with its fonts' code) is loaded by the first
// document, not by every collector at start (docs/performance.md, idle sockets).
import type PDFKitDocument from 'pdfkit';

const require = createRequire(import.meta.url);

/**
 * Titillium Web, the Designers Italia typeface, whole (Google Fonts' files): a PDF has no fallback font, and
 * the web font's Latin subset lacks what names in Slovenian or Romanian need (č, š, ž, ș, ț) and "≥", which
 * it printed as nothing. Only the glyphs used are embedded.
 */
export const FONTS = {
  regular: require.resolve('@expo-google-fonts/titillium-web/400Regular/TitilliumWeb_400Regular.ttf'),
  semibold: require.resolve('@expo-google-fonts/titillium-web/600SemiBold/TitilliumWeb_600SemiBold.ttf'),
  bold: require.resolve('@expo-google-fonts/titillium-web/700Bold/TitilliumWeb_700Bold.ttf'),
} as const;
export type FontName = keyof typeof FONTS;

/** A4 in points, and the margins every page keeps. */
export const PAGE = { width: 595.28, height: 841.89, margin: 48 } as const;

export interface PdfInfo {
  /** The language of its text, a BCP 47 tag (/Lang: screen readers read it with that voice). */
  lang: string;
  title: string;
  author: string;
  subject: string;
}

export type Pdf = PDFKit.PDFDocument;

/** Characters a document drew that its typeface lacks: they print as nothing, so its footers say so (layout.ts). */
const UNPRINTABLE = new WeakMap<Pdf, Set<string>>();
export const unprintableIn = (doc: Pdf): string[] => [...(UNPRINTABLE.get(doc) ?? [])];

let covers: ((ch: string) => boolean) | undefined;
/** Whether the typeface has a character; the three weights share one set (tests/server/reports/exports/pdf). */
async function typefaceCovers(): Promise<(ch: string) => boolean> {
  if (!covers) {
    // fontkit is what pdfkit draws with: loaded with it, at the first document.
    const fontkit = await import('fontkit');
    const face = fontkit.openSync(FONTS.regular) as import('fontkit').Font;
    covers = (ch) => /\s/.test(ch) || face.hasGlyphForCodePoint(ch.codePointAt(0)!);
  }
  return covers;
}

/** A new A4 document with the fonts registered; `finish` ends it and resolves to its bytes. */
export async function newPdf(info: PdfInfo): Promise<{ doc: Pdf; finish: () => Promise<Buffer> }> {
  const { default: PDFDocument } = (await import('pdfkit')) as { default: typeof PDFKitDocument };
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    lang: info.lang,
    bufferPages: true,
    autoFirstPage: true,
    info: { Title: info.title, Author: info.author, Subject: info.subject, Creator: 'gradimento', Producer: 'gradimento' },
    displayTitle: true,
  });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);
  doc.font('regular');
  // Every text of the document is drawn through here: a character the typeface lacks is noted.
  const covered = await typefaceCovers();
  const missing = new Set<string>();
  UNPRINTABLE.set(doc, missing);
  const draw = doc.text.bind(doc) as (...args: unknown[]) => Pdf;
  doc.text = ((text: unknown, ...rest: unknown[]) => {
    if (typeof text === 'string') for (const ch of text) if (!covered(ch)) missing.add(ch);
    return draw(text, ...rest);
  }) as Pdf['text'];
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    finish: () => {
      doc.end();
      return done;
    },
  };
}
