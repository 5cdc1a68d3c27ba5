// The collector's error answers in English, for what the HTTP layer itself refuses (validation, size, routing, rate): the API's default language.

export const HTTP_EN = {
  requestInvalid: (part: string) => `The request ${part} is invalid. See the problems listed.`,
  bodyInvalid: 'The request body is invalid; nothing was stored. See the problems listed.',
  bodyTooLarge: 'The request body is too large: send fewer votes per request (at most 500, and 512 KiB).',
  notJson: 'Send the body as application/json.',
  emptyJsonBody: "Body cannot be empty when content-type is set to 'application/json'",
  invalidJsonBody: "Body is not valid JSON but content-type is set to 'application/json'",
  bodyLengthMismatch: 'Request body size did not match Content-Length',
  internalError: 'The collector failed to handle the request; nothing was stored. Try again later; the log has the details.',
  noRoute: (method: string, path: string) => `No route ${method} ${path}.`,
  addressTooLong: 'A part of the address is longer than 100 characters: no item has such an id.',
  addressUndecodable: 'The address cannot be decoded (a stray % or an invalid character?).',
  tooManyRequests: (seconds: number) => `Too many requests from this address: try again in ${seconds} s.`,
  holdsNul: 'The request holds the NUL character (U+0000); nothing was stored. See the problems listed.',
  nulInText: 'contains the NUL character (U+0000), which no text here may hold',
  nulInName: 'the name contains the NUL character (U+0000)',
  unknownField: 'is not a known field',
  // A schema's refusals of one field, as a form shows them beside it; any other keeps the validator's own words.
  fieldMissing: 'is missing',
  fieldEmpty: 'cannot be empty',
  fieldTooShort: (n: number) => `must have at least ${n} characters`,
  fieldTooLong: (n: number) => `can have at most ${n} characters`,
  fieldAtLeast: (n: number) => `must be at least ${n}`,
  fieldMoreThan: (n: number) => `must be more than ${n}`,
  fieldAtMost: (n: number) => `can be at most ${n}`,
  fieldLessThan: (n: number) => `must be less than ${n}`,
  fieldFewItems: (n: number) => `must list at least ${n}`,
  fieldManyItems: (n: number) => `can list at most ${n}`,
  notAnEmail: 'is not an e-mail address (name@example.org)',
  notADay: 'is not a date (YYYY-MM-DD)',
  notAnInstant: 'is not a date and time (ISO 8601, as 2026-11-29T10:00:00Z)',
  notAWebAddress: 'is not a web address (https://…)',
  oneOf: (values: string) => `must be one of: ${values}`,
  someFieldsInvalid: 'Some fields are invalid: see the problems listed.',
};

export type HttpWords = typeof HTTP_EN;
