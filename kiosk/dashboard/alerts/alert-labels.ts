// The Italian words of the alerts page: open alerts with their acknowledgement, and the rules editor.
import { italianArticle } from '../../../server/contract/italian-articles';
import { MAX_ACK_COMMENT } from '../../../server/contract/alert-kinds';
import type { AlertKind } from '../../../server/contract/alerts';
import { ALERT_SENTENCES } from '../../../server/contract/alert-sentences';

export const KIND_LABELS: Readonly<Record<AlertKind, string>> = {
  'negative-share': 'Troppi giudizi negativi',
  'low-index': 'Indice di soddisfazione basso',
  // Of the office (or its service), not of one terminal: a dead tablet beside a working one is the Terminali page's «silenzioso».
  silence: 'Nessun giudizio in orario',
  'charter-at-risk': 'Standard della carta a rischio',
};

export const KIND_HINTS: Readonly<Record<AlertKind, string>> = {
  'negative-share': 'Si apre quando la quota di negativi negli ultimi giudizi supera la soglia; si chiude quando scende sotto la seconda soglia, più bassa.',
  'low-index': 'Si apre quando l’indice (0-100) nelle ultime ore scende sotto la soglia; si chiude quando risale sopra la seconda soglia, più alta.',
  silence: 'Si apre dopo tante ore di apertura dell’ufficio (giorni di chiusura esclusi) senza un giudizio dai terminali dell’ufficio, per l’ufficio o per il servizio (quelli dal sito web, dai codici QR e dalla pagina del telefono non contano: non dicono che i terminali funzionano); si chiude al prossimo giudizio dai terminali. Serve l’orario di apertura dell’ufficio.',
  'charter-at-risk': 'Si apre quando, al ritmo del mese finora, il resto del mese dovrebbe andare meglio di quanto il mese è plausibilmente andato per rispettare lo standard.',
};

/**
 * Why a closed alert closed (the contract's closedBecause), after «Chiuso il …:». Only 'recovered' means the problem
 * went away, said per kind as its rule closes it; a deleted or changed rule says so, or it would read the same.
 */
export const CLOSED_BECAUSE: { readonly recovered: Readonly<Record<AlertKind, string>>; readonly 'rule-deleted': string; readonly 'rule-changed': string; readonly 'target-archived': string } = {
  recovered: {
    'negative-share': 'la quota di negativi è tornata sotto la soglia di chiusura',
    'low-index': 'l’indice è risalito sopra la soglia di chiusura',
    silence: 'è arrivato un giudizio',
    'charter-at-risk': 'lo standard della carta è di nuovo raggiungibile',
  },
  'rule-deleted': 'la regola è stata eliminata',
  'rule-changed': 'la regola è stata cambiata (tipo, ufficio o servizio)',
  'target-archived': 'l’ufficio, il servizio o l’amministrazione della regola è stato archiviato',
};

/** What an alert saw, per kind: the collector's own Italian sentences (its Italian e-mails say the same). A copy: the English catalogue is written over it. */
export const SEEN = { ...ALERT_SENTENCES.it };

