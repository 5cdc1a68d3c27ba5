// The page furniture of every PDF report: a header with the administration's logo and name, a footer
// with the page count, and a flow that starts a new page (with its header) before content runs off one.
import type { DrawableLogo } from './drawable-logo';
import { PAGE, unprintableIn, type Pdf } from './pdf-document';

export const COLORS = {
  text: '#1A1A1A',
  muted: '#5C6F82',
  faint: '#A3B1BF',
  rule: '#C5D0DB',
  band: '#E8EEF5',
  primary: '#0066CC',
  positive: '#00805A',
  neutral: '#D08C00',
  negative: '#C72F48',
  bars: '#B8CCE0',
} as const;

/** Colours of the faces, as the terminal draws them (kiosk/ui/faces): greens, amber, reds. */
export const FACE_COLORS: Readonly<Record<string, string>> = {
  ottimo: '#00593F',
  positivo: '#00805A',
  sufficiente: '#D08C00',
  negativo: '#C72F48',
  pessimo: '#8F1D2E',
};

export interface Branding {
  administration: string;
  /** PNG or JPEG bytes, checked on upload and again as read (drawable-logo.ts); null without one. */
  logo: DrawableLogo | null;
  /** What the document is, under the name: "Rapporto di gradimento · Sede municipale". */
  title: string;
  /** The period in words, on the right. */
  period: string;
  /** "Calcolato il ...": in every footer, so a printed page says how fresh it is. */
  computed: string;
  /** "Pagina 2 di 5", in every footer. */
  page: (n: number, of: number) => string;
  /** Under every footer when a name held characters the typeface lacks: how many, by their code points. */
  unprintable: (count: number, codePoints: string) => string;
}

export const LEFT = PAGE.margin;
export const RIGHT = PAGE.width - PAGE.margin;
export const WIDTH = RIGHT - LEFT;
const HEADER_TOP = 28;
const LOGO_BOX = { width: 110, height: 40 };
/** Where content starts under the header, and the lowest it may reach above the footer. */
export const CONTENT_TOP = 92;
export const CONTENT_BOTTOM = PAGE.height - 56;

/**
 * The logo, read once per document: pdfkit would embed a Buffer again on every page. openImage is
 * pdfkit's own (its ImagesMixin) but missing from @types/pdfkit, hence the narrow type here.
 */
type OpenedImage = { readonly width: number; readonly height: number };
const openedLogos = new WeakMap<Pdf, OpenedImage | null>();

function logoOf(doc: Pdf, logo: Buffer): OpenedImage | null {
  if (!openedLogos.has(doc)) {
    try {
      openedLogos.set(doc, (doc as unknown as { openImage(src: Buffer): OpenedImage }).openImage(logo));
    } catch {
      // Checked before it got here (drawable-logo.ts); should pdfkit still refuse it, the name alone heads the page.
      // Only what pdfkit throws at once lands here: png-js decodes later, in a callback, which is why the checks exist.
      openedLogos.set(doc, null);
    }
  }
  return openedLogos.get(doc)!;
}

function drawHeader(doc: Pdf, b: Branding): void {
  let textLeft = LEFT;
  const logo = b.logo && logoOf(doc, b.logo);
  if (logo) {
    try {
      doc.image(logo as unknown as Buffer, LEFT, HEADER_TOP, { fit: [LOGO_BOX.width, LOGO_BOX.height], valign: 'center' });
      textLeft = LEFT + LOGO_BOX.width + 12;
    } catch {
      // Checked on upload; should a stored image still fail to decode, the name alone heads the page.
    }
  }
  const periodWidth = 150;
  const textWidth = RIGHT - periodWidth - textLeft - 8;
  // One line each, cut with an ellipsis: a height of one line is what makes pdfkit cut instead of wrap.
  doc.font('bold').fontSize(12).fillColor(COLORS.text).text(b.administration, textLeft, HEADER_TOP + 4, { width: textWidth, height: 16, ellipsis: true });
  doc.font('regular').fontSize(9).fillColor(COLORS.muted).text(b.title, textLeft, HEADER_TOP + 21, { width: textWidth, height: 12, ellipsis: true });
  doc.font('semibold').fontSize(9).fillColor(COLORS.text).text(b.period, RIGHT - periodWidth, HEADER_TOP + 6, { width: periodWidth, align: 'right', lineBreak: false });
  doc.moveTo(LEFT, HEADER_TOP + 48).lineTo(RIGHT, HEADER_TOP + 48).lineWidth(0.75).strokeColor(COLORS.rule).stroke();
  doc.fillColor(COLORS.text).font('regular');
  doc.x = LEFT;
  doc.y = CONTENT_TOP;
}

