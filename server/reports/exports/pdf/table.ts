// A table drawn with pdfkit: a shaded header repeated on every page it spans, rows as tall as their text, small samples greyed.
import { COLORS, CONTENT_BOTTOM, LEFT, WIDTH, type Flow } from './layout';

export interface PdfColumn<R> {
  header: string;
  /** Share of the table's width (the columns' weights are scaled to fill it). */
  weight: number;
  align?: 'left' | 'right' | 'center';
  text: (row: R) => string;
  /** A colour for this cell (a verdict in red, say). */
  color?: (row: R) => string | undefined;
  bold?: boolean;
}

export interface TableOptions<R> {
  size?: number;
  /** Rows drawn in grey: small samples, shown but not to be read as results. */
  muted?: (row: R) => boolean;
}

const PAD_X = 4;
const PAD_Y = 3;

export function drawTable<R>(flow: Flow, columns: readonly PdfColumn<R>[], rows: readonly R[], options: TableOptions<R> = {}): void {
  const { doc } = flow;
  const size = options.size ?? 9;
  const total = columns.reduce((n, c) => n + c.weight, 0);
  const widths = columns.map((c) => (c.weight / total) * WIDTH);
  const xs = widths.map((_, i) => LEFT + widths.slice(0, i).reduce((a, b) => a + b, 0));

  const heightOf = (texts: readonly string[], font: string) => {
    doc.font(font).fontSize(size);
    return Math.max(...texts.map((t, i) => doc.heightOfString(t || ' ', { width: widths[i]! - 2 * PAD_X }))) + 2 * PAD_Y;
  };
  const headerTexts = columns.map((c) => c.header);
  const headerHeight = heightOf(headerTexts, 'semibold');

  const drawHeader = () => {
    const y = doc.y;
    doc.rect(LEFT, y, WIDTH, headerHeight).fill(COLORS.band);
    doc.font('semibold').fontSize(size).fillColor(COLORS.text);
    columns.forEach((c, i) => doc.text(c.header, xs[i]! + PAD_X, y + PAD_Y, { width: widths[i]! - 2 * PAD_X, align: c.align ?? 'left' }));
    doc.y = y + headerHeight;
  };

  // The header never sits alone at the foot of a page.
  const firstRow = rows[0] ? heightOf(columns.map((c) => c.text(rows[0]!)), 'regular') : 0;
  flow.ensure(headerHeight + firstRow);
  drawHeader();
  for (const row of rows) {
    const texts = columns.map((c) => c.text(row));
    const height = heightOf(texts, 'regular');
    if (doc.y + height > CONTENT_BOTTOM) {
      flow.page();
      drawHeader();
    }
    const y = doc.y;
    const muted = options.muted?.(row) ?? false;
    columns.forEach((c, i) => {
      doc.font(c.bold ? 'semibold' : 'regular').fontSize(size).fillColor(muted ? COLORS.faint : (c.color?.(row) ?? COLORS.text));
      doc.text(texts[i]!, xs[i]! + PAD_X, y + PAD_Y, { width: widths[i]! - 2 * PAD_X, align: c.align ?? 'left' });
    });
    doc.moveTo(LEFT, y + height).lineTo(LEFT + WIDTH, y + height).lineWidth(0.4).strokeColor(COLORS.rule).stroke();
    doc.y = y + height;
  }
  doc.fillColor(COLORS.text);
  doc.x = LEFT;
  doc.y += 6;
}
