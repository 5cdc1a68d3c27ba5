// The public transparency page of one administration: plain HTML, Italian, no script; the figures of its last 12 complete months.
import { italianArticle } from '../../contract/italian-articles';
import type { OpenDataRow } from '../../contract/public-page-schemas';
import type { PublicFigures } from '../data/build-open-data';
import type { PublishedPage } from '../settings';
import { count, indexText, monthLong, percent, votesText, whenLong } from './format';
import { html, type Html } from './html';
import { CHANNEL_NAMES, channelTable, monthTable, WITHOUT_FIGURES } from './page-tables';

export interface PageLinks {
  stylesheet: string;
  csv: string;
  json: string;
  schema: string;
}

function summary(last: OpenDataRow): Html {
  const shown = last.status === 'published';
  const missing = shown ? '' : WITHOUT_FIGURES[last.status as Exclude<OpenDataRow['status'], 'published'>];
  const figure = (value: string) => (shown ? html`<p class="figure">${value}</p>` : html`<p class="figure na">${missing}</p>`);
  return html`<ul class="cards">
<li class="card"><p class="label">Giudizi positivi</p>${figure(shown ? percent(last.positiveShare!) : '')}<p class="detail">${shown ? `${count(last.positive!)} su ${votesText(last.votes)}` : votesText(last.votes)}</p></li>
<li class="card"><p class="label">Indice di soddisfazione</p>${figure(shown ? indexText(last.index!) : '')}<p class="detail">da 0 a 100</p></li>
<li class="card"><p class="label">Partecipazione</p>${
    last.participation === null
      ? html`<p class="figure na">non disponibile</p><p class="detail">nessun dato sulle persone servite</p>`
      : html`<p class="figure">${percent(last.participation)}</p><p class="detail">${count(last.servedVotes ?? 0)} giudizi su ${count(last.served ?? 0)} persone servite</p>`
  }</li>
</ul>`;
}

function legend(minSample: number): Html {
  return html`<dl class="legend">
<dt>Giudizi positivi</dt><dd>La quota di giudizi positivi (la faccina verde, o 4 e 5 stelle sul web) sul totale dei giudizi del mese.</dd>
<dt>Indice di soddisfazione</dt><dd>La media dei giudizi su una scala da 0 a 100: 100 se tutti danno il giudizio migliore, 50 se tutti danno il giudizio intermedio, 0 se tutti danno il peggiore.</dd>
<dt>Campione insufficiente</dt><dd>Con meno di ${count(minSample)} giudizi in un mese una percentuale dice poco: se ne mostra solo il numero.</dd>
<dt>Dato omesso</dt><dd>Un dato con abbastanza giudizi che non si pubblica perché, sottratto dal totale del mese, rivelerebbe un dato con campione insufficiente.</dd>
<dt>Partecipazione</dt><dd>I giudizi raccolti diviso le persone servite, nei giorni in cui l’ufficio ha registrato quante persone ha servito.</dd>
<dt>Canali</dt><dd>Sportello (compresi i totem all’ingresso degli uffici), telefono e web.</dd>
</dl>`;
}

