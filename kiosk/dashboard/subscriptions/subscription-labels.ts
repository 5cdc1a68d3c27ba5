// The Italian words of the scheduled e-mail pages: one's own e-mails, an admin's list of who receives what, and the unsubscribe page.
import { SEND_HOUR } from '../../../server/contract/subscription-paths';
import type { Frequency, SubscriptionPause } from '../../../server/contract/subscriptions';

export const FREQUENCY_LABELS: Readonly<Record<Frequency, string>> = {
  daily: 'Giornaliera',
  weekly: 'Settimanale',
  monthly: 'Mensile',
};

/** "il report giornaliero": the adjective agrees with "report". */
export const REPORT_FREQUENCY: Readonly<Record<Frequency, string>> = {
  daily: 'giornaliero',
  weekly: 'settimanale',
  monthly: 'mensile',
};

/** When each e-mail arrives: the periods of server/subscriptions/periods.ts, at the contract's SEND_HOUR. */
export const FREQUENCY_HINTS: Readonly<Record<Frequency, string>> = {
  daily: `ogni mattina alle ${SEND_HOUR} (ora dell’ufficio), con il giorno prima`,
  weekly: 'il lunedì mattina, con la settimana prima (da lunedì a domenica)',
  monthly: 'il primo del mese, con il mese prima',
};

export const E = {
  intro: 'Ricevi per e-mail il report di un ufficio o di un’amministrazione: il riepilogo nel testo, il report completo in PDF allegato. Ogni e-mail ha un link per annullare l’iscrizione senza accedere.',
  emailOff: 'L’invio di e-mail non è attivo su questo collettore, quindi non è possibile iscriversi. Chiedi al personale IT di impostare SMTP_URL e MAIL_FROM.',
  sender: (from: string) => `Le e-mail partono da ${from}.`,
  mine: 'Le mie iscrizioni',
  noneMine: 'Non ricevi nessun report per e-mail.',
  /** Why a subscription sends nothing (the collector's `paused`), beside it: nobody should wait for e-mails that will not come. */
  paused: {
    'administration-archived': 'Sospesa: l’amministrazione è archiviata, non parte nessun report.',
    'office-archived': 'Sospesa: l’ufficio è archiviato, non parte nessun report.',
    'person-disabled': 'Sospesa: l’account di questa persona è disattivato, non parte nessun report.',
    'no-read-access': 'Sospesa: con i ruoli che ha ora questa persona non può leggere questo report, non parte nessun report.',
    'email-off': 'Sospesa: l’invio di e-mail è spento su questo collettore, non parte nessun report finché non viene riacceso.',
  } as Readonly<Record<SubscriptionPause, string>>,
  subscribe: 'Iscriviti',
  subscribing: 'Iscrizione…',
  report: 'Report',
  frequency: 'Frequenza',
  emailLanguage: 'Lingua delle e-mail',
  person: 'Persona',
  since: 'Dal',
  by: 'Iscritto da',
  actions: 'Azioni',
  stop: 'Annulla iscrizione',
  edit: 'Modifica',
  editMine: (report: string) => `Modifica l’iscrizione a «${report}»`,
  editFor: (person: string, report: string) => `Modifica l’iscrizione di ${person} a «${report}»`,
  editNote: 'Una nuova frequenza vale da subito: la prossima e-mail è il primo report della nuova frequenza, senza quelli prima. Il report e la persona restano.',
  saveChanges: 'Salva le modifiche',
  saving: 'Salvataggio…',
  cancel: 'Annulla',
  confirmStop: (report: string, frequency: string) => `Non ricevere più il report ${frequency} di «${report}»?`,
  confirmStopFor: (person: string, report: string) => `${person} non riceverà più il report di «${report}». Procedere?`,
  administrationReport: (name: string) => `${name} (tutta l’amministrazione)`,
  officeReport: (office: string, administration: string) => `${office} · ${administration}`,
  noReports: 'Non puoi leggere il report di nessun ufficio: nulla a cui iscriversi.',
  people: 'E-mail delle persone',
  peopleIntro: 'Iscrivi una persona dell’amministrazione al report di un ufficio o di tutta l’amministrazione: deve avere un ruolo che le permetta di leggerlo.',
  nonePeople: 'Nessuna persona di questa amministrazione riceve report per e-mail.',
  subscribePerson: 'Iscrivi la persona',
  choose: 'Scegli…',
  yourself: (email: string) => `${email} (tu)`,
  // The unsubscribe page, opened from an e-mail without signing in.
  unsubscribeTitle: 'Annulla l’iscrizione',
  checking: 'Verifica del link…',
  unsubscribeQuestion: (report: string, frequency: string) => `Vuoi smettere di ricevere il report ${frequency} di «${report}»?`,
  unsubscribeConfirm: 'Sì, annulla l’iscrizione',
  unsubscribed: (report: string, frequency: string) => `Fatto: non riceverai più il report ${frequency} di «${report}».`,
  alreadyUnsubscribed: (report: string, frequency: string) => `L’iscrizione al report ${frequency} di «${report}» era già stata annullata: non riceverai altre e-mail.`,
  toDashboard: 'Vai al cruscotto',
} as const;
