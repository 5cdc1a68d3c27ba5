// Every word of the people-served page (grid, CSV import, queue-ticket systems) and of the API keys page, in Italian.
import { italianArticle } from '../../../server/contract/italian-articles';
import type { ContactChannel } from '../../../server/contract/channels';
import { MAX_SERVED_PER_DAY } from '../../../server/contract/limits';
import { formatNumber } from '../format';

// In Italian whatever the dashboard's locale: this table is the Italian text.
const MAX_SERVED = MAX_SERVED_PER_DAY.toLocaleString('it-IT');

export const S = {
  peopleServedIntro:
    'Quante persone ha servito l’ufficio, per servizio, canale e giorno. Con questi numeri il report calcola la partecipazione: giudizi ÷ persone servite, contando solo i giorni che hanno un numero. Accanto a ogni numero salvato compaiono i giudizi dello stesso giorno e la partecipazione che ne risulta.',
  noOfficesToFill: 'Nessun ufficio di cui puoi inserire le persone servite.',
  period: 'Periodo',
  week: 'Settimana',
  month: 'Mese',
  previousWeek: 'Settimana precedente',
  nextWeek: 'Settimana successiva',
  previousMonth: 'Mese precedente',
  nextMonth: 'Mese successivo',
  goToDay: 'Vai al giorno',
  channel: 'Canale',
  channelHint: 'Lo sportello comprende i giudizi dei terminali agli sportelli, del totem nell’atrio e dei codici QR.',
  day: 'Giorno',
  total: 'Totale del periodo',
  servedInput: (service: string, day: string, channel: string) => `${service}, ${day}, ${channel}: persone servite`,
  votes: (n: number) => (n === 1 ? '1 giudizio' : `${formatNumber(n)} giudizi`),
  people: (n: number) => (n === 1 ? '1 persona' : `${formatNumber(n)} persone`),
  participationShort: (pct: string) => `partecipazione ${pct}`,
  moreVotesThanServed: 'più giudizi che persone servite: controlla il numero',
  noFigures: 'nessun numero',
  notYet: 'non ancora',
  toSave: 'da salvare',
  servedInvalid: `Scrivi un numero intero da 0 a ${MAX_SERVED}, oppure lascia vuoto.`,
  noGridServices: 'Nessun servizio ha un terminale in questo ufficio né numeri nel periodo: aggiungi qui sotto i servizi di cui vuoi inserire le persone servite.',
  noLiveServices: 'L’amministrazione non ha ancora servizi attivi: creali nella pagina Servizi.',
  addGridService: 'Aggiungi un servizio alla griglia',
  chooseGridService: 'Scegli un servizio',
  changesCount: (n: number) => (n === 1 ? '1 modifica da salvare' : `${n} modifiche da salvare`),
  changesInChannel: (n: number) => `(${n} da salvare)`,
  saveFigures: 'Salva i numeri',
  discardChanges: 'Annulla le modifiche',
  noChanges: 'Nessuna modifica da salvare.',
  dirtyHint: 'Salva o annulla le modifiche prima di cambiare ufficio o periodo.',
  invalidCells: (n: number) => (n === 1 ? 'Una casella non contiene un numero valido: correggila prima di salvare.' : `${n} caselle non contengono un numero valido: correggile prima di salvare.`),
  figuresRefused: 'Nessun numero è stato salvato: correggi le caselle indicate e salva di nuovo.',
  figuresSaved: (stored: number, removed: number) => {
    const done = [stored === 0 ? '' : stored === 1 ? 'salvato 1 numero' : `salvati ${stored} numeri`, removed === 0 ? '' : removed === 1 ? 'tolto 1 numero' : `tolti ${removed} numeri`];
    const text = done.filter(Boolean).join(', ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  },
  leaveWithChanges: 'Ci sono persone servite non salvate: uscire comunque?',
  // CSV import
  importTitle: 'Importa da un file CSV',
  importIntro: (office: string) => `I numeri del file vanno all’ufficio «${office}». Ogni numero sostituisce quello già salvato per lo stesso servizio, canale e giorno.`,
  importFormat: 'Il file deve avere nella prima riga i nomi delle colonne, e poi una riga per servizio, canale e giorno:',
  importRules: [
    'giorno: 2026-03-31 oppure 31/03/2026, mai un giorno futuro;',
    'servizio: il nome del servizio (maiuscole o minuscole non contano) oppure il suo identificativo;',
    'canale: sportello, telefono o web; se la colonna manca o è vuota, sportello (una colonna dal nome quasi uguale, come «canali», fa rifiutare il file);',
    `persone: un numero intero da 0 a ${MAX_SERVED}.`,
  ],
  importSeparator: 'Separatore punto e virgola (come lo salva Excel in italiano) oppure virgola; codifica UTF-8 o quella di Excel per Windows. Se anche una sola riga è sbagliata non viene importato nulla, e ogni riga da correggere è indicata con il suo numero.',
  importTemplate: 'Scarica un modello con i servizi e i giorni mostrati',
  importFile: 'File CSV',
  importSubmit: 'Importa',
  importing: 'Importazione…',
  importChooseFile: 'Scegli prima un file CSV.',
  importTooLarge: (mb: number) => `Il file è troppo grande: al massimo ${mb} MB (circa 40.000 righe). Dividilo in più file.`,
  importRefused: 'Nessun numero è stato importato. Correggi nel file le righe indicate e importa di nuovo l’intero file:',
  importMoreProblems: (n: number) => (n === 1 ? 'e un altro problema.' : `e altri ${n} problemi.`),
  imported: (n: number, office: string) => `${n === 1 ? 'Importato 1 numero' : `Importati ${n} numeri`} per l’ufficio «${office}».`,
  importIgnored: (n: number) => (n === 1 ? 'Una colonna del file non è stata letta:' : `${n} colonne del file non sono state lette:`),
  ignoredColumn: (column: number, name: string) => (name ? `«${name}» (colonna ${column})` : `colonna ${column}, senza nome`),
  importIgnoredFix:
    'L’importazione legge solo le colonne giorno, servizio, canale e persone (una volta ciascuna). Se una di queste colonne doveva essere letta, correggi il suo nome nella prima riga e importa di nuovo il file (se mancava la colonna canale, i numeri sono stati salvati come sportello).',
  // Queue-ticket systems
  feedTitle: 'Invio automatico da un sistema eliminacode',
  feedText:
    'Un sistema eliminacode, o un altro programma dell’ente, può inviare questi numeri da solo e anche più volte al giorno: ogni invio sostituisce il numero precedente. Gli serve una chiave API dell’amministrazione, che un amministratore dell’ente crea nella pagina',
  feedKeysPage: 'Chiavi API',
  feedRequest: 'Il sistema invia i numeri con',
  feedHeader: 'e l’intestazione',
  feedDocs: 'La richiesta è descritta nel documento OpenAPI del collettore:',
  feedIds: 'Identificativi da usare nell’invio',
  feedOfficeId: 'Ufficio',
  // API keys
  apiKeysIntro:
    'Una chiave API permette a un sistema eliminacode, o a un altro programma dell’ente, di inviare le persone servite degli uffici di questa amministrazione senza accedere al cruscotto (PUT /api/v1/people-served, descritto in /api/openapi.json). Crea una chiave per ogni sistema, così puoi revocarne una senza fermare gli altri.',
  newApiKey: 'Nuova chiave API',
  apiKeyName: 'Nome della chiave',
  apiKeyNameHint: 'Chi la usa, per esempio «Eliminacode sede centrale».',
  createApiKey: 'Crea la chiave',
  noApiKeys: 'Nessuna chiave API: creane una per collegare un sistema eliminacode.',
  apiKeyCreated: (name: string) => `Chiave «${name}» creata`,
  apiKeyValue: 'Chiave API',
  apiKeyOnce: 'Copiala ora e inseriscila nel sistema che la userà: non verrà più mostrata. Se la perdi, revocala e creane una nuova.',
  copyKey: 'Copia la chiave',
  keyCopied: 'Chiave copiata negli appunti.',
  keyNotCopied: 'Copia non riuscita: seleziona la chiave e copiala con Ctrl+C.',
  keyStored: 'Ho copiato la chiave',
  createdBy: (when: string, who: string | null) => (who ? `${when}, da ${who}` : when),
  created: 'Creata',
  lastUsed: 'Ultimo uso',
  keyActive: 'attiva',
  keyRevoked: (when: string) => `revocata ${italianArticle(when)}`,
  confirmRevokeKey: (name: string) => `Revocare «${name}»? Smette subito di funzionare: il sistema che la usa non potrà più inviare numeri finché non riceve una chiave nuova.`,
} as const;

/** The contact channels people are served through (server/contract/channels.ts). */
export const CONTACT_CHANNEL_LABEL: Readonly<Record<ContactChannel, string>> = {
  sportello: 'Sportello',
  telefono: 'Telefono',
  web: 'Web',
};