export function renderPage(page: PublishedPage, figures: PublicFigures, links: PageLinks, generatedAt: Date): string {
  const { window, rows } = figures;
  const all = rows.filter((r) => r.group === 'all');
  const last = all.find((r) => r.month === window.to)!;
  const channelRows = rows.filter((r) => r.group === 'channel');
  const channels = Object.keys(CHANNEL_NAMES).filter((ch) => channelRows.some((r) => r.channel === ch && r.votes > 0));
  const title = `Soddisfazione degli utenti · ${page.name}`;

  const body = html`<!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${`Quanto sono soddisfatti i cittadini dei servizi di ${page.name}: giudizi positivi e indice di soddisfazione mese per mese, per servizio e per canale.`}">
<link rel="stylesheet" href="${links.stylesheet}">
<link rel="alternate" type="text/csv" href="${links.csv}" title="Dati aperti (CSV)">
<link rel="alternate" type="application/json" href="${links.json}" title="Dati aperti (JSON)">
</head>
<body>
<a class="skip" href="#contenuto">Vai al contenuto</a>
<header>
<div class="slim"><div class="container"><p>Trasparenza · Valutazione partecipativa dei servizi</p></div></div>
<div class="brand"><div class="container"><p class="ente">${page.name}</p><p class="tagline">Il giudizio dei cittadini sui servizi</p></div></div>
</header>
<main id="contenuto" class="container">
<h1>Soddisfazione degli utenti</h1>
<p class="lead">Dopo essere stati serviti, allo sportello, al telefono o sul web, i cittadini esprimono un giudizio. Qui i risultati mese per mese: per tutti i servizi, per canale e per servizio.</p>
<p class="meta">Periodo: da ${monthLong(window.from)} a ${monthLong(window.to)}, mesi interi. Dati letti ${italianArticle(whenLong(generatedAt))}.</p>
${page.note ? html`<aside class="note" aria-labelledby="nota"><h2 id="nota">Nota dell’amministrazione</h2><p>${page.note}</p></aside>` : ''}

<section aria-labelledby="sintesi">
<h2 id="sintesi">${monthLong(window.to)} in sintesi</h2>
${summary(last)}
</section>

<section aria-labelledby="mesi">
<h2 id="mesi">Tutti i servizi, mese per mese</h2>
${monthTable(`Tutti i servizi: giudizi per mese`, all)}
</section>

<section aria-labelledby="canali">
<h2 id="canali">Per canale</h2>
${
  channels.length === 0
    ? html`<p>Nessun giudizio nel periodo.</p>`
    : channels.length === 1
      ? html`<p>Tutti i giudizi del periodo vengono da un solo canale: ${CHANNEL_NAMES[channels[0]!]!.toLowerCase()}.</p>`
      : channelTable('Giudizi positivi per canale e mese', channelRows, channels)
}
</section>

<section aria-labelledby="servizi">
<h2 id="servizi">Per servizio</h2>
${figures.services.length === 0 ? html`<p>Nessun servizio ha ricevuto giudizi nel periodo.</p>` : ''}
<div class="services">
${figures.services.map(
  (s, i) => html`<section aria-labelledby="servizio-${i}">
<h3 id="servizio-${i}">${s.name}</h3>
${monthTable(`${s.name}: giudizi per mese`, rows.filter((r) => r.group === 'service' && r.serviceId === s.id))}
</section>
`,
)}</div>
${figures.servicesWithoutVotes.length ? html`<p class="also">Nessun giudizio nel periodo per: ${figures.servicesWithoutVotes.join(', ')}.</p>` : ''}
</section>

<section aria-labelledby="leggere">
<h2 id="leggere">Come leggere i dati</h2>
${legend(figures.minSample)}
</section>

<section aria-labelledby="dati-aperti">
<h2 id="dati-aperti">Dati aperti</h2>
<p>Gli stessi dati, con le stesse regole, da scaricare e riutilizzare con licenza <a href="${page.licence.url}" rel="license">${page.licence.name}</a>, citando ${page.name} come fonte.</p>
<ul class="downloads">
<li><a href="${links.csv}" download>Scarica i dati in CSV</a></li>
<li><a href="${links.json}" download>Scarica i dati in JSON</a></li>
<li><a href="${links.schema}">Schema dei dati (JSON Schema)</a></li>
</ul>
</section>
</main>
<footer>
<div class="container">
<p>${page.name} · Dati raccolti con gradimento, sistema aperto di rilevazione della soddisfazione.</p>
<p>Nessun dato personale: non si pubblicano nomi, commenti né risultati di singoli sportelli o dipendenti.</p>
</div>
</footer>
</body>
</html>
`;
  return body.text;
}
