// The words of sign-in, first run, the account menu and the navigation, in Italian.
import type { WeakPassword } from '../../server/contract/password-rules';
import type { PageId } from './grants';

export const SESSION_LABELS = {
  signInTitle: 'Accedi al cruscotto',
  email: 'E-mail',
  password: 'Password',
  signIn: 'Accedi',
  signingIn: 'Accesso in corso…',
  wrongCredentials: 'E-mail o password errate.',
  disabled: 'Questo account è disattivato: rivolgiti a un amministratore.',
  lockedOut: (minutes: number) =>
    `Troppi tentativi falliti per questa e-mail: riprova tra ${minutes === 1 ? 'un minuto' : `${minutes} minuti`}, oppure chiedi a un amministratore di impostare una nuova password.`,
  rateLimited: (minutes: number) => `Troppi tentativi da questa postazione: riprova tra ${minutes === 1 ? 'un minuto' : `${minutes} minuti`}.`,
  sessionEnded: 'La sessione è terminata (scaduta o chiusa da un altro dispositivo): accedi di nuovo per continuare da dove eri.',
  signedOut: 'Sei uscito dal cruscotto.',
  signedOutEverywhere: 'Sei uscito da tutti i dispositivi.',
  setupTitle: 'Crea l’amministratore dell’installazione',
  setupIntro:
    'Nessuna persona è ancora registrata su questo collettore. Chi compila questo modulo diventa amministratore dell’installazione: potrà creare gli enti, gli uffici, i terminali e le altre persone. Il modulo funziona una sola volta.',
  setupCode: 'Codice di avvio',
  setupCodeHint: 'Lo stampa il collettore quando si avvia senza nessuna persona registrata («Set-up code»): nella finestra in cui gira, o nel registro del servizio (journalctl -u gradimento). Solo chi lo legge può creare l’amministratore.',
  name: 'Nome e cognome',
  newPassword: 'Nuova password',
  confirmPassword: 'Ripeti la password',
  passwordHint: (min: number) => `Almeno ${min} caratteri; una frase lunga è più sicura e più facile da ricordare.`,
  passwordTooShort: (min: number) => `La password deve avere almeno ${min} caratteri.`,
  passwordsDiffer: 'Le due password non coincidono.',
  weakPassword: 'Questa password è troppo facile da indovinare: scegline un’altra; la cosa migliore è una frase lunga che scriveresti solo tu.',
  /** Next to the new password, why it is refused (server/contract/password-rules.ts). */
  weakPasswordField: {
    repeated: 'È un carattere, o pochi, ripetuti: scegline un’altra.',
    sequence: 'È una sequenza di caratteri in fila, come 123456789012 o abcdefghijkl: scegline un’altra.',
    personal: 'È poco più del tuo indirizzo e-mail o del tuo nome: scegline un’altra.',
    product: 'È poco più del nome di questo programma: scegline un’altra.',
    common: 'È una delle password più usate: scegline un’altra.',
  } satisfies Record<WeakPassword, string>,
  createAdmin: 'Crea e accedi',
  setupDone: 'L’installazione ha già un amministratore: accedi con le sue credenziali.',
  changePassword: 'Cambia password',
  currentPassword: 'Password attuale',
  savePassword: 'Salva la nuova password',
  passwordChanged: 'Password cambiata. Le altre sessioni aperte con il tuo account sono state chiuse.',
  cancel: 'Annulla',
  signOut: 'Esci',
  signOutEverywhere: 'Esci da tutti i dispositivi',
  signOutEverywhereHint: 'Chiude la sessione anche sugli altri computer e browser in cui hai effettuato l’accesso.',
  signedInAs: 'Accesso come',
  navigation: 'Sezioni del cruscotto',
  navigationMenu: 'Menu',
  skipToContent: 'Vai al contenuto',
  checkingSession: 'Verifica dell’accesso…',
  setupStepsTitle: 'Primi passi',
  setupStepsIntro: 'Quattro passi perché i cittadini possano dare il primo giudizio. Ognuno si spunta da solo quando è fatto.',
  setupStepsCount: (done: number, of: number) => `(${done} di ${of} fatti)`,
  setupStepsShow: 'I passi',
  setupStepDone: 'fatto',
  setupStepToDo: 'da fare',
  loadingPage: 'Caricamento della pagina…',
  pageLoadFailed: 'Impossibile caricare la pagina: controlla la connessione e riprova.',
} as const;

/** The first-run checklist: what to do, and why, in the order it has to be done. */
export const SETUP_STEP_LABELS = {
  administration: { title: 'Crea l’amministrazione', hint: 'il comune o l’ente i cui uffici raccolgono i giudizi.' },
  office: { title: 'Aggiungi un ufficio', hint: 'con l’indirizzo e l’orario di apertura.' },
  services: { title: 'Elenca i servizi', hint: 'quelli offerti al pubblico, con lo standard della Carta dei servizi se c’è.' },
  terminal: { title: 'Crea e abbina un terminale', hint: 'il tablet o il totem su cui i cittadini votano.' },
} as const;

export const PAGE_LABELS: Readonly<Record<PageId, string>> = {
  report: 'Report',
  emails: 'Le mie e-mail',
  alerts: 'Avvisi',
  'people-served': 'Persone servite',
  offices: 'Uffici',
  services: 'Servizi',
  reasons: 'Motivazioni',
  terminals: 'Terminali',
  channels: 'Canali',
  people: 'Persone',
  'api-keys': 'Chiavi API',
  'public-page': 'Pagina pubblica',
  deliveries: 'Consegne',
  audit: 'Registro attività',
  administrations: 'Amministrazioni',
};
