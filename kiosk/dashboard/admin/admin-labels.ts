// Every word of the management pages, in Italian, in one place.
import type { AddressProblem } from '../../../server/contract/public-address';
import type { AuditAction, AuditTarget } from '../../../server/contract/audit-actions';
import { italianArticle } from '../../../server/contract/italian-articles';
import { MAX_REASONS, MIN_PASSWORD_LENGTH } from '../../../server/contract/limits';
import { STAFF_PIN_MAX_DIGITS, STAFF_PIN_MIN_DIGITS } from '../../../server/contract/staff-pin';
import { formatNumber } from '../format';
import type { Role } from '../../../server/contract/auth';
import type { Weekday } from '../../../server/contract/admin';
import type { TerminalMode } from '../../../server/contract/terminal-config';

/** «lunedì, martedì e giovedì»: a short list as a sentence says it. */
const andList = (items: readonly string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} e ${items.at(-1)}`);

export const A = {
  administration: 'Amministrazione',
  chooseAdministration: 'Scegli l’amministrazione',
  wholeInstallation: 'Tutta l’installazione',
  noAdministrations: 'Nessuna amministrazione da gestire. Un amministratore dell’installazione può crearne una nella pagina Amministrazioni.',
  loading: 'Caricamento…',
  save: 'Salva',
  saving: 'Salvataggio…',
  saved: 'Modifiche salvate.',
  /** Said (politely) above a list once its form saved an item: the form is gone, and the focus back on the list. */
  savedItem: (name: string) => `Salvato: ${name}`,
  create: 'Crea',
  edit: 'Modifica',
  cancel: 'Annulla',
  close: 'Chiudi',
  name: 'Nome',
  archive: 'Archivia',
  archived: 'archiviato',
  showArchived: 'Mostra anche gli archiviati',
  confirm: 'Conferma',
  confirmArchive: (name: string) => `Archiviare «${name}»? Non comparirà più nelle scelte, ma i giudizi già raccolti restano nei report.`,
  administrationArchiveAlso: 'Con lei si archiviano i suoi uffici e terminali: i terminali smettono di raccogliere giudizi, e il sito, i codici QR e il telefono non ne accettano più. Il suo nome torna libero.',
  // What else stops with an archived office, service or terminal: said before, not found out after.
  archiveOfficeAlso: 'Anche i suoi terminali vengono archiviati e smettono di raccogliere giudizi; le regole di avviso su questo ufficio smettono di valutare.',
  archiveServiceAlso: 'I terminali non lo offrono più, e i suoi punti web e QR vengono archiviati (i codici QR stampati non valgono più); le sue regole di avviso smettono di valutare.',
  archiveTerminalAlso: (pending: number) =>
    `Il terminale smette di raccogliere giudizi e non potrà essere abbinato di nuovo.${
      pending > 0
        ? ` Secondo il suo ultimo segnale ha ancora ${pending === 1 ? '1 giudizio' : `${pending} giudizi`} da inviare: da archiviato non li invierà più. Aspetta che li invii, oppure revocalo invece di archiviarlo (i giudizi in coda partono quando lo abbini di nuovo).`
        : ''
    }`,
  actions: 'Azioni',
  none: '—',
  // Administrations
  administrationsTitle: 'Amministrazioni dell’installazione',
  administrationsIntro: 'Ogni amministrazione (comune, unione, ente del consorzio) vede solo i propri uffici, servizi, terminali e report.',
  newAdministration: 'Nuova amministrazione',
  noAdministrationsListed: 'Nessuna amministrazione ancora: creane una qui sopra.',
  rename: 'Rinomina',
  createdAt: 'Creata il',
  // Offices
  officesTitle: 'Uffici e sedi',
  newOffice: 'Nuovo ufficio',
  noOfficesListed: 'Nessun ufficio da mostrare: creane uno con «Nuovo ufficio».',
  address: 'Indirizzo',
  timeZone: 'Fuso orario',
  timeZoneHint: 'Per esempio Europe/Rome, l’ora italiana: decide il giorno e l’ora di ogni giudizio.',
  openingHours: 'Orario di apertura',
  closed: 'chiuso',
  // An office with no hours at all has not said when it opens: that is not the same as closed.
  hoursNotGiven: 'non indicato',
  addInterval: 'Aggiungi fascia',
  removeInterval: 'Togli fascia',
  intervalFrom: (day: string, n: number) => `${day}, fascia ${n}: dalle`,
  intervalTo: (day: string, n: number) => `${day}, fascia ${n}: alle`,
  copyMonday: 'Copia il lunedì sugli altri giorni feriali',
  holidays: 'Giorni di chiusura',
  holidaysHint: 'Festività e chiusure straordinarie dell’ufficio.',
  addHoliday: 'Aggiungi giorno',
  removeHoliday: (day: string) => `Togli ${day}`,
  noHolidays: 'Nessun giorno di chiusura.',
  // A slot the collector would refuse (kiosk/dashboard/admin/hours-problems.ts), said next to its day before saving.
  slotIncomplete: (n: number) => `Fascia ${n}: indica l’ora di inizio e quella di fine.`,
  slotBackwards: (n: number, from: string, to: string) => `Fascia ${n} (${from}–${to}): deve finire dopo l’inizio.`,
  slotOverlap: (n: number, from: string, to: string, otherFrom: string, otherTo: string) => `Fascia ${n} (${from}–${to}): si sovrappone alla fascia ${otherFrom}–${otherTo}.`,
  /** Next to the save button while a slot is wrong: the days to look at (Italian writes them lowercase mid-sentence). */
  hoursBlockSave: (days: readonly string[]) => `Per salvare, correggi l’orario di ${andList(days.map((d) => d.toLocaleLowerCase('it')))}: le fasce da correggere sono segnate.`,
  // Services
  servicesTitle: 'Servizi',
  servicesIntro:
    'I servizi offerti al pubblico. Lo standard della Carta dei servizi dice quale quota minima di giudizi positivi l’ente si impegna a raggiungere. Il report di ogni ufficio confronta ogni periodo con lo standard in vigore giorno per giorno e dice se è raggiunto o mancato: oltre il rumore statistico (intervallo di confidenza al 95%), oppure solo entro il margine di incertezza dovuto al numero di giudizi.',
  newService: 'Nuovo servizio',
  noServicesListed: 'Nessun servizio da mostrare: creane uno con «Nuovo servizio».',
  standard: 'Standard della Carta dei servizi',
  standardHint: 'Percentuale minima di giudizi positivi (0–100). Lascia vuoto se il servizio non ha uno standard.',
  standardShort: (pct: number) => `almeno ${pct}% positivi`,
  noStandard: 'nessuno standard',
  standardInvalid: 'Inserisci un numero intero da 0 a 100, oppure lascia vuoto.',
  standardFrom: 'In vigore dal',
  standardFromHint: 'Vale da quel giorno fino al cambio successivo dello storico; i giorni precedenti mantengono lo standard che avevano. Cambia la data solo se cambi lo standard o la sua decorrenza.',
  standardFromInvalid: 'Indica un giorno valido.',
  standardHistory: 'Storico dello standard',
  standardHistoryCount: (n: number) => (n === 1 ? 'Storico: 1 impostazione' : `Storico: ${n} impostazioni`),
  standardSince: 'Dal',
  standardSinceStart: 'dall’inizio',
  standardFromDay: (day: string) => italianArticle(day, 'da'),
  standardSetBy: 'Impostato da',
  standardInForce: 'in vigore',
  standardScheduled: 'programmato',
  standardNone: 'nessuno standard',
  // Reasons
  reasonsTitle: 'Motivazioni dei giudizi negativi',
  reasonsIntro:
    `Dopo un giudizio negativo il terminale chiede il motivo con queste voci, in quest’ordine (al massimo ${MAX_REASONS}). Togliere una voce la archivia: i giudizi che la citano restano nei report con la loro motivazione. Le modifiche arrivano ai terminali appena salvate.`,
  reasonLabel: (n: number) => `Motivazione ${n}`,
  dimension: 'Dimensione della qualità',
  noDimension: 'Nessuna (altro)',
  moveUp: 'Sposta su',
  moveDown: 'Sposta giù',
  remove: 'Togli',
  addReason: 'Aggiungi motivazione',
  saveReasons: 'Salva le motivazioni',
  tooManyReasons: `Al massimo ${MAX_REASONS} motivazioni.`,
  // Terminals
  terminalsTitle: 'Terminali',
  office: 'Ufficio',
  chooseOffice: 'Scegli l’ufficio',
  noOffices: 'Nessun ufficio in cui puoi gestire terminali.',
  noTerminals: 'Nessun terminale in questo ufficio.',
  newTerminal: 'Nuovo terminale',
  mode: 'Modalità',
  service: 'Servizio',
  services: 'Servizi, nell’ordine in cui il totem li propone',
  addService: 'Aggiungi servizio',
  noServicesYet: 'L’amministrazione non ha ancora servizi attivi: creane uno nella pagina Servizi.',
  chooseService: 'Scegli il servizio',
  // Next to «Crea» / «Salva» while the terminal has no service: what is missing, and where.
  noServiceChosen: (field: string) => `Manca il servizio: sceglilo in «${field}», più in alto.`,
  noServiceAdded: (add: string) => `Manca un servizio: aggiungine almeno uno con «${add}», più in alto.`,
  scale: 'Scala dei giudizi',
  minInterval: 'Intervallo minimo tra due tocchi (secondi)',
  minIntervalHint: 'Un tocco più ravvicinato al precedente è conservato ma non contato (0: nessun limite).',
  burstPerMinute: 'Tocchi contati al massimo in un minuto',
  burstPerMinuteHint: 'Oltre questo numero i tocchi dello stesso minuto sono conservati ma non contati. Il report dice quanti ne ha esclusi.',
  scaleOption: (n: number) => `${n} facce${n === 3 ? ' (Mettiamoci la faccia)' : ''}`,
  sound: 'Suono di conferma dopo ogni giudizio',
  soundHint: 'Un breve segnale acustico conferma al cittadino che il giudizio è stato registrato.',
  staffPin: 'PIN del personale (diagnostica)',
  staffPinHint: `Da ${STAFF_PIN_MIN_DIGITS} a ${STAFF_PIN_MAX_DIGITS} cifre. Sul terminale: cinque tocchi rapidi nell’angolo in alto a sinistra, poi il PIN, aprono la diagnostica (coda, ultimo invio, versione, invio forzato, nuovo abbinamento). Il collettore ne conserva solo un’impronta (hash), che invia anche al terminale: non usare un PIN già usato altrove. Lascia vuoto per non cambiarlo.`,
  staffPinSet: 'PIN impostato',
  staffPinNone: 'Nessun PIN: la diagnostica del terminale è chiusa.',
  staffPinRemove: 'Rimuovi il PIN',
  health: 'Salute',
  healthNever: 'Nessun segnale ricevuto',
  healthSilent: (when: string) => `Silenzioso: ultimo segnale ${when}`,
  healthAlive: (when: string) => `Ultimo segnale ${when}`,
  healthQueue: (pending: number, held: number) => `${pending} in coda${held > 0 ? `, ${held === 1 ? '1 trattenuto' : `${held} trattenuti`}` : ''}`,
  healthOldest: (when: string) => `il più vecchio ${italianArticle(when, 'di')}`,
  healthDelivery: (when: string) => `ultimo invio ${when}`,
  healthStorage: (freePct: number) => `spazio libero ${freePct}%`,
  healthStorageLow: (freePct: number) => `spazio quasi esaurito (${freePct}% libero)`,
  healthNotPersisted: 'archiviazione non persistente',
  healthHeld: (held: number) =>
    `${held === 1 ? '1 giudizio resta trattenuto' : `${held} giudizi restano trattenuti`} sul terminale: il motivo è nella sua diagnostica, da cui si riprovano quelli rifiutati dal collettore dopo aver corretto la configurazione`,
  healthVersion: (v: string) => `versione ${v}`,
  clockWrong: 'Orologio sbagliato',
  clockRedated: (count: number, days: number, when: string) =>
    `${count === 1 ? '1 giudizio ridatato' : `${formatNumber(count)} giudizi ridatati`} negli ultimi ${days} giorni, l’ultimo arrivato ${italianArticle(when)}.`,
  clockFix:
    'Imposta data e ora del terminale, o attiva data e ora automatiche. Intanto i suoi giudizi continuano ad arrivare, ma il collettore li conta nel giorno e nell’ora in cui arrivano, non in quelli in cui sono stati dati.',
  silentNote: (minutes: number) => `Un terminale in funzione manda un segnale ogni minuto; senza segnali da ${minutes} minuti è segnalato come silenzioso (spento, senza rete o bloccato).`,
  status: 'Stato',
  lastSeen: 'Ultimo contatto',
  never: 'mai',
  pair: 'Abbina',
  pairAgain: 'Nuovo codice',
  revoke: 'Revoca',
  confirmRevoke: (name: string) =>
    `Revocare «${name}»? Il terminale smette subito di inviare giudizi e mostra «non abilitato»; quelli in coda restano sul dispositivo e partiranno quando lo abbinerai di nuovo.`,
  pairingTitle: (name: string) => `Abbinamento di «${name}»`,
  pairingSteps: 'Sul nuovo terminale apri l’indirizzo qui sotto, o inquadra il codice QR: il terminale si abbina da solo. Aperto senza questo indirizzo, chiede il codice: scrivilo lì. Il codice vale una sola volta.',
  /** The pairing link names the collector by an address the tablet cannot use well (server/contract/public-address.ts). */
  pairingAddressWarning: (problem: AddressProblem, base: string) =>
    problem === 'this-machine'
      ? `L’indirizzo nomina il collettore come ${base}, cioè il computer su cui gira: il tablet non lo raggiunge. Apri il cruscotto dall’indirizzo del collettore nella rete dell’ufficio, o imposta PUBLIC_URL, e genera un nuovo codice.`
      : `L’indirizzo nomina il collettore come ${base}, senza https: il terminale si abbina e vota, ma il browser non installa la sua copia che funziona senza rete, e in un’interruzione della rete una ricarica della pagina lo lascia vuoto. Imposta PUBLIC_URL con un indirizzo https del collettore (docs/deploy.md).`,
  pairingExpiresIn: (mmss: string) => `Scade tra ${mmss}`,
  pairingExpired: 'Codice scaduto: generane uno nuovo.',
  pairingQrAlt: (name: string) => `Codice QR con l’indirizzo di abbinamento per ${name}`,
  pairingUrl: 'Indirizzo del terminale',
  paired: 'Terminale abbinato: è pronto a raccogliere giudizi.',
  // People
  peopleTitle: 'Persone',
  newPerson: 'Nuova persona',
  email: 'E-mail',
  roles: 'Ruoli',
  addRole: 'Aggiungi ruolo',
  removeRole: 'Togli ruolo',
  role: 'Ruolo',
  scopeOffice: 'Ufficio',
  wholeAdministration: 'Tutta l’amministrazione',
  // A role kept on a place archived since it was given: shown as it is, never offered for a new role.
  archivedAdministrationChoice: (name: string) => `${name} (archiviata)`,
  archivedOfficeChoice: (name: string) => `${name} (archiviato)`,
  initialPassword: 'Password iniziale',
  initialPasswordHint: `Almeno ${MIN_PASSWORD_LENGTH} caratteri. Comunicala alla persona per un canale sicuro: potrà cambiarla con «Cambia password».`,
  resetPassword: 'Imposta nuova password',
  newPassword: 'Nuova password',
  disable: 'Disattiva',
  enable: 'Riattiva',
  disabled: 'disattivata',
  active: 'attiva',
  lastSignIn: 'Ultimo accesso',
  confirmDisable: (name: string) => `Disattivare «${name}»? Non potrà più accedere e le sue sessioni aperte si chiudono subito.`,
  noRoleToGrant: 'Il tuo ruolo non consente di assegnare ruoli.',
  onlyWholly: 'Puoi modificare solo le persone i cui ruoli sono tutti nelle amministrazioni che gestisci.',
  // Audit
  auditTitle: 'Registro attività',
  auditIntro: 'Chi ha cambiato cosa: configurazione, persone, terminali. Il più recente in alto.',
  when: 'Quando',
  who: 'Chi',
  action: 'Azione',
  target: 'Oggetto',
  details: 'Dettagli',
  system: 'sistema',
  loadMore: 'Carica altri',
  auditEnd: 'Non ci sono altre attività.',
  noAudit: 'Nessuna attività registrata.',
} as const;

export const ROLE_LABEL: Readonly<Record<Role, string>> = {
  installation_admin: 'Amministratore dell’installazione',
  administration_admin: 'Amministratore dell’ente',
  office_manager: 'Responsabile d’ufficio',
  viewer: 'Consultazione report',
};

export const MODE_LABEL: Readonly<Record<TerminalMode, string>> = {
  counter: 'Sportello (un servizio)',
  totem: 'Totem (più servizi)',
};

export const WEEKDAY_LABEL: Readonly<Record<Weekday, string>> = {
  mon: 'Lunedì',
  tue: 'Martedì',
  wed: 'Mercoledì',
  thu: 'Giovedì',
  fri: 'Venerdì',
  sat: 'Sabato',
  sun: 'Domenica',
};

export const TERMINAL_STATUS_LABEL = {
  enrolled: 'abilitato',
  pending: 'non abilitato',
  revoked: 'revocato',
  archived: 'archiviato',
} as const;
export type TerminalStatus = keyof typeof TERMINAL_STATUS_LABEL;

/** Words for the audit log's actions (noun.verb): every one the collector records (a missing one is a type error); an older or unknown one shows as is. */
export const ACTION_LABEL: Readonly<Record<AuditAction, string>> = {
  'administration.create': 'Amministrazione creata',
  'administration.update': 'Amministrazione modificata',
  'administration.archive': 'Amministrazione archiviata',
  'office.create': 'Ufficio creato',
  'office.update': 'Ufficio modificato',
  'office.archive': 'Ufficio archiviato',
  'service.create': 'Servizio creato',
  'service.update': 'Servizio modificato',
  'service.archive': 'Servizio archiviato',
  'reasons.update': 'Motivazioni modificate',
  'terminal.create': 'Terminale creato',
  'terminal.update': 'Terminale modificato',
  'terminal.pair': 'Codice di abbinamento generato',
  'terminal.enrol': 'Terminale abbinato',
  'terminal.revoke': 'Terminale revocato',
  'terminal.archive': 'Terminale archiviato',
  'user.create': 'Persona creata',
  'user.update': 'Persona modificata',
  'user.password_change': 'Password cambiata',
  'user.password_reset': 'Password reimpostata',
  'user.sign_in_lock': 'Accesso bloccato per troppi tentativi errati',
  'people-served.record': 'Persone servite registrate',
  'api-key.create': 'Chiave API creata',
  'api-key.revoke': 'Chiave API revocata',
  'public-page.update': 'Pagina pubblica aggiornata',
  'channel-point.create': 'Canale aggiunto',
  'channel-point.archive': 'Canale archiviato',
  'channel-point.issue': 'Codici QR creati',
  'channel-settings.update': 'Durata dei commenti web modificata',
  'administration.logo': 'Logo dei report PDF caricato',
  'administration.logo-remove': 'Logo dei report PDF rimosso',
  'alert-rule.create': 'Regola di avviso creata',
  'alert-rule.update': 'Regola di avviso modificata',
  'alert-rule.delete': 'Regola di avviso eliminata',
  'alert.acknowledge': 'Avviso preso in carico',
  'webhook.create': 'Webhook aggiunto',
  'webhook.delete': 'Webhook eliminato',
  'delivery.fail': 'Invio abbandonato',
  'delivery.retry': 'Invio ritentato a mano',
  'subscription.create': 'Iscrizione alle e-mail creata',
  'subscription.update': 'Iscrizione alle e-mail modificata',
  'subscription.cancel': 'Iscrizione alle e-mail annullata',
};

/** What kind of item an audit entry is about: every kind the collector records. */
export const TARGET_LABEL: Readonly<Record<AuditTarget, string>> = {
  administration: 'Amministrazione',
  office: 'Ufficio',
  service: 'Servizio',
  terminal: 'Terminale',
  user: 'Persona',
  'api-key': 'Chiave API',
  'channel-point': 'Canale',
  'alert-rule': 'Regola di avviso',
  alert: 'Avviso',
  webhook: 'Webhook',
  delivery: 'Invio',
  subscription: 'Iscrizione alle e-mail',
};

