// Every word the terminal shows its staff (pairing, notices, status corner, sync problems), in Italian.

/** «alle 8:30», «all’1:30»: an office's HH:MM as said in Italian, without the leading zero. */
function atTime(hhmm: string): string {
  const time = hhmm.replace(/^0(?=\d:)/, '');
  return time.startsWith('1:') ? `all’${time}` : `alle ${time}`;
}

/** «1 secondo», «30 secondi»: a wait the staff is told, agreeing with its number. */
const inSeconds = (n: number) => (n === 1 ? '1 secondo' : `${n} secondi`);

/**
 * Staff are the office's people, so these stay Italian whatever language a citizen picked. The
 * citizen's path (services, faces, reasons, thanks) has one catalogue per language in ./i18n/.
 */
export const it = {
  // Pairing (staff): a new browser, or a terminal whose token the collector refused
  pairingTitle: 'Abbina il terminale',
  pairingBody: 'Nel pannello di gestione apri Terminali, scegli il terminale e premi «Abbina»: inserisci qui il codice che appare, prima che scada.',
  notEnrolledTitle: 'Terminale non abilitato',
  notEnrolledBody: (terminalId: string) =>
    `Il collettore non accetta più il terminale ${terminalId} (revocato o non riconosciuto). I giudizi in attesa restano su questo dispositivo e non vanno persi: abbinalo di nuovo con un codice dal pannello di gestione e saranno inviati.`,
  pairingCodeLabel: 'Codice di abbinamento',
  pairingCodeHelp: '8 caratteri, per esempio ABCD-2345: maiuscole, spazi e trattini non contano.',
  pairingSubmit: 'Abbina',
  pairingBusy: 'Abbinamento…',
  pairingCancel: (terminalId: string) => `Annulla: resta il terminale ${terminalId}`,
  enrollingTitle: 'Abbinamento del terminale in corso…',
  enrollingBody: 'Un momento: il terminale riceve la sua chiave dal collettore.',
  pairingErrorEmpty: 'Inserisci il codice di abbinamento.',
  pairingErrorLength: 'Il codice ha 8 caratteri (lettere e cifre): controlla di averlo copiato tutto.',
  pairingErrorCharacters: 'Il codice contiene caratteri che non usa mai (0, 1, I, L, O o simboli): ricontrollalo.',
  pairingErrorInvalid: 'Codice errato, già usato o scaduto: creane uno nuovo nel pannello di gestione (Terminali › Abbina) e riprova.',
  pairingErrorUnreachable: 'Collettore non raggiungibile: controlla la rete del terminale e riprova.',
  pairingErrorRateLimited: (seconds: number | null) =>
    seconds ? `Troppi tentativi da questa rete: riprova tra ${inSeconds(seconds)}.` : 'Troppi tentativi da questa rete: riprova tra un minuto.',
  pairingErrorFailed: (status: number) => `Il collettore ha risposto con un errore (HTTP ${status}): riprova tra poco o avvisa l’assistenza.`,
  pairingErrorStorage: 'Il codice è stato accettato ma il dispositivo non riesce a conservarlo: controlla lo spazio libero, poi crea un nuovo codice.',
  // Staff screens
  waitingTitle: 'In attesa del collegamento…',
  waitingBody: (terminalId: string) => `Terminale ${terminalId}: la configurazione non è ancora stata scaricata. Nuovo tentativo in corso.`,
  unknownTitle: (terminalId: string) => `Terminale ${terminalId} sconosciuto`,
  unknownBody: 'Il collettore non trova la configurazione di questo terminale (forse archiviato): controlla nel pannello di gestione.',
  noServicesTitle: 'Nessun servizio configurato',
  noServicesBody: 'Aggiungi almeno un servizio a questo terminale dal pannello di gestione.',
  storageUnavailableTitle: 'Archivio del dispositivo non disponibile',
  storageUnavailableBody: 'Senza archivio i giudizi andrebbero persi: controlla lo spazio libero e che il browser non sia in modalità anonima, poi ricarica.',
  // A version that failed to start (main.tsx): staff must see it is broken, not a white screen
  outOfServiceTitle: 'Terminale fuori servizio',
  outOfServiceBody: (minutes: number) =>
    `Il terminale non è riuscito ad avviarsi e non raccoglie giudizi. Ogni ${minutes} minuti riprova a partire, con una nuova versione se il collettore ne ha una; se resta così, avvisa l’assistenza.`,
  outOfServiceDetail: (detail: string) => `Errore: ${detail}`,
  // Staff status corner
  statusOnline: 'In linea',
  statusOffline: 'Non in linea',
  statusWaiting: (n: number) => (n === 1 ? '1 giudizio in attesa di invio' : `${n} giudizi in attesa di invio`),
  statusHeld: (n: number) => (n === 1 ? '1 giudizio trattenuto' : `${n} giudizi trattenuti`),
  statusHeldShort: (n: number) => (n === 1 ? '1 trattenuto' : `${n} trattenuti`),
  statusLabel: 'Stato del terminale (per il personale)',
  statusTerminal: (id: string) => `Terminale: ${id}`,
  statusNotPaired: 'Terminale non abbinato',
  statusConfig: (version: string) => `Configurazione: ${version}`,
  statusLastSync: (when: string) => `Ultimo invio riuscito: ${when}`,
  statusNeverSynced: 'Nessun invio riuscito da questa apertura',
  statusNextRetry: (when: string) => `Prossimo tentativo: ${when}`,
  statusProblem: (message: string) => `Problema: ${message}`,
  statusHeldReason: (reason: string, n: number) => `${n} × ${reason}`,
  statusInsecure: 'Pagina non sicura (serve HTTPS): il funzionamento senza rete non è disponibile.',
  // Problems the sync loop reports to staff
  problemNetwork: 'collettore non raggiungibile',
  problemServer: (status: number) => `errore del collettore (HTTP ${status})`,
  problemTerminalUnknown: 'il collettore non conosce questo terminale',
  problemNotEnrolled: 'terminale non abilitato: i giudizi restano qui fino al nuovo abbinamento',
  problemNotPaired: 'terminale non abbinato: i giudizi restano qui fino all’abbinamento',
  // Why a vote is held, in the staff corner
  heldOtherTerminal: (collectedAs: string, now: string) =>
    `raccolti come terminale ${collectedAs}, ma questo dispositivo ora è ${now}: non vengono inviati a nome di ${now}; per inviarli abbina di nuovo il dispositivo come ${collectedAs}`,
  heldServiceRefused: (serviceId: string, why: string) => `servizio ${serviceId} rifiutato dal collettore (${why}): restano conservati su questo terminale`,
  heldTooLarge: 'giudizio troppo grande per il collettore',
  problemBadAnswer: 'risposta non valida dal collettore',
  problemRejected: (message: string) => `invio rifiutato: ${message}`,
  problemStorage: 'impossibile scrivere sul dispositivo',
  // Outside opening hours: shown only at the start screen, so always in Italian (no citizen has picked a language).
  closedTitle: 'Ufficio chiuso',
  closedBody: 'Puoi lasciare il tuo giudizio durante l’orario di apertura.',
  reopensToday: (time: string) => `Riapre oggi ${atTime(time)}.`,
  reopensTomorrow: (time: string) => `Riapre domani ${atTime(time)}.`,
  reopensOn: (day: string, time: string) => `Riapre ${day} ${atTime(time)}.`,
  // Storage warnings for staff, in the status corner and the diagnostics
  storageLow: (freePct: number) => `Spazio del dispositivo quasi esaurito (${freePct}% libero): i giudizi potrebbero non essere salvati`,
  storageNotPersisted: 'Il browser può cancellare i dati di questo terminale se serve spazio (archiviazione persistente non concessa)',
  storageWriteFailed: (name: string, when: string) =>
    name === 'QuotaExceededError'
      ? `Alle ${when} un giudizio NON è stato salvato: spazio del dispositivo esaurito. Libera spazio, poi ricarica la pagina.`
      : `Alle ${when} un giudizio NON è stato salvato: archivio del dispositivo non disponibile (${name}). Ricarica la pagina; se si ripete, controlla il browser.`,
  // Diagnostics (staff): five taps in the top-left corner, then the PIN
  pinTitle: 'Diagnostica del terminale',
  pinLabel: 'PIN del personale',
  pinHint: 'Inserisci il PIN impostato nel pannello di gestione (Terminali › Modifica).',
  pinDigit: (d: string) => `Cifra ${d}`,
  pinDelete: 'Cancella',
  pinConfirm: 'Apri',
  pinCancel: 'Chiudi',
  pinWrong: 'PIN errato.',
  pinLocked: (seconds: number) => `Troppi tentativi: riprova tra ${inSeconds(seconds)}.`,
  pinNotSet: 'Nessun PIN impostato per questo terminale: impostalo nel pannello di gestione (Terminali › Modifica) per usare la diagnostica.',
  pinUnsupported: 'La verifica del PIN richiede una pagina sicura (HTTPS o 127.0.0.1): apri il terminale da un indirizzo https.',
  pinChecking: 'Verifica…',
  diagnosticsTitle: 'Diagnostica del terminale',
  diagnosticsQueue: (pending: number, held: number) => `In coda: ${pending} da inviare, ${held === 1 ? '1 trattenuto' : `${held} trattenuti`}`,
  diagnosticsOldest: (when: string) => `Il più vecchio in coda: ${when}`,
  diagnosticsLastSync: (when: string) => `Ultimo invio riuscito: ${when}`,
  diagnosticsRedated: (n: number, when: string | null) =>
    `Orologio del terminale sbagliato: il collettore ha contato ${n === 1 ? '1 giudizio' : `${n} giudizi`} all’ora d’arrivo, non a quella del terminale${when ? ` (l’ultimo arrivato ${when}, ora del collettore)` : ''}. Correggi data e ora del dispositivo.`,
  diagnosticsClockOff: (off: string, ahead: boolean) =>
    `Orologio del dispositivo ${ahead ? 'avanti' : 'indietro'} di ${off} rispetto al collettore: apertura e chiusura dell’ufficio seguono l’ora del collettore. Correggi data e ora del dispositivo.`,
  diagnosticsClockUnknown: 'Apertura e chiusura dell’ufficio seguono l’orologio del dispositivo: il collettore non ha ancora risposto a questo terminale.',
  diagnosticsNeverSynced: 'Nessun invio riuscito da quando l’app è stata aperta',
  diagnosticsVersion: (version: string) => `Versione dell’app: ${version}`,
  diagnosticsConfig: (version: string) => `Configurazione: ${version}`,
  diagnosticsTerminal: (id: string) => `Terminale: ${id}`,
  diagnosticsStorage: (used: string, quota: string) => `Spazio usato: ${used} su ${quota}`,
  diagnosticsStorageUnknown: 'Spazio: non disponibile in questo browser',
  diagnosticsPersisted: (yes: boolean | null) => (yes === null ? 'Archiviazione persistente: non nota' : yes ? 'Archiviazione persistente: concessa' : 'Archiviazione persistente: non concessa'),
  diagnosticsOnline: (online: boolean) => (online ? 'Collegamento: in linea' : 'Collegamento: non in linea'),
  diagnosticsSync: 'Invia ora',
  diagnosticsSyncing: 'Invio in corso…',
  diagnosticsSyncDone: (sent: number) => (sent === 1 ? 'Inviato 1 giudizio.' : `Inviati ${sent} giudizi.`),
  diagnosticsSyncNothing: 'Niente da inviare.',
  diagnosticsSyncFailed: (message: string) => `Invio non riuscito: ${message}`,
  diagnosticsRetryHeld: (held: number) => (held === 1 ? 'Riprova il giudizio trattenuto' : `Riprova i ${held} giudizi trattenuti`),
  diagnosticsRetryNone: 'Nessun giudizio di questo terminale da riprovare: quelli trattenuti furono raccolti con un altro abbinamento.',
  diagnosticsRetryDone: (again: number, heldAgain: number) =>
    heldAgain === 0
      ? again === 1
        ? 'Il giudizio trattenuto è stato accettato.'
        : `I ${again} giudizi trattenuti sono stati accettati.`
      : `Riprovati ${again}: ${heldAgain === 1 ? '1 è stato rifiutato di nuovo ed è trattenuto' : `${heldAgain} sono stati rifiutati di nuovo e sono trattenuti`}, con il motivo aggiornato.`,
  diagnosticsRetryLater: (again: number, message: string) =>
    `${again === 1 ? '1 giudizio rimesso' : `${again} giudizi rimessi`} in coda; l’invio non è riuscito (${message}) e sarà ritentato da solo.`,
  diagnosticsRepair: 'Abbina di nuovo',
  diagnosticsClose: 'Chiudi',
  diagnosticsTrial: 'Prova le schermate',
  diagnosticsTrialHint: 'La prova mostra le schermate dei cittadini anche a ufficio chiuso: i giudizi dati nella prova non vengono registrati né inviati.',
  // A trial started from the diagnostics: a band above the citizens' screens, until staff end it or leave it untouched
  trialBand: 'Prova: i giudizi non vengono registrati',
  trialEnd: 'Termina la prova',
} as const;

export type Messages = typeof it;

/**
 * The language of these words, for the root of every staff element shown over a citizen's screen
 * (the status corner, the diagnostics): during an Arabic vote the page is right to left, and
 * Italian text inheriting that direction reads wrong and is voiced in Arabic by a screen reader.
 */
export const STAFF_LANGUAGE = { lang: 'it', dir: 'ltr' } as const;

/** The strings in use. */
export const t: Messages = it;
