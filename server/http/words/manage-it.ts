// The collector's error answers in Italian about people, roles, administrations, offices, services, terminals and signing in (server/admin, server/auth, server/store, server/terminals).
import { italianArticle } from '../../contract/italian-articles';
import type { Role } from '../../contract/permissions';
import { minuteUtc, type Archivable, type ManageWords, type NamedKind, type Versioned } from './manage-en';

/** The role names the dashboard shows (kiosk/dashboard/admin/admin-labels.ts, ROLE_LABEL), so a refusal names roles as the form does. */
const ROLE: Readonly<Record<Role, string>> = {
  installation_admin: 'Amministratore dell’installazione',
  administration_admin: 'Amministratore dell’ente',
  office_manager: 'Responsabile d’ufficio',
  viewer: 'Consultazione report',
};

/** Italian agrees the participle with the noun: "questa amministrazione è stata archiviata", "questo ufficio è stato archiviato". */
const ARCHIVED: Readonly<Record<Archivable, string>> = {
  administration: 'Questa amministrazione è stata archiviata',
  office: 'Questo ufficio è stato archiviato',
  service: 'Questo servizio è stato archiviato',
  terminal: 'Questo terminale è stato archiviato',
};

/**
 * A list's item as the dashboard names it (kiosk/dashboard/admin/admin-labels.ts, TARGET_LABEL), its gender (the
 * pronoun and «l’altro/l’altra» agree with it), and what frees its name: archiving, revoking a key, deleting.
 */
const TAKEN: Readonly<Record<NamedKind, { one: string; feminine: boolean; free: string }>> = {
  administration: { one: 'un’amministrazione', feminine: true, free: 'archivia' },
  office: { one: 'un ufficio', feminine: false, free: 'archivia' },
  service: { one: 'un servizio', feminine: false, free: 'archivia' },
  'api key': { one: 'una chiave API', feminine: true, free: 'revoca' },
  webhook: { one: 'un webhook', feminine: false, free: 'elimina' },
  'alert rule': { one: 'una regola di avviso', feminine: true, free: 'elimina' },
};

/** The participle agrees with what was changed: «questo ufficio è stato modificato», «le impostazioni … sono state modificate». */
const CHANGED: Readonly<Record<Versioned, string>> = {
  office: 'Questo ufficio è stato modificato',
  terminal: 'Questo terminale è stato modificato',
  reasons: 'L’elenco dei motivi è stato modificato',
  'public page': 'Le impostazioni della pagina pubblica sono state modificate',
  'alert rule': 'Questa regola di avviso è stata modificata',
  service: 'Questo servizio è stato modificato',
  administration: 'Questa amministrazione è stata modificata',
  person: 'Questa persona è stata modificata',
};

