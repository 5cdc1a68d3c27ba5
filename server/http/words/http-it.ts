// The collector's error answers in Italian, for what the HTTP layer itself refuses: what a dashboard in Italian shows.
import type { HttpWords } from './http-en';

export const HTTP_IT: HttpWords = {
  requestInvalid: (part: string) => `${PARTS[part] ?? `La parte «${part}» della richiesta non è valida`}. Vedi i problemi indicati.`,
  bodyInvalid: 'I dati inviati non sono validi: non è stato salvato nulla. Vedi i problemi indicati.',
  bodyTooLarge: 'La richiesta è troppo grande: invia meno giudizi per richiesta (al massimo 500 e 512 KiB).',
  notJson: 'Invia i dati come application/json.',
  emptyJsonBody: 'I dati sono vuoti, ma la richiesta li dichiara application/json.',
  invalidJsonBody: 'I dati non sono JSON valido, ma la richiesta li dichiara application/json.',
  bodyLengthMismatch: 'La lunghezza dei dati ricevuti non corrisponde a Content-Length.',
  internalError: 'Il collettore non è riuscito a trattare la richiesta: non è stato salvato nulla. Riprova più tardi; il registro del collettore riporta i dettagli.',
  noRoute: (method: string, path: string) => `Nessun indirizzo ${method} ${path}.`,
  addressTooLong: 'Una parte dell’indirizzo supera i 100 caratteri: nessun elemento ha un identificativo così lungo.',
  addressUndecodable: 'L’indirizzo non si può decodificare (un % isolato o un carattere non valido?).',
  tooManyRequests: (seconds: number) => `Troppe richieste da questo indirizzo: riprova tra ${seconds} s.`,
  holdsNul: 'La richiesta contiene il carattere NUL (U+0000): non è stato salvato nulla. Vedi i problemi indicati.',
  nulInText: 'contiene il carattere NUL (U+0000), che nessun testo qui può contenere',
  nulInName: 'il nome contiene il carattere NUL (U+0000)',
  holdsLoneSurrogate: 'La richiesta contiene testo che non è Unicode valido (metà di una coppia surrogata UTF-16): non è stato salvato nulla. Vedi i problemi indicati.',
  loneSurrogateInText: 'contiene metà di una coppia surrogata UTF-16 (\\uD800-\\uDFFF da sola), che non è un carattere',
  loneSurrogateInName: 'il nome contiene metà di una coppia surrogata UTF-16, che non è un carattere',
  nestedTooDeepBody: 'I dati inviati sono annidati più a fondo di qualsiasi richiesta di questa API: non è stato salvato nulla.',
  nestedTooDeep: (depth) => `annidato per più di ${depth} livelli`,
  unknownField: 'non è un campo previsto',
  fieldMissing: 'manca',
  fieldEmpty: 'non può essere vuoto',
  fieldTooShort: (n: number) => `deve avere almeno ${n} caratteri`,
  fieldTooLong: (n: number) => `può avere al massimo ${n} caratteri`,
  fieldAtLeast: (n: number) => `deve essere almeno ${n}`,
  fieldMoreThan: (n: number) => `deve essere più di ${n}`,
  fieldAtMost: (n: number) => `può essere al massimo ${n}`,
  fieldLessThan: (n: number) => `deve essere meno di ${n}`,
  fieldFewItems: (n: number) => `deve indicarne almeno ${n}`,
  fieldManyItems: (n: number) => `può indicarne al massimo ${n}`,
  notAnEmail: 'non è un indirizzo e-mail (nome@esempio.it)',
  notADay: 'non è una data (AAAA-MM-GG)',
  notAnInstant: 'non è una data con ora (ISO 8601, come 2026-11-29T10:00:00Z)',
  notAWebAddress: 'non è un indirizzo web (https://…)',
  oneOf: (values: string) => `deve essere uno tra: ${values}`,
  someFieldsInvalid: 'Alcuni campi non sono validi: vedi i problemi indicati.',
};

/** Which part of a request Fastify's validation names (body, querystring, params, headers). */
const PARTS: Readonly<Record<string, string>> = {
  querystring: 'I parametri dell’indirizzo non sono validi',
  params: 'L’indirizzo non è valido',
  headers: 'Le intestazioni della richiesta non sono valide',
};
