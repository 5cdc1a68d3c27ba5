// The words of the «Pagina pubblica» page, in Italian, and the embed snippets a comune pastes into its website.
import { BADGE_SIZE, PAGE_MONTHS } from '../../../server/contract/public-page';
import type { AddressProblem } from '../../../server/contract/public-address';

export const P = {
  intro:
    `La pagina della trasparenza mostra a chiunque, senza accesso, i risultati dell’amministrazione degli ultimi ${PAGE_MONTHS} mesi completi: per mese, per servizio e per canale, con i dati aperti da scaricare e un badge da mettere sul sito del comune. Risponde alle linee guida sulla valutazione partecipativa del Dipartimento della Funzione Pubblica, che chiedono di pubblicare i risultati.`,
  privacy: 'Non contiene dati personali: niente nomi, uffici, sportelli, terminali né commenti. I mesi con pochi giudizi mostrano «campione insufficiente» al posto delle percentuali.',
  settingsTitle: 'Impostazioni',
  enabled: 'Pubblica la pagina della trasparenza',
  enabledHint: 'Finché non è pubblicata, la pagina, i dati e il badge rispondono come un indirizzo inesistente.',
  licence: 'Licenza dei dati aperti',
  licenceHint: 'CC BY 4.0 è la licenza consigliata da AgID: chiunque può riutilizzare i dati citando l’amministrazione.',
  note: 'Nota per i cittadini (facoltativa)',
  noteHint: (used: number, max: number) => `Testo semplice, mostrato in evidenza sulla pagina: per esempio come e dove si raccolgono i giudizi. ${used} di ${max} caratteri.`,
  saved: 'Impostazioni salvate.',
  savedAt: (when: string, by: string | null) => (by ? `Ultima modifica ${when}, di ${by}.` : `Ultima modifica ${when}.`),
  neverSaved: 'Mai pubblicata.',
  statusOn: 'Pubblicata',
  statusOff: 'Non pubblicata',
  linksTitle: 'Indirizzi',
  linksOff: 'La pagina non è pubblicata: questi indirizzi risponderanno solo dopo averla pubblicata.',
  // The channels' warning (channels-labels.ts, addressWarning), for the page's links, badge and embed code.
  addressWarning: (problem: AddressProblem, base: string) =>
    `Questi indirizzi e il codice da inserire nel sito nominano il collettore come ${base}, ${
      problem === 'private'
        ? 'un indirizzo della rete interna: dai telefoni dei cittadini e dal sito del comune non si raggiunge'
        : 'senza https: il sito del comune, in https, blocca il badge e il riquadro come contenuto misto, e i browser segnalano la pagina come non sicura'
    }. Chiedi a chi gestisce il collettore di impostare PUBLIC_URL con il suo indirizzo pubblico https e di riavviarlo, poi copia gli indirizzi e il codice.`,
  page: 'Pagina pubblica',
  csv: 'Dati aperti in CSV',
  json: 'Dati aperti in JSON',
  schema: 'Schema dei dati (JSON Schema)',
  badge: 'Badge (immagine SVG)',
  newTab: '(si apre in una nuova scheda)',
  badgePreview: 'Anteprima del badge',
  embedTitle: 'Da inserire nel sito del comune',
  embedIntro: 'Copia il codice e incollalo nella pagina del sito (per esempio in «Amministrazione trasparente» o nel piè di pagina).',
  embedBadge: 'Badge con collegamento alla pagina',
  embedPage: 'Pagina intera in un riquadro (iframe)',
  copy: 'Copia',
  copied: 'Copiato negli appunti.',
  notCopied: 'Copia non riuscita: seleziona il testo e copialo a mano.',
} as const;

// The snippets stay Italian whatever the dashboard's language: they go on the comune's website, around
// the public page and the badge, which are Italian too (so i18n/en/admin/public-page-labels.ts has no words for them).

/** The badge as a link to the page: the image's alt text says where the link goes, whatever month it shows. */
export function badgeSnippet(name: string, links: { page: string; badge: string }): string {
  return `<a href="${links.page}"><img src="${links.badge}" width="${BADGE_SIZE.width}" height="${BADGE_SIZE.height}" alt="Soddisfazione degli utenti di ${escapeAttribute(name)}: vedi i risultati"></a>`;
}

/** The page in an iframe: its own title for screen readers, no border, as tall as a long page needs. */
export function pageSnippet(name: string, links: { page: string }): string {
  return `<iframe src="${links.page}" title="Soddisfazione degli utenti di ${escapeAttribute(name)}" width="100%" height="900" style="border:0" loading="lazy"></iframe>`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
