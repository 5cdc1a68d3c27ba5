// What a citizen reads on the mobile page a QR code opens, in Italian: the reference every other language copies key by key.
import type { MobileFace } from '../../../contract/channel-schemas';

export const it = {
  /** The page's title and heading. */
  title: 'Valuta il servizio',
  question: 'Come è andata?',
  loading: 'Un momento…',
  touchAFace: 'Tocca la faccina che descrive meglio il servizio che hai ricevuto.',
  /** The word under each face: the terminal's, so a citizen reads the same scale on both (a test compares them). */
  faces: { positivo: 'Positivo', sufficiente: 'Sufficiente', negativo: 'Negativo' } satisfies Record<MobileFace, string>,
  sending: 'Invio in corso…',
  thanksTitle: 'Grazie!',
  thanksBody: 'Il tuo giudizio è stato registrato.',
  note: 'Il giudizio è anonimo: non chiediamo né conserviamo dati personali. Ogni codice vale per un solo giudizio.',
  // The collector's refusals, by their stable code (mobile.js).
  missingCode: 'Manca il codice: inquadra di nuovo il codice QR che ti hanno dato allo sportello.',
  codeUsed: 'Questo codice è già stato usato: ogni codice vale per un solo giudizio. Grazie comunque!',
  codeExpired: 'Questo codice è scaduto: chiedi allo sportello un nuovo codice.',
  codeWithdrawn: 'Questo codice non vale più: l’ufficio ha ritirato questi codici. Se vuoi dare un giudizio, chiedi allo sportello un nuovo codice.',
  rateLimited: 'Troppe richieste da questa connessione: riprova fra qualche minuto.',
  codeInvalid: 'Questo codice non è valido: inquadra di nuovo il codice QR per intero.',
  notSent: 'Il giudizio non è stato inviato: riprova fra poco.',
  /** The language list's label: it says "Language" too, for whoever reads no Italian (as on the terminal). */
  languages: 'Lingua · Language',
};

/** Every language's catalogue has the Italian one's keys. */
export type MobileWords = typeof it;