export const L = {
  intro: 'Gli avvisi si aprono e si chiudono da soli secondo le regole; compaiono qui appena si aprono, senza ricaricare la pagina.',
  open: 'Avvisi aperti',
  openAndClosed: 'Avvisi aperti e chiusi',
  noneOpen: 'Nessun avviso aperto.',
  none: 'Nessun avviso, né aperto né chiuso.',
  showClosed: 'Mostra anche quelli chiusi',
  newestOnly: (n: number) => `Sono mostrati i ${n} avvisi più recenti: quelli più vecchi non sono in elenco.`,
  /** Said by screen readers (a polite live region) when an alert arrives over the live link: «Nuovo avviso: Troppi giudizi negativi · Negativi in sede». */
  newAlert: (kind: string, rule: string) => `Nuovo avviso: ${kind} · ${rule}`,
  statusOpen: 'Aperto',
  statusClosed: 'Chiuso',
  openedAt: 'Aperto il',
  closed: (when: string) => `Chiuso ${italianArticle(when)}`,
  where: 'Dove',
  what: 'Cosa',
  rule: 'Regola',
  acknowledged: (by: string, when: string) => `Confermato da ${by} il ${when}`,
  acknowledge: 'Conferma con un commento',
  comment: 'Commento',
  commentHint: `Cosa è stato fatto o trovato (al massimo ${MAX_ACK_COMMENT} caratteri): resta nel registro attività.`,
  send: 'Conferma l’avviso',
  sending: 'Invio…',
  cancel: 'Annulla',
  wholeAdministration: 'tutta l’amministrazione',
  everyOffice: 'tutti gli uffici',
  // Rules
  rules: 'Regole',
  noRules: 'Nessuna regola: nessun avviso si aprirà.',
  newRule: 'Nuova regola',
  name: 'Nome',
  kind: 'Tipo',
  office: 'Ufficio',
  service: 'Servizio',
  anyService: 'Tutti i servizi',
  noOffice: 'Tutti gli uffici',
  lastVotes: 'Ultimi giudizi considerati',
  openAbovePct: 'Si apre sopra (% negativi)',
  closeBelowPct: 'Si chiude sotto (% negativi)',
  windowHours: 'Finestra (ore)',
  minVotes: 'Giudizi minimi',
  openBelow: 'Si apre sotto (indice)',
  closeAbove: 'Si chiude sopra (indice)',
  hours: 'Ore di apertura senza giudizi',
  notifyEmail: 'Avvisa per e-mail gli amministratori dell’ente (non quelli dell’installazione), i responsabili dell’ufficio della regola, se ne indica uno, e chi ha creato la regola: solo chi ha l’account attivo',
  emailOffHint: 'L’invio di e-mail non è attivo su questo collettore: l’avviso compare sul cruscotto (e al webhook, se ne scegli uno). Per le e-mail chiedi al personale IT di attivarle.',
  emailLanguage: 'Lingua delle e-mail',
  webhook: 'Webhook',
  noWebhook: 'Nessuno',
  save: 'Salva la regola',
  saveChanges: 'Salva le modifiche',
  saving: 'Salvataggio…',
  edit: 'Modifica',
  editRule: (name: string) => `Modifica la regola «${name}»`,
  changedOn: (when: string) => `modificata ${italianArticle(when)}`,
  editNote: 'Se cambi tipo, ufficio o servizio, l’avviso aperto della regola si chiude: misurava un’altra cosa. Le altre modifiche lo lasciano aperto, e la prossima verifica usa le soglie nuove.',
  delete: 'Elimina',
  actions: 'Azioni',
  confirmDelete: (name: string) => `Eliminare la regola «${name}»? Il suo avviso aperto si chiude; lo storico resta.`,
  params: 'Soglie',
  notices: 'Notifiche',
  onlyDashboard: 'Solo cruscotto',
  emailTo: (n: number) => (n === 1 ? 'e-mail a 1 persona' : `e-mail a ${n} persone`),
  emailNobody: 'Nessuno riceverà l’e-mail: né amministratori né responsabili attivi, e chi ha creato la regola non è più attivo.',
  emailAnd: 'e-mail',
  // Why a rule does not judge now (the collector's judgement): a rule that only seems to watch is said so.
  waitingVotes: (votes: number, needed: number) => `Non valuta ancora: ${votes === 1 ? '1 giudizio' : `${votes} giudizi`} su ${needed} necessari. Finché non li ha, non si apre nessun avviso.`,
  noStandard: 'Non valuta: il servizio non ha uno standard della carta in vigore oggi.',
  noOpeningHours: 'Non valuta: l’ufficio non ha un orario di apertura, e il silenzio si conta nelle ore di apertura.',
  archivedTarget: { administration: 'Non valuta: l’amministrazione è archiviata.', office: 'Non valuta: l’ufficio è archiviato.', service: 'Non valuta: il servizio è archiviato.' } as Readonly<Record<'administration' | 'office' | 'service', string>>,
} as const;