export const MANAGE_IT: ManageWords = {
  blankName: 'non può essere vuoto',
  nameTaken: (what, name) => {
    const { one, feminine, free } = TAKEN[what];
    return `Esiste già ${one} di nome «${name}»: scegli un nome che ${feminine ? 'le' : 'li'} distingua, o ${free} prima l’${feminine ? 'altra' : 'altro'}.`;
  },
  // The message names the other item; next to the field, plain words (its id is no help to a person).
  nameTakenBy: () => 'già in uso',
  beforeIdWithoutBefore: 'va insieme a before: indica l’at dell’ultima voce in before e il suo id in beforeId',
  notTimeZone: (zone) => `«${zone}» non è un fuso orario IANA (per esempio Europe/Rome)`,
  notCalendarDate: (day) => `«${day}» non è una data del calendario`,
  archived: (what, day) => `${ARCHIVED[what]} ${italianArticle(day)}: conserva i suoi giudizi ma non si può più modificare.`,
  stale: (what, by, at) =>
    `${CHANGED[what]} da qualcun altro dopo la versione che hai letto${at ? ` (ultima modifica: ${by ? `${by}, ` : ''}${minuteUtc(at)})` : ''}: non è stato salvato nulla. Rileggi la versione attuale e rifai la tua modifica su quella.`,

  foreignOrigin: (origin) => `Le richieste provenienti da ${origin} non sono accettate: usa il cruscotto servito da questo collettore.`,
  apiKeyAdministrationArchived: 'L’amministrazione di questa chiave API è archiviata: la chiave non vale più e nulla è stato salvato. Ferma l’invio dal sistema eliminacode.',
  apiKeyNeeded:
    'Invia una chiave API attiva della tua amministrazione come «Authorization: Bearer gk_...»: chiedila a un suo amministratore (cruscotto, pagina «Chiavi API»).',
  terminalArchived:
    'Questo terminale (o il suo ufficio) è stato archiviato: non accetta più giudizi. Chiedi a un amministratore di ripristinarlo, oppure abbina questo dispositivo come un altro terminale.',
  terminalNotEnrolled: 'Questo terminale non è abilitato (o il suo token è stato revocato): abbinalo di nuovo con un codice generato dal cruscotto.',
  signInFirst: 'Accedi prima (la sessione potrebbe essere scaduta).',
  csrfHeader: (header) => `Intestazione ${header} mancante o errata: ricarica la pagina e riprova.`,
  roleForbids: 'Il tuo ruolo non consente questa operazione.',
  noSuchItem: 'Elemento inesistente.',
  outsideScope: 'Il tuo ruolo non consente questa operazione qui: riguarda un ufficio o un’amministrazione al di fuori del tuo ambito.',
  administrationMissing: (id) => `L’amministrazione «${id}» non esiste.`,
  outsideAdministration: 'Il tuo ruolo non consente questa operazione qui: riguarda un’amministrazione al di fuori del tuo ambito.',

  lockedOut: (minutes) =>
    `Troppi tentativi errati per questa e-mail: riprova tra ${minutes} ${minutes === 1 ? 'minuto' : 'minuti'}, oppure chiedi a un amministratore di impostare una nuova password.`,
  wrongCredentials: 'E-mail o password errate.',
  accountDisabled: 'Questo account è disattivato: rivolgiti a un amministratore.',
  wrongCurrentPassword: 'La password attuale è errata.',
  doesNotMatch: 'non corrisponde',
  weakPassword: 'Questa password è troppo facile da indovinare: scegline un’altra; la cosa migliore è una frase lunga che scriveresti solo tu.',
  weakPasswordField: {
    repeated: 'è un carattere, o pochi, ripetuti',
    sequence: 'è una sequenza di caratteri in fila, come 123456789012 o abcdefghijkl',
    personal: 'è poco più dell’indirizzo e-mail o del nome della persona',
    product: 'è poco più del nome di questo programma',
    common: 'è una delle password più usate',
  },

  needsRole: 'Una persona deve avere almeno un ruolo.',
  noGrants: 'deve contenere almeno un ruolo',
  setupCodeWrong: 'Il codice di avvio non è quello stampato dal collettore: copialo da ciò che ha scritto all’avvio (la finestra in cui gira, o il registro del servizio).',
  setupCodeWrongField: 'non è il codice stampato dal collettore all’avvio',
  alreadySetUp: 'L’installazione ha già degli utenti: accedi con le tue credenziali.',
  emailTaken: (email) => `Esiste già una persona con l’e-mail ${email}.`,
  emailInUse: 'già in uso',
  emailOfYourPerson: (email, name, disabled) =>
    `${email} è già l’e-mail di ${name}${disabled ? ' (disattivata)' : ''}, nel tuo elenco delle persone: aprila lì per cambiarne i ruoli${disabled ? ' o riattivarla' : ''}.`,
  emailOfYourPersonField: (name) => `è già l’e-mail di ${name}`,
  emailUnusable:
    'Questo indirizzo e-mail non si può usare per una nuova persona qui: usane un altro. Se la persona ha già un account su questa installazione, un amministratore dell’installazione può darle un ruolo nella tua amministrazione.',
  emailUnusableField: 'non si può usare per una nuova persona qui',
  malformedGrant: {
    installation_admin: `il ruolo «${ROLE.installation_admin}» vale per tutta l’installazione: senza amministrazione né ufficio`,
    administration_admin: `il ruolo «${ROLE.administration_admin}» vale per un’amministrazione intera: scegli l’amministrazione e nessun ufficio`,
    office_manager: `il ruolo «${ROLE.office_manager}» richiede un’amministrazione e un ufficio: scegli l’ufficio`,
    viewer: `il ruolo «${ROLE.viewer}» richiede un’amministrazione (e, se si vuole, un ufficio)`,
  },
  rolesMalformed: 'Alcuni ruoli non sono ben formati: vedi i problemi indicati.',
  grantsBeyondScope: (grants) =>
    `Puoi assegnare ruoli solo entro ciò che amministri; non consentiti: ${grants
      .map((g) => {
        const place = g.officeId ?? g.administrationId;
        return place ? `${ROLE[g.role]} su «${place}»` : `${ROLE[g.role]}`;
      })
      .join(', ')}.`,
  notAnAdministration: (id) => `«${id}» non è un’amministrazione esistente`,
  notAnOfficeOf: (officeId, administrationId) => `«${officeId}» non è un ufficio dell’amministrazione «${administrationId}»`,
  placesMissing: 'Alcuni ruoli indicano amministrazioni o uffici che non esistono: vedi i problemi indicati.',
  grantsOnArchived:
    'Non si possono dare ruoli su un’amministrazione o un ufficio archiviati: conservano giudizi e report, ma nessuno li prende più in carico. Scegline uno attivo (vedi i problemi indicati); i ruoli dati prima dell’archiviazione restano.',
  placeArchived: (what, name, day) => `${what === 'office' ? `l’ufficio «${name}» è stato archiviato` : `l’amministrazione «${name}» è stata archiviata`} ${italianArticle(day)}`,
  cannotDisableSelf: 'Non puoi disattivare il tuo account: chiedi a un altro amministratore.',
  cannotDropOwnAdmin: 'Non puoi toglierti l’ultimo ruolo di amministratore: chiedi a un altro amministratore di farlo.',
  lastInstallationAdmin: 'Questa persona è l’ultimo amministratore dell’installazione attivo: nomina prima un’altra persona amministratore dell’installazione.',

  officeFieldsInvalid: 'Alcuni campi dell’ufficio non sono validi: vedi i problemi indicati.',
  closesBeforeOpening: (from, to) => `apre alle ${from} ma chiude alle ${to}: l’apertura deve precedere la chiusura`,
  hoursOverlap: (from, to, otherFrom, otherTo) => `la fascia ${from}-${to} si sovrappone alla fascia ${otherFrom}-${otherTo}`,

  standardFromAlone: 'va indicato insieme a «standard»: specifica quale standard vale da quel giorno',
  onlyServiceOf: (terminalNames) =>
    terminalNames.length === 1
      ? `Il terminale «${terminalNames[0]}» offre solo questo servizio: assegnagli un altro servizio oppure archivialo prima.`
      : `I terminali ${terminalNames.map((n) => `«${n}»`).join(', ')} offrono solo questo servizio: assegna loro un altro servizio oppure archiviali prima.`,
  keepOneReason: 'tieni almeno una motivazione: a chi dà un giudizio negativo viene chiesto il perché',
  appearsTwice: (value) => `«${value}» compare due volte`,
  notAReason: (id) => `«${id}» non è una motivazione di questa amministrazione (per una nuova motivazione ometti id)`,
  reasonListInvalid: 'L’elenco delle motivazioni non è valido: vedi i problemi indicati.',

  counterServesOne: (count) => `un terminale in modalità sportello offre esattamente un servizio, non ${count}: per offrirne più di uno usa la modalità totem`,
  notOurService: (id) => `«${id}» non è un servizio dell’amministrazione di questo ufficio`,
  serviceArchived: (id) => `il servizio «${id}» è stato archiviato`,
  terminalInvalid: 'Il terminale non è valido: vedi i problemi indicati.',
  terminalNameTaken: (name) => `Un altro terminale di questo ufficio si chiama già «${name}»: scegli un nome che li distingua (dove si trova, quale sportello), o archivia prima l’altro.`,
  pairingCodeInvalid: 'Questo codice di abbinamento è errato, già usato o scaduto: chiedine uno nuovo dal cruscotto (Terminali > Abbina).',
  ownConfigOnly: 'Un terminale può leggere solo la propria configurazione.',
  terminalNotRegistered: (id) => `Il terminale «${id}» non è registrato su questo collettore (o è stato archiviato).`,

  logoMediaType: (type) =>
    `Il logo va inviato come file PNG o JPEG nel corpo della richiesta, con Content-Type image/png o image/jpeg (ricevuto: ${type || 'nessun tipo'}). Converti prima gli altri formati (SVG, GIF, WebP).`,
  logoEmpty: 'Il logo è vuoto: invia il file dell’immagine come corpo della richiesta.',
  emptyBody: 'il corpo della richiesta è vuoto',
  logoTooLarge: (kib, maxKib) => `Il logo pesa ${kib} KiB; al massimo ${maxKib} KiB. Esportalo più piccolo (per uno stemma stampato largo 4 cm bastano circa 500 pixel).`,
  logoNotItsType: (mediaType) =>
    `Il file non è un’immagine ${mediaType === 'image/png' ? 'PNG' : 'JPEG'}, benché inviato come ${mediaType}. Invia un file PNG o JPEG con il suo tipo corretto.`,
  notValidFile: (mediaType) => `non è un file ${mediaType} valido`,
  logoSideOutOfRange: (width, height, maxSide) => `Il logo misura ${width} × ${height} pixel; ogni lato deve misurare da 1 a ${maxSide} pixel.`,
  imageSizeOutOfRange: 'dimensioni dell’immagine fuori dai limiti',
  logoUnreadable: 'L’immagine non si può leggere (è danneggiata, oppure è una variante di PNG/JPEG che i file PDF non possono contenere). Salvala di nuovo come semplice PNG o JPEG.',
  unreadableImage: 'immagine illeggibile',
  pngDepth: (colourType, depth) => `PNG di tipo di colore ${colourType} con profondità di ${depth} bit, che la specifica PNG non prevede`,
  pngMethods: 'PNG con un metodo di compressione, di filtro o di interlacciamento sconosciuto',
  pngInterlacedNarrow: (minWidth) => `PNG interlacciato largo meno di ${minWidth} pixel: salvalo senza interlacciamento`,
  pngCutShort: 'PNG troncato: finisce prima del blocco IEND',
  pngChunksDamaged: 'blocchi del PNG danneggiati (un blocco con nome o lunghezza errati, o un secondo IHDR)',
  pngPaletteMisplaced: 'PNG con una tavolozza (PLTE) dove non si può disegnare: solo le immagini a tavolozza (tipo di colore 3) ne hanno una, una sola volta, prima dei dati dei pixel',
  pngPaletteSize: (bytes) => `tavolozza (PLTE) del PNG di ${bytes} byte, non 3 byte per ciascun colore ammesso dalla profondità in bit`,
  pngTransparencyMisplaced: 'trasparenza (tRNS) del PNG di dimensione errata, ripetuta, dopo i dati dei pixel o in un’immagine con canale alfa',
  pngNoPalette: 'PNG a tavolozza (tipo di colore 3) senza la sua tavolozza (blocco PLTE)',
  pngNoPixels: 'PNG senza dati dei pixel (nessun blocco IDAT)',
  pngPixelDataDamaged: 'dati dei pixel del PNG danneggiati: non si decomprimono',
  pngPixelDataSize: (expected, got) =>
    `dati dei pixel del PNG di ${got === null ? `più di ${expected}` : got} byte una volta decompressi, dove le dimensioni dell’immagine ne richiedono esattamente ${expected}`,
  pngFilter: (row, filter) => `riga ${row} del PNG con filtro di tipo ${filter}: esistono solo i tipi da 0 a 4`,
  jpegNoFrame: 'JPEG senza intestazione di fotogramma (SOF) con le sue dimensioni',
  jpegNoScan: 'JPEG senza dati dell’immagine (nessun segmento SOS)',
  jpegNoEnd: 'JPEG troncato, o con byte dopo la fine: non termina con il suo marcatore di fine immagine (EOI)',
  jpegDamaged: 'segmenti del JPEG danneggiati',
  jpegVariant: 'un JPEG che un PDF non può contenere (senza perdita, gerarchico, a codifica aritmetica, a 12 bit, o non in grigi, RGB o CMYK): salvalo di nuovo come semplice JPEG',
};
