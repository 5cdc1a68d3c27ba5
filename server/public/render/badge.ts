// The embeddable badge: an administration's share of positive votes in one month, with its count, as a small SVG card for an <img>.
import { BADGE_SIZE } from '../../contract/public-page';
import type { OpenDataRow } from '../../contract/public-page-schemas';
import { monthLong, percent, votesText } from './format';
import { escapeHtml } from './html';

const { width: BADGE_WIDTH, height: BADGE_HEIGHT } = BADGE_SIZE;

/**
 * No <style>, no script, no external font: inside an <img> an SVG loads nothing, so the text uses
 * fonts every system has, and every colour is an attribute (the route's policy allows no inline CSS).
 * The words are laid out for the widest month name ("settembre") and five-digit counts.
 */
export function renderBadge(administrationName: string, month: string, cell: OpenDataRow): string {
  const shown = cell.status === 'published';
  const detail = shown ? votesText(cell.votes) : cell.votes > 0 ? `solo ${votesText(cell.votes)}` : 'nessun giudizio';
  const label = shown
    ? `${administrationName}, ${monthLong(month)}: ${percent(cell.positiveShare!)} di giudizi positivi su ${votesText(cell.votes)}`
    : `${administrationName}, ${monthLong(month)}: dati insufficienti (${detail})`;
  const e = escapeHtml;
  const font = `font-family="'Titillium Web', Verdana, 'DejaVu Sans', sans-serif"`;
  // tspans flow one after the other: no guess at how wide a font draws the percentage.
  const headline = shown
    ? `<tspan font-size="24" font-weight="700" fill="#004d99">${e(percent(cell.positiveShare!))}</tspan><tspan dx="6" font-size="12" fill="#17324d">giudizi positivi</tspan>`
    : `<tspan font-size="16" font-weight="700" fill="#5c6f82">dati insufficienti</tspan>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${BADGE_WIDTH}" height="${BADGE_HEIGHT}" viewBox="0 0 ${BADGE_WIDTH} ${BADGE_HEIGHT}" role="img" aria-label="${e(label)}">
<title>${e(label)}</title>
<rect x="1" y="1" width="${BADGE_WIDTH - 2}" height="${BADGE_HEIGHT - 2}" rx="4" fill="#ffffff" stroke="#0066cc" stroke-width="2"/>
<path d="M1 5a4 4 0 0 1 4-4h${BADGE_WIDTH - 10}a4 4 0 0 1 4 4v16H1z" fill="#0066cc"/>
<text x="10" y="15" ${font} font-size="12" font-weight="700" fill="#ffffff">Soddisfazione degli utenti</text>
<text x="10" y="47" ${font}>${headline}</text>
<text x="10" y="64" ${font} font-size="11" fill="#5c6f82">${e(`${monthLong(month)} · ${detail}`)}</text>
</svg>
`;
}
