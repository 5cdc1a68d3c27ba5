// The words of the «Canali» page, in Italian.
import { CODE_VALID_DAYS, SCALE_OF_POINT } from '../../../server/contract/channel-points';
import { italianArticle } from '../../../server/contract/italian-articles';
import { TERMINAL_LANGUAGES } from '../../../server/contract/languages';
import type { AddressProblem } from '../../../server/contract/public-address';

export const C = {
  intro:
    'Oltre ai terminali, i cittadini possono dare un giudizio sul sito del comune, da un codice QR consegnato allo sportello, o al telefono. Tutti i giudizi finiscono negli stessi report, divisi per canale.',
  office: 'Ufficio',
  noOffices: 'Nessun ufficio da gestire con i tuoi ruoli.',
  service: 'Servizio',
  add: 'Aggiungi',
  adding: 'Aggiunta…',
  created: (when: string) => `creato ${italianArticle(when)}`,
  archivedOn: (when: string) => `archiviato ${italianArticle(when)}`,
  phoneTitle: 'Telefono',
  phoneIntro: 'A fine telefonata, chiedi a chi ha chiamato come valuta il servizio e registra qui la sua risposta (canale telefono).',
  phoneAdd: 'Attiva i giudizi telefonici',
  phoneFaces: 'Giudizio dato al telefono',
  phoneRecorded: (time: string, face: string, service: string) => `Registrato alle ${time}: ${face}, ${service}.`,
  phoneRecording: (face: string, service: string, seconds: number) => `${face}, ${service}: registrato tra ${seconds} ${seconds === 1 ? 'secondo' : 'secondi'}.`,
  phoneUndo: 'Annulla',
  phoneUndone: (face: string, service: string) => `Annullato: ${face}, ${service} non è stato registrato.`,
  webTitle: 'Valutazione sul sito web',
  webIntro:
    'Il riquadro «Quanto sono chiare le informazioni su questa pagina?» del modello dei siti dei Comuni (Designers Italia): da 1 a 5 stelle, la domanda che segue e un commento facoltativo. Incollalo nella pagina del servizio sul sito del comune.',
  webAdd: 'Crea il riquadro per il servizio',
  webTaken: 'Questo servizio ha già un riquadro, sopra: il suo codice si può incollare in tutte le pagine del sito che servono. Per crearne un altro, archivia prima quello.',
  webSnippet: 'Codice da incollare nella pagina del servizio',
  webArchiveAlso:
    'Il riquadro smetterà di funzionare sulle pagine del sito dove il suo codice è incollato: a chi prova a votare dirà che non è più attivo. Togli il codice da quelle pagine, o sostituiscilo con quello di un nuovo riquadro.',
  /** The collector's address in the box's code or the QR codes will not work for citizens (server/contract/public-address.ts). */
  addressWarning: (problem: AddressProblem, base: string, what: 'web' | 'qr') =>
    `${what === 'web' ? 'Il codice del riquadro' : 'I codici QR'} ${what === 'web' ? 'nomina' : 'nominano'} il collettore come ${base}, ${
      problem === 'private'
        ? `un indirizzo della rete interna: ${what === 'web' ? 'dal sito del comune' : 'dai telefoni dei cittadini'} non si raggiunge`
        : `senza https: ${what === 'web' ? 'il sito del comune, in https, lo blocca come contenuto misto' : 'i telefoni lo segnalano come non sicuro'}`
    }. Chiedi a chi gestisce il collettore di impostare PUBLIC_URL con il suo indirizzo pubblico https e di riavviarlo, poi ${what === 'web' ? 'copia il codice' : 'stampa i codici'}.`,
  qrTitle: 'Codici QR',
  qrIntro: `Fogli di codici da stampare e consegnare allo sportello: chi lo inquadra con il telefono dà un solo giudizio (${SCALE_OF_POINT.qr} faccine), contato con quelli dello sportello. Ogni codice vale una volta sola e scade dopo ${CODE_VALID_DAYS} giorni. La pagina che il codice apre parla la lingua del telefono, tra le ${TERMINAL_LANGUAGES.length} del terminale; i cartoncini sono in italiano e in una seconda lingua a scelta.`,
  qrAdd: 'Attiva i codici QR per il servizio',
  qrTaken: 'Questo servizio ha già i suoi codici QR, sopra: da lì se ne stampano quanti servono. Per attivarne altri, archivia prima quelli.',
  serviceHasOne: (name: string) => `${name} (ne ha già uno)`,
  qrCount: 'Quanti codici',
  qrIssue: 'Crea e stampa i codici',
  qrIssuing: 'Creazione…',
  qrSheetTitle: (service: string) => `Codici QR · ${service}`,
  qrSheetNote: (until: string) => `Ogni codice vale per un solo giudizio, entro ${italianArticle(until)}. I codici si vedono solo ora: stampali prima di lasciare la pagina.`,
  qrPrint: 'Stampa',
  qrSecond: 'Seconda lingua sui cartoncini',
  qrSecondNone: 'Nessuna: solo italiano',
  qrAlt: (n: number) => `Codice QR numero ${n}`,
  commentsTitle: 'Commenti dal web',
  commentsIntro: (days: number) =>
    `I commenti lasciati nel riquadro del sito, senza indirizzi e-mail né numeri di telefono (il collettore li toglie prima di salvarli). Restano visibili per ${days} giorni, poi vengono cancellati; stelle e risposte restano nei conteggi.`,
  commentsNone: 'Nessun commento.',
  commentsShown: (shown: number, total: number) =>
    shown >= total ? (total === 1 ? '1 commento.' : `${total.toLocaleString('it-IT')} commenti.`) : `I ${shown.toLocaleString('it-IT')} più recenti di ${total.toLocaleString('it-IT')} commenti.`,
  commentsOlder: 'Mostra i commenti precedenti',
  commentRedacted: 'contatti tolti',
  stars: (n: number) => `${n} ${n === 1 ? 'stella' : 'stelle'} su 5`,
  keepTitle: 'Per quanti giorni tenere i commenti',
  keepHint: (min: number, max: number) => `Da ${min} a ${max} giorni, per tutti gli uffici dell’amministrazione.`,
  keepSaved: 'Salvato.',
  none: 'Nessuno.',
} as const;

