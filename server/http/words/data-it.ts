// The collector's error answers in Italian about votes, reports, participation and the public page (server/ingest, server/reports, server/participation, server/public).
import { italianArticle } from '../../contract/italian-articles';
import type { DataWords } from './data-en';

/** "1 dicembre 2026", as the dashboard writes a day (a calendar date, so read in UTC). */
const LONG_DAY = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const longDay = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? LONG_DAY.format(new Date(`${day}T00:00:00Z`)) : day);

/** "1 problema", "3 problemi": the English "problem(s)" has no Italian form. */
const problems = (n: number) => (n === 1 ? '1 problema' : `${n} problemi`);

export const DATA_IT: DataWords = {
  // A batch of votes: staff read these on the terminal's status corner, after "votes_invalid: <campo>: "
  serviceNotOnCounter: (serviceId) => `il servizio «${serviceId}» non è tra quelli di questo terminale di sportello (o è archiviato)`,
  serviceNotOnTotem: (serviceId) => `il servizio «${serviceId}» è sconosciuto o archiviato nell’amministrazione di questo terminale`,
  scaleNotShown: (shown, sent) => `questo terminale mostra ${shown} faccine, non ${sent}`,
  faceNotOnScale: (face, scale, faces) => `«${face}» non è una faccina della scala a ${scale} faccine (${faces.join(', ')})`,
  reasonUnknown: (reasonId) => `la motivazione «${reasonId}» è sconosciuta nell’amministrazione di questo terminale`,
  reasonsAfterPositive: (face) => `le motivazioni si indicano solo dopo una faccina negativa, non dopo «${face}»`,
  followUpAskedAfterPositive: (face) => `deve essere «not-asked» per la faccina «${face}»`,
  notAskedWithReasons: 'con followUp «not-asked» non possono esserci motivazioni',
  chosenWithoutReasons: 'con followUp «chosen» serve almeno una motivazione',
  skippedWithReasons: 'con followUp «skipped» non possono esserci motivazioni',
  voteIdTwiceInBatch: (first) => `identificativo usato anche da /votes/${first} con un contenuto diverso`,
  voteIdTaken:
    'questo identificativo è già usato da un altro giudizio (con un contenuto diverso, o di un altro terminale): il giudizio non è stato salvato; il terminale lo conserva perché il personale lo controlli',
  batchInvalid: (n) => `${problems(n)} nell’invio: non è stato salvato nulla. Correggi o metti da parte i giudizi indicati.`,
  batchConflicts: (n) =>
    `${n === 1 ? '1 giudizio riusa' : `${n} giudizi riusano`} un identificativo già salvato per un altro giudizio: non è stato salvato nulla. Metti da parte i giudizi indicati e invia di nuovo gli altri.`,
  terminalTooManyBatches: (max, seconds) =>
    `Questo terminale ha fatto più di ${max} invii in un minuto: attendi ${seconds} s (il limite è TERMINAL_RATE_LIMIT nella configurazione del collettore).`,
  tokenOfOtherTerminal: (tokenTerminal, bodyTerminal) => `La chiave di questo dispositivo appartiene al terminale «${tokenTerminal}», non a «${bodyTerminal}».`,

  // Reports
  periodDayInvalid: (day) => `«${day}» non è una data del calendario (AAAA-MM-GG)`,
  outsideCountedYears: (what, first, last) => `«${what}» è fuori dagli anni che il collettore conta, dal ${first} al ${last}`,
  periodBackwards: (from) => `non può essere prima di «from» (${from})`,
  periodTooLong: (maxDays, days) => `il periodo può coprire al massimo ${maxDays} giorni, non ${days}`,
  periodInvalid: 'Il periodo del report non è valido.',
  officeMissing: (officeId) => `L’ufficio «${officeId}» non esiste.`,
  yearOutOfRange: (first, last) => `Indica un anno dal ${first} al ${last}.`,
  notAReportYear: (year, first, last) => `«${year}» non è un anno dal ${first} al ${last}`,
  bulletinPeriodAsked: 'Indica un mese (month=2026-10) oppure un anno (year=2026).',
  monthOrYear: 'indica «month» oppure «year», uno solo dei due',

  // People served: the per-line reasons of a CSV import read "riga 3: giorno — …" on the dashboard
  figuresInvalid: (n) => `${problems(n)}: non è stato salvato nulla. Correggi le voci indicate e inviale di nuovo tutte.`,
  csvInvalid: (n) => `${problems(n)} nel file: non è stato importato nulla. Correggi le righe indicate e importa di nuovo l’intero file.`,
  officeMissingForKey: (officeId) => `L’ufficio «${officeId}» non esiste nell’amministrazione di questa chiave API.`,
  servedServiceForeign: (serviceId) => `il servizio «${serviceId}» non appartiene all’amministrazione di questo ufficio`,
  servedDayAhead: (day, today) => `${italianArticle(longDay(day))} non è ancora arrivato nel fuso orario dell’ufficio (oggi è ${italianArticle(longDay(today))})`,
  servedTwice: (firstLine, firstEntry) =>
    `un secondo numero per lo stesso servizio, canale e giorno (il primo è ${firstLine ? `alla riga ${firstLine}` : `la voce ${firstEntry}`})`,
  csvColumnsMissing: (columns) =>
    `la prima riga deve dare i nomi delle colonne; ${columns.length === 1 ? 'manca' : 'mancano'}: ${columns.join(', ')} (per esempio «giorno;servizio;canale;persone»)`,
  csvChannelColumnMisspelt: (name) =>
    `la colonna «${name}» sembra il canale: scrivi «canale» nell’intestazione, oppure togli la colonna per contare ogni numero allo sportello (letto senza, ogni numero sarebbe andato allo sportello)`,
  csvColumnsNotRecognised: (names, known) => `non ${names.length === 1 ? 'riconosciuta' : 'riconosciute'}: ${names.map((n) => `«${n}»`).join(', ')}; le colonne lette sono ${known.join(', ')}`,
  csvNotADate: (text) => `«${text}» non è una data (scrivi 2026-03-31 oppure 31/03/2026)`,
  csvNoSuchService: (text) => `nessun servizio si chiama «${text}» (scrivi il nome o l’identificativo del servizio)`,
  csvCharsetUnknown: (charset) => `«${charset}» non è una codifica di caratteri che il collettore conosce: invia il file in UTF-8, o dichiarane una come windows-1252`,
  csvNotUtf8: 'Il file non è in UTF-8: salvalo come «CSV UTF-8», o dichiarane la codifica (text/csv; charset=windows-1252 per un file salvato da Excel). Non è stato importato nulla.',
  csvNotInCharset: (charset) => `Il file non è ${charset} valido, come dichiara il suo Content-Type. Non è stato importato nulla.`,
  csvUndecodable: 'contiene byte che non sono testo in questa codifica',
  csvServiceNameShared: (text, services) => `${services} servizi si chiamano «${text}»: scrivi l’identificativo del servizio (pagina Servizi)`,
  csvEmptyCell: 'è vuoto',
  csvNotAChannel: (text) => `«${text}» non è un canale (sportello, telefono o web)`,
  csvServedEmpty: 'è vuoto (scrivi 0 per un giorno in cui non è stato servito nessuno)',
  csvNotACount: (text, max) => `«${text}» non è un numero intero di persone da 0 a ${max.toLocaleString('it-IT')}`,
  csvNoFigures: 'il file ha la riga dei nomi delle colonne ma nessun numero',

  // The public page, its open data and its badge
  monthsInvalid: 'I mesi richiesti non sono validi: vedi i problemi indicati.',
  monthNotOver: (month, last) => `il mese ${month} non è ancora finito: l’ultimo mese completo è il ${last}`,
  monthsBackwards: (to) => `non può essere dopo «to» (${to})`,
  downloadTooLong: (maxMonths) => `ogni download copre al massimo ${maxMonths} mesi: fai più richieste`,
  nothingPublished: 'A questo indirizzo non è pubblicato nulla: controlla l’indirizzo, oppure chiedi all’amministrazione se pubblica i propri risultati.',
  noSuchFile: 'Questo file non esiste.',
};
