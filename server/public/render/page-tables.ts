// The public page's tables: one administration's months (all services, each service) and its channels, suppressed cells in words.
import type { OpenDataRow } from '../../contract/public-page-schemas';
import { count, indexText, monthLong, percent, votesText } from './format';
import { html, type Html } from './html';

/** What a cell without figures says instead (docs/metrics.md, "Public page"). */
export const WITHOUT_FIGURES: Readonly<Record<Exclude<OpenDataRow['status'], 'published'>, string>> = {
  'small-sample': 'campione insufficiente',
  withheld: 'dato omesso',
  'no-votes': 'nessun giudizio',
};

export const CHANNEL_NAMES: Readonly<Record<string, string>> = { sportello: 'Sportello', telefono: 'Telefono', web: 'Web' };

/** Newest month first: the month a visitor comes for is on top. */
const newestFirst = (rows: readonly OpenDataRow[]) => [...rows].sort((a, b) => b.month.localeCompare(a.month));

function participationCell(r: OpenDataRow): Html {
  if (r.participation === null || r.served === null) return html`<td class="na">non disponibile</td>`;
  return html`<td>${percent(r.participation)}<span class="n">${count(r.servedVotes ?? 0)} su ${count(r.served)} persone servite</span></td>`;
}

/** Share positive and index, or one cell saying why they are not shown. */
function figureCells(r: OpenDataRow): Html {
  if (r.status !== 'published') return html`<td class="na" colspan="2">${WITHOUT_FIGURES[r.status]}</td>`;
  return html`<td>${percent(r.positiveShare!)}</td><td>${indexText(r.index!)}</td>`;
}

/** A scrollable box a keyboard can reach too (axe: scrollable-region-focusable). */
function scrollBox(label: string, table: Html): Html {
  return html`<div class="table-wrap" role="region" aria-label="${label}" tabindex="0">${table}</div>`;
}

/** Months as rows: votes, share positive, index, and participation where any month has it. */
export function monthTable(caption: string, rows: readonly OpenDataRow[]): Html {
  const withParticipation = rows.some((r) => r.participation !== null);
  const table = html`<table>
<caption>${caption}</caption>
<thead><tr><th scope="col">Mese</th><th scope="col">Giudizi</th><th scope="col">Positivi</th><th scope="col">Indice</th>${withParticipation ? html`<th scope="col">Partecipazione</th>` : ''}</tr></thead>
<tbody>
${newestFirst(rows).map(
  (r) => html`<tr><th scope="row">${monthLong(r.month)}</th><td>${count(r.votes)}</td>${figureCells(r)}${withParticipation ? participationCell(r) : ''}</tr>
`,
)}</tbody>
</table>`;
  return scrollBox(caption, table);
}

/** Months as rows, one column per channel that has votes: share positive with its count. */
export function channelTable(caption: string, rows: readonly OpenDataRow[], channels: readonly string[]): Html {
  const months = [...new Set(newestFirst(rows).map((r) => r.month))];
  const cell = (r: OpenDataRow | undefined) => {
    if (!r || r.status === 'no-votes') return html`<td class="na">${WITHOUT_FIGURES['no-votes']}</td>`;
    const figure = r.status === 'published' ? percent(r.positiveShare!) : WITHOUT_FIGURES[r.status];
    return html`<td${r.status === 'published' ? '' : html` class="na"`}>${figure}<span class="n">${votesText(r.votes)}</span></td>`;
  };
  const table = html`<table>
<caption>${caption}</caption>
<thead><tr><th scope="col">Mese</th>${channels.map((ch) => html`<th scope="col">${CHANNEL_NAMES[ch] ?? ch}</th>`)}</tr></thead>
<tbody>
${months.map(
  (m) => html`<tr><th scope="row">${monthLong(m)}</th>${channels.map((ch) => cell(rows.find((r) => r.month === m && r.channel === ch)))}</tr>
`,
)}</tbody>
</table>`;
  return scrollBox(caption, table);
}
