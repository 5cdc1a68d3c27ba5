// The mobile page a QR code opens, in English.
import type { MobileWords } from './it';

const words: MobileWords = {
  title: 'Rate the service',
  question: 'How did it go?',
  loading: 'One moment…',
  touchAFace: 'Tap the face that best describes the service you received.',
  faces: { positivo: 'Good', sufficiente: 'Fair', negativo: 'Poor' },
  sending: 'Sending…',
  thanksTitle: 'Thank you!',
  thanksBody: 'Your rating has been recorded.',
  note: 'Your rating is anonymous: we neither ask for nor keep any personal data. Each code is good for one rating only.',
  missingCode: 'The code is missing: scan the QR code you were given at the counter again.',
  codeUsed: 'This code has already been used: each code is good for one rating only. Thank you all the same!',
  codeExpired: 'This code has expired: ask at the counter for a new one.',
  codeWithdrawn: 'This code no longer works: the office has withdrawn these codes. To give a rating, ask at the counter for a new one.',
  rateLimited: 'Too many requests from this connection: try again in a few minutes.',
  codeInvalid: 'This code is not valid: scan the whole QR code again.',
  notSent: 'Your rating was not sent: try again in a moment.',
  languages: 'Language · Lingua',
};

export default words;
