// The page a QR code opens on a citizen's phone: three faces, one vote per code, in the citizen's language; plain HTML, its script and stylesheet from the collector.
import { LANGUAGES, languageInfo, type TerminalLanguage } from '../../contract/languages';
import { html, Html } from '../../public/render/html';
import { LANGUAGE_PARAMETER, MOBILE_WORDS } from './mobile-words';

export interface MobileAssets {
  script: string;
  stylesheet: string;
}

/** Faces drawn with shape as well as colour (the mouth), each with its word: never colour alone. */
/**
 * The terminal's three faces and colours (green, yellow, red, each outlined in black as there), so a
 * citizen who has seen the terminal reads the phone alike; the features are dark on yellow and light on
 * the darker two, for contrast. The word under each face carries the meaning too.
 */
const FACES = [
  { id: 'positivo', colour: '#00804d', ink: '#fff', mouth: 'M8 14.5c1.2 1.6 2.5 2.3 4 2.3s2.8-.7 4-2.3' },
  { id: 'sufficiente', colour: '#f2c200', ink: '#1a1a1a', mouth: 'M8 15.5h8' },
  { id: 'negativo', colour: '#b3261e', ink: '#fff', mouth: 'M8 17c1.2-1.6 2.5-2.3 4-2.3s2.8.7 4 2.3' },
] as const;

/**
 * The words the script shows as the vote goes (status, thanks, refusals), as a data block: the
 * page's script is one file for every language, and a data block is not run, so the page's
 * content security policy (scripts from the collector only) still holds.
 */
function scriptWords(language: TerminalLanguage): Html {
  const w = MOBILE_WORDS[language];
  const { title, question, faces, note, languages, ...forScript } = w;
  const json = JSON.stringify({ language, ...forScript }).replace(/</g, '\\u003c');
  return new Html(`<script type="application/json" id="parole">${json}</script>`);
}

/** Each language named in itself; a link keeps the code (the script adds the address's fragment). */
function languageList(current: TerminalLanguage): Html {
  const w = MOBILE_WORDS[current];
  return html`<nav class="lingue" aria-label="${w.languages}" data-field="languages">
<details>
<summary>${w.languages}</summary>
<ul>
${LANGUAGES.map(
  (l) => html`<li><a href="?${LANGUAGE_PARAMETER}=${l.code}" hreflang="${l.htmlLang}" lang="${l.htmlLang}" data-language="${l.code}"${l.code === current ? new Html(' aria-current="true"') : ''}>${l.endonym}</a></li>
`,
)}</ul>
</details>
</nav>`;
}

export function renderMobilePage(assets: MobileAssets, language: TerminalLanguage): string {
  const w = MOBILE_WORDS[language];
  const info = languageInfo(language);
  return html`<!doctype html>
<html lang="${info.htmlLang}" dir="${info.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${w.title}</title>
<link rel="stylesheet" href="${assets.stylesheet}">
${scriptWords(language)}
<script src="${assets.script}" defer></script>
</head>
<body>
<main class="mobile" id="contenuto">
${languageList(language)}
<p class="ente" data-field="administration"></p>
<h1 data-field="title">${w.title}</h1>
<p class="servizio" data-field="where"></p>
<p class="stato" role="status" data-field="status">${w.loading}</p>
<form class="facce" data-field="form" hidden>
<fieldset>
<legend>${w.question}</legend>
${FACES.map(
  (f) => html`<button type="submit" name="face" value="${f.id}" class="faccia faccia-${f.id}" data-testid="face-${f.id}">
<svg viewBox="0 0 24 24" width="64" height="64" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10.5" fill="${f.colour}" stroke="#1a1a1a" stroke-width="1"/><circle cx="8.5" cy="9.5" r="1.4" fill="${f.ink}"/><circle cx="15.5" cy="9.5" r="1.4" fill="${f.ink}"/><path d="${f.mouth}" stroke="${f.ink}" stroke-width="1.6" fill="none" stroke-linecap="round"/></svg>
<span>${w.faces[f.id]}</span>
</button>
`,
)}</fieldset>
</form>
<p class="nota">${w.note}</p>
</main>
</body>
</html>
`.text;
}
