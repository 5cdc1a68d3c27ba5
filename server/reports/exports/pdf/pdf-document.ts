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
