// Every word the terminal shows, in one place, so another language can follow without touching the screens.

/** Italian is the only language for now; a second one is a second object of the same type. */
export const it = {
  appTitle: 'Il tuo giudizio',
  // Service picker (totem)
  pickServiceTitle: 'Per quale servizio sei venuto?',
  pickServiceHint: 'Tocca il servizio che hai usato',
  // Faces
  rateTitle: 'Come valuti il servizio?',
  rateHint: 'Tocca una faccina',
  changeService: 'Cambia servizio',
  // Reasons
  reasonsTitle: 'Cosa non è andato?',
  reasonsHint: 'Puoi scegliere più risposte',
  send: 'Invia',
  skip: 'Salta',
  // Thanks
  thanksTitle: 'Grazie!',
  thanksBody: 'Il tuo giudizio è stato registrato.',
  // Vote could not be written: honest, short, and it goes away by itself.
  saveFailedTitle: 'Non è stato possibile registrare il giudizio',
  saveFailedBody: 'Ci scusiamo: avvisa il personale allo sportello.',
  // Staff screens
  unconfiguredTitle: 'Terminale non configurato: apri l’indirizzo con ?t=CODICE',
  unconfiguredBody: 'Il codice del terminale si trova nella pagina di amministrazione del centro di raccolta.',
  waitingTitle: 'In attesa del collegamento…',
  waitingBody: (terminalId: string) => `Terminale ${terminalId}: la configurazione non è ancora stata scaricata. Nuovo tentativo in corso.`,
  unknownTitle: (terminalId: string) => `Terminale ${terminalId} sconosciuto`,
  unknownBody: 'Il centro di raccolta non conosce questo codice: controlla l’indirizzo o registra il terminale.',
  noServicesTitle: 'Nessun servizio configurato',
  noServicesBody: 'Aggiungi almeno un servizio a questo terminale nel centro di raccolta.',
  storageUnavailableTitle: 'Archivio del dispositivo non disponibile',
  storageUnavailableBody: 'Senza archivio i giudizi andrebbero persi: controlla lo spazio libero e che il browser non sia in modalità anonima, poi ricarica.',
  // Staff status corner
  statusOnline: 'In linea',
  statusOffline: 'Non in linea',
  statusWaiting: (n: number) => (n === 1 ? '1 giudizio in attesa di invio' : `${n} giudizi in attesa di invio`),
  statusHeld: (n: number) => (n === 1 ? '1 giudizio trattenuto' : `${n} giudizi trattenuti`),
  statusHeldShort: (n: number) => `${n} trattenuti`,
  statusLabel: 'Stato del terminale (per il personale)',
  statusTerminal: (id: string) => `Terminale: ${id}`,
  statusConfig: (version: string) => `Configurazione: ${version}`,
  statusLastSync: (when: string) => `Ultimo invio riuscito: ${when}`,
  statusNeverSynced: 'Nessun invio riuscito da questa apertura',
  statusNextRetry: (when: string) => `Prossimo tentativo: ${when}`,
  statusProblem: (message: string) => `Problema: ${message}`,
  statusHeldReason: (reason: string, n: number) => `${n} × ${reason}`,
  statusInsecure: 'Pagina non sicura (serve HTTPS): il funzionamento senza rete non è disponibile.',
  // Problems the sync loop reports to staff
  problemNetwork: 'centro di raccolta non raggiungibile',
  problemServer: (status: number) => `errore del centro di raccolta (HTTP ${status})`,
  problemTerminalUnknown: 'il centro di raccolta non conosce questo terminale',
  problemBadAnswer: 'risposta non valida dal centro di raccolta',
  problemRejected: (message: string) => `invio rifiutato: ${message}`,
  problemStorage: 'impossibile scrivere sul dispositivo',
} as const;

export type Messages = typeof it;

/** The strings in use. */
export const t: Messages = it;
