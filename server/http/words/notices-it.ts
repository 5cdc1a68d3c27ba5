// The collector's error answers in Italian about alerts, e-mail subscriptions, deliveries, channels and metrics (server/alerts, server/subscriptions, server/delivery, server/channels, server/metrics).
// The dashboard's own words: «regola di avviso», «iscrizione», «giudizio», «collettore», the «Canali» page's channel names.
import { fromTo, italianArticle } from '../../contract/italian-articles';
import type { NoticesWords } from './notices-en';

/** A channel point's kind as the «Canali» page names it. */
const CHANNEL: Readonly<Record<string, string>> = { web: 'Valutazione sul sito web', qr: 'Codici QR', phone: 'Telefono' };
const channel = (kind: string) => `«${CHANNEL[kind] ?? kind}»`;

export const NOTICES_IT: NoticesWords = {
  ruleMissing: 'Questa regola di avviso non esiste.',
  ruleInvalid: 'La regola non si può salvare così com’è. Vedi i problemi indicati.',
  ruleEmailOff: 'L’invio di e-mail non è attivo su questo collettore: chiedi al personale informatico di impostare SMTP_URL e MAIL_FROM, oppure salva la regola senza e-mail.',
  ruleNeedsPlace: 'indica un ufficio, un servizio o entrambi',
  closeBelowNotLower: 'deve essere minore della soglia «Si apre sopra» (openAbovePct): lo scarto tra le due soglie evita che un avviso si apra e si chiuda a ogni giudizio',
  closeAboveNotHigher: 'deve essere maggiore della soglia «Si apre sotto» (openBelow): lo scarto tra le due soglie evita che un avviso si apra e si chiuda a ogni giudizio',
  silenceNeedsOffice: 'il silenzio si conta nelle ore di apertura di un ufficio: indica l’ufficio',
  silenceNeedsHours: 'il silenzio si conta nelle ore di apertura, e questo ufficio non ne ha: impostale prima nella pagina Uffici',
  charterNeedsService: 'lo standard della carta è quello di un servizio: indica il servizio',
  noOfficeHere: (id: string) => `nessun ufficio «${id}» in questa amministrazione`,
  officeIsArchived: 'l’ufficio è archiviato',
  noServiceHere: (id: string) => `nessun servizio «${id}» in questa amministrazione`,
  serviceIsArchived: 'il servizio è archiviato',
  noWebhookHere: (id: string) => `nessun webhook «${id}» in questa amministrazione`,
  alertMissing: 'Questo avviso non esiste.',
  alertAcknowledged: 'Questo avviso è già stato confermato: il suo commento resta come è stato scritto.',
  ackCommentEmpty: 'Scrivi che cosa è stato fatto o trovato: il commento è vuoto.',
  onlySpaces: 'contiene solo spazi',

  reportUnnamed: 'Indica il report: officeId (un ufficio) oppure administrationId (un’amministrazione), non entrambi.',
  reportNamedTwice: 'indica officeId oppure administrationId, non entrambi',
  reportNameRequired: 'serve officeId oppure administrationId',
  personMissing: 'Questa persona non esiste.',
  noPerson: (id: string) => `nessuna persona «${id}»`,
  personDisabled: 'L’account di questa persona è disattivato.',
  personAccountDisabled: 'l’account è disattivato',
  personMayNotRead: 'Questa persona non può leggere questo report: assegnale prima un ruolo che lo consenta.',
  personNotManaged: 'Questa persona non è tra quelle che gestisci (ha ruoli oltre ciò che amministri): può iscriversi da sé nella pagina E-mail.',
  notManagedHere: 'non è una persona che gestisci',
  mayNotReadReport: 'non può leggere questo report',
  subscribeEmailOff: 'L’invio di e-mail non è attivo su questo collettore: chiedi al personale informatico di impostare SMTP_URL e MAIL_FROM (vedi il README), poi ripeti l’iscrizione.',
  changeEmailOff: 'L’invio di e-mail non è attivo su questo collettore: chiedi al personale informatico di impostare SMTP_URL e MAIL_FROM (vedi il README), poi modifica l’iscrizione.',
  officeNotOfAdministration: 'L’ufficio non appartiene a questa amministrazione.',
  ownSubscriptionMissing: 'Questa iscrizione non risulta tra le tue e-mail.',
  subscriptionMissing: 'Questa iscrizione e-mail non esiste.',
  subscriptionGone: 'Questa iscrizione e-mail non esiste più.',
  unsubscribeLinkInvalid: 'Questo link per annullare l’iscrizione non è valido: copialo per intero dall’e-mail, oppure accedi e annulla l’iscrizione da «Le mie e-mail».',
  unsubscribeTokenInvalid: 'non è un token valido per annullare l’iscrizione',
  unsubscribeTokenMissing: 'Invia il token del link per annullare l’iscrizione.',
  isRequired: 'è obbligatorio',
  receivesAlready: 'Questa persona riceve già questo report con questa frequenza.',
  receivesAtThatFrequency: 'Questa persona riceve già questo report con quella frequenza: annulla quell’iscrizione, oppure scegli un’altra frequenza.',
  reportOwed: (from: string, to: string, more: number) =>
    `Il report ${from === to ? italianArticle(from, 'di') : fromTo(from, to)} è da inviare e non è ancora partito${more === 0 ? '' : more === 1 ? ' (insieme a un altro)' : ` (insieme ad altri ${more})`}: partirà entro 10 minuti. Cambia la frequenza dopo l’invio, perché non vada perso.`,

  webhookNotCreated: 'Il webhook non è stato creato: vedi i problemi indicati.',
  notAUrl: (written: string) => `«${written}» non è un URL: scrivilo per intero, ad esempio https://hooks.example.it/gradimento`,
  urlScheme: (protocol: string) => `deve iniziare con https:// (o http://), non con ${protocol}//`,
  urlCredentials: 'non deve contenere utente o password: è la firma a provare che la chiamata viene dal collettore',
  urlAddressForbidden: (host: string, address: string, always: boolean) =>
    `non deve portare in una rete privata o locale: ${host === address ? address : `${host} corrisponde a ${address}`}, ${always ? 'un indirizzo di loopback, link-local o riservato, che i webhook non raggiungono mai' : 'che questa installazione non permette ai webhook di raggiungere (WEBHOOK_PRIVATE_NETWORKS): indica un indirizzo pubblico, oppure chiedi a chi amministra l’installazione'}`,
  webhookDeleted: 'Questo webhook è stato eliminato.',
  deliveryNotFailed: (sent: boolean) => `Questo messaggio ${sent ? 'è già stato inviato' : 'è ancora in corso di invio'}: si può inviare di nuovo solo un messaggio non riuscito.`,
  deliveryRecipientRefused: (recipient: string, why: 'disabled' | 'no-read-access') =>
    why === 'disabled'
      ? `${recipient} è stato disattivato o rimosso dopo che il messaggio era in coda: non si invia di nuovo.`
      : `${recipient} non può più leggere questi report (i suoi ruoli sono cambiati): non si invia di nuovo.`,
  deliveryUnsubscribed: 'Questo report era per un’iscrizione annullata: chi l’ha annullata ha chiesto di non ricevere più e-mail, quindi non si invia di nuovo.',

  pointMissing: 'Questo punto del canale non esiste.',
  codesForQrOnly: (kind: string) => `Questo è un punto del canale ${channel(kind)}: i codici sono solo per i punti del canale ${channel('qr')}.`,
  pointArchived: (day: string) => `Questo punto è stato archiviato ${italianArticle(day)}: non accetta più giudizi.`,
  codeUnknown: 'Questo codice non è valido: verifica di aver inquadrato il codice QR per intero.',
  codeUsed: 'Questo codice è già stato usato: ogni codice vale per un solo giudizio.',
  codeExpired: 'Questo codice è scaduto: chiedine uno nuovo allo sportello.',
  codeWithdrawn: 'Questo codice non vale più: l’ufficio ha ritirato questi codici (il loro punto, il servizio o l’ufficio è archiviato). Chiedine uno nuovo allo sportello.',
  pointInvalid: 'Il punto del canale non è valido: vedi i problemi indicati.',
  phonePointNoService: 'un punto del canale «Telefono» non ha un servizio proprio: l’operatore sceglie il servizio di ogni telefonata',
  pointNeedsService: (kind: string) => `un punto del canale ${channel(kind)} valuta un solo servizio: indicalo`,
  serviceNotOfAdministration: (id: string) => `il servizio «${id}» non è di questa amministrazione`,
  serviceIdArchived: (id: string) => `il servizio «${id}» è archiviato`,
  pointTaken: (kind: string, service: string | null, id: string) =>
    kind === 'phone'
      ? `Questo ufficio ha già un punto del canale ${channel(kind)} (${id}): tutti gli operatori vi registrano i giudizi telefonici. Usa quello, oppure archivialo prima.`
      : `Questo ufficio ha già un punto del canale ${channel(kind)} per «${service}» (${id}): ${kind === 'qr' ? 'da lì si stampano tutti i fogli di codici che servono' : 'il suo codice si può incollare in tutte le pagine che servono'}. Usa quello, oppure archivialo prima.`,
  pointTakenBy: (id: string) => `ha già un punto attivo in questo ufficio: ${id}`,
  formInactive: 'Questo modulo di valutazione non è (o non è più) attivo: l’amministrazione potrebbe averlo rimosso.',
  phoneServiceGone: 'Il servizio non è tra quelli che questa amministrazione offre ancora: vedi i problemi indicati.',
  serviceUnknownOrArchived: (id: string) => `il servizio «${id}» non esiste o è archiviato in questa amministrazione`,
  tooManyRatings: (max: number, windowMinutes: number, minutes: number) => `Più di ${max} valutazioni da questo indirizzo in ${windowMinutes} minuti: riprova tra ${minutes} min.`,
  answerNotAsked: 'La risposta non è tra quelle della domanda posta per questo numero di stelle: vedi i problemi indicati.',
  answerOfOtherQuestion: (stars: number, question: string, answers: readonly string[]) =>
    `dopo ${stars} ${stars === 1 ? 'stella' : 'stelle'} la domanda è «${question}»: una tra ${answers.join(', ')}`,
  ratingIdTaken: 'Con questo identificativo è già stata registrata un’altra valutazione: questa non è stata registrata. Una valutazione cambiata dopo l’invio non si registra di nuovo; una nuova valutazione vuole un nuovo identificativo.',

  metricsClosed: 'Le metriche sono accessibili solo da questa macchina, oppure con "Authorization: Bearer <METRICS_TOKEN>" (imposta METRICS_TOKEN sul collettore).',
};