/** The share of a page's content height below which a page counts as nearly empty (see `section`). */
const NEARLY_EMPTY = 0.2;

/** The content's position and page breaks. `page()` starts a page with its header. */
export class Flow {
  constructor(
    readonly doc: Pdf,
    readonly branding: Branding,
  ) {
    drawHeader(doc, branding);
  }

  get y(): number {
    return this.doc.y;
  }

  page(): void {
    this.doc.addPage();
    drawHeader(this.doc, this.branding);
  }

  /**
   * Where a part that deserves its own page starts (a service's, an office's): on a new page, unless
   * this one holds only a few lines carried over from the page before, which would otherwise stand
   * alone on a nearly empty sheet; then below them, after a gap.
   */
  section(): void {
    const used = this.doc.y - CONTENT_TOP;
    if (used > (CONTENT_BOTTOM - CONTENT_TOP) * NEARLY_EMPTY) this.page();
    else if (used > 0) this.doc.y += 18;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > CONTENT_BOTTOM) this.page();
  }

  gap(points: number): void {
    this.doc.y += points;
  }

  heading(text: string, size = 13): void {
    this.ensure(size * 3);
    this.doc.font('bold').fontSize(size).fillColor(COLORS.text).text(text, LEFT, this.doc.y, { width: WIDTH });
    this.doc.y += 3;
  }

  paragraph(text: string, options: { size?: number; color?: string; font?: 'regular' | 'semibold' | 'bold' } = {}): void {
    const size = options.size ?? 10;
    this.doc.font(options.font ?? 'regular').fontSize(size);
    this.ensure(this.doc.heightOfString(text, { width: WIDTH }) + 2);
    this.doc.fillColor(options.color ?? COLORS.text).text(text, LEFT, this.doc.y, { width: WIDTH });
    this.doc.fillColor(COLORS.text);
  }
}

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The footer of every page, written once all pages exist so each knows the total. */
export function drawFooters(doc: Pdf, b: Branding): void {
  const range = doc.bufferedPageRange();
  const unprintable = unprintableIn(doc);
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Text below the bottom margin would open a new page: the footer lives there, so lift the margin.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = PAGE.height - 36;
    doc.moveTo(LEFT, y - 6).lineTo(RIGHT, y - 6).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    doc.font('regular').fontSize(8).fillColor(COLORS.muted);
    doc.text(`gradimento · ${b.computed}`, LEFT, y, { width: WIDTH - 90, lineBreak: false, ellipsis: true });
    doc.text(b.page(i - range.start + 1, range.count), RIGHT - 90, y, { width: 90, align: 'right', lineBreak: false });
    // Named by code point (the characters themselves would print as nothing here too), the first six: two
    // lines at most, inside the page.
    if (unprintable.length > 0) doc.text(b.unprintable(unprintable.length, `${unprintable.slice(0, 6).map(codePoint).join(', ')}${unprintable.length > 6 ? ', …' : ''}`), LEFT, y + 10, { width: WIDTH });
    doc.page.margins.bottom = bottom;
  }
  doc.fillColor(COLORS.text);
}
