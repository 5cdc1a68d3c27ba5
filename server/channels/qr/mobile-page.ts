// The page a QR code opens on a citizen's phone: three faces, one vote per code; plain HTML, its script and stylesheet from the collector.
import { html } from '../../public/render/html';

export interface MobileAssets {
  script: string;
  stylesheet: string;
}

/** Faces drawn with shape as well as colour (the mouth), each with its word: never colour alone. */
const FACES = [
  { id: 'positivo', label: 'Positivo', colour: '#00804d', mouth: 'M8 14.5c1.2 1.6 2.5 2.3 4 2.3s2.8-.7 4-2.3' },
  { id: 'sufficiente', label: 'Sufficiente', colour: '#8a6d00', mouth: 'M8 15.5h8' },
  { id: 'negativo', label: 'Negativo', colour: '#b3261e', mouth: 'M8 17c1.2-1.6 2.5-2.3 4-2.3s2.8.7 4 2.3' },
] as const;

export function renderMobilePage(assets: MobileAssets): string {
  return html`<!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Valuta il servizio</title>
<link rel="stylesheet" href="${assets.stylesheet}">
<script src="${assets.script}" defer></script>
</head>
<body>
<main class="mobile" id="contenuto">
<p class="ente" data-field="administration"></p>
<h1 data-field="title">Valuta il servizio</h1>
<p class="servizio" data-field="where"></p>
<p class="stato" role="status" data-field="status">Un momento…</p>
<form class="facce" data-field="form" hidden>
<fieldset>
<legend>Come è andata?</legend>
${FACES.map(
  (f) => html`<button type="submit" name="face" value="${f.id}" class="faccia faccia-${f.id}" data-testid="face-${f.id}">
<svg viewBox="0 0 24 24" width="64" height="64" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10.5" fill="${f.colour}"/><circle cx="8.5" cy="9.5" r="1.4" fill="#fff"/><circle cx="15.5" cy="9.5" r="1.4" fill="#fff"/><path d="${f.mouth}" stroke="#fff" stroke-width="1.6" fill="none" stroke-linecap="round"/></svg>
<span>${f.label}</span>
</button>
`,
)}</fieldset>
</form>
<p class="nota">Il giudizio è anonimo: non chiediamo né conserviamo dati personali. Ogni codice vale per un solo giudizio.</p>
</main>
</body>
</html>
`.text;
}
