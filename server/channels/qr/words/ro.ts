// The mobile page a QR code opens, in Romanian.
import type { MobileWords } from './it';

const words: MobileWords = {
  title: 'Evaluați serviciul',
  question: 'Cum a fost?',
  loading: 'O clipă…',
  touchAFace: 'Atingeți fața care descrie cel mai bine serviciul primit.',
  faces: { positivo: 'Bine', sufficiente: 'Satisfăcător', negativo: 'Slab' },
  sending: 'Se trimite…',
  thanksTitle: 'Mulțumim!',
  thanksBody: 'Evaluarea dvs. a fost înregistrată.',
  note: 'Evaluarea este anonimă: nu cerem și nu păstrăm date personale. Fiecare cod este valabil pentru o singură evaluare.',
  missingCode: 'Lipsește codul: scanați din nou codul QR primit la ghișeu.',
  codeUsed: 'Acest cod a fost deja folosit: fiecare cod este valabil pentru o singură evaluare. Vă mulțumim oricum!',
  codeExpired: 'Acest cod a expirat: cereți un cod nou la ghișeu.',
  codeWithdrawn: 'Acest cod nu mai este valabil: biroul a retras aceste coduri. Dacă doriți să dați o evaluare, cereți un cod nou la ghișeu.',
  rateLimited: 'Prea multe cereri de la această conexiune: încercați din nou peste câteva minute.',
  codeInvalid: 'Acest cod nu este valid: scanați din nou întregul cod QR.',
  notSent: 'Evaluarea nu a fost trimisă: încercați din nou peste puțin timp.',
  languages: 'Limba · Language',
};

export default words;
