// Category labels (service and reason names) broken into lines that fit beside a horizontal bar chart, so a phone does not cut them.
import type { Scale } from 'chart.js';
import type { toFont as ToFont } from 'chart.js/helpers';

/**
 * Chart.js's font resolver, handed over by ./register.ts when Chart.js loads: a static import here
 * would pull Chart.js into the dashboard's first chunk, before anyone signs in. The callback below
 * only runs inside a chart, so it is always set by then.
 */
let toFont: typeof ToFont | null = null;
export function setFontResolver(resolver: typeof ToFont): void {
  toFont = resolver;
}

/** Line breaking at spaces, within `maxWidth` as `measure` tells; a word wider than a line is cut. Pure. */
export function wrapLabel(text: string, maxWidth: number, measure: (s: string) => number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined) <= maxWidth) line = joined;
    else {
      if (line) lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, maxLines);
  // What does not fit ends in an ellipsis: the tooltip and the table for screen readers have the whole name.
  const cut = lines.length > maxLines;
  return kept.map((l, i) => (cut && i === kept.length - 1 ? shorten(l, maxWidth, measure, true) : shorten(l, maxWidth, measure, false)));
}

function shorten(line: string, maxWidth: number, measure: (s: string) => number, always: boolean): string {
  if (!always && measure(line) <= maxWidth) return line;
  let s = line;
  while (s.length > 1 && measure(`${s}…`) > maxWidth) s = s.slice(0, -1);
  return `${s.trimEnd()}…`;
}

/**
 * Chart.js gives a vertical axis at most half the chart's width and cuts what is longer at the
 * canvas's edge. This tick callback breaks each label (or each line of a label given as lines) to
 * fit a little under that half, measured in the axis's own font, on every resize.
 */
export function fittedCategoryTicks(maxLines: number) {
  return function (this: Scale, value: string | number): string[] {
    const label = this.getLabelForValue(Number(value)) as unknown as string | string[];
    const ctx = this.ctx;
    ctx.save();
    if (toFont) ctx.font = toFont((this.options as { ticks?: { font?: Parameters<typeof ToFont>[0] } }).ticks?.font ?? {}).string;
    const measure = (s: string) => ctx.measureText(s).width;
    // 0.45 of the width, less the tick padding: under the half Chart.js allows, with room for the grid.
    const maxWidth = Math.max(60, this.chart.width * 0.45 - 16);
    const parts = Array.isArray(label) ? label : [label];
    const lines = parts.flatMap((part, i) => wrapLabel(part, maxWidth, measure, i === 0 ? maxLines : 1));
    ctx.restore();
    return lines;
  };
}
