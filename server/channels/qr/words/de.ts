// The mobile page a QR code opens, in German.
import type { MobileWords } from './it';

const words: MobileWords = {
  title: 'Bewerten Sie den Dienst',
  question: 'Wie war es?',
  loading: 'Einen Moment…',
  touchAFace: 'Tippen Sie auf das Gesicht, das den erhaltenen Dienst am besten beschreibt.',
  faces: { positivo: 'Gut', sufficiente: 'Ausreichend', negativo: 'Schlecht' },
  sending: 'Wird gesendet…',
  thanksTitle: 'Danke!',
  thanksBody: 'Ihre Bewertung wurde gespeichert.',
  note: 'Die Bewertung ist anonym: Wir erfragen und speichern keine personenbezogenen Daten. Jeder Code gilt für eine einzige Bewertung.',
  missingCode: 'Der Code fehlt: Scannen Sie den QR-Code, den Sie am Schalter erhalten haben, erneut.',
  codeUsed: 'Dieser Code wurde bereits verwendet: Jeder Code gilt für eine einzige Bewertung. Trotzdem vielen Dank!',
  codeExpired: 'Dieser Code ist abgelaufen: Bitten Sie am Schalter um einen neuen Code.',
  codeWithdrawn: 'Dieser Code gilt nicht mehr: Das Amt hat diese Codes zurückgezogen. Wenn Sie eine Bewertung abgeben möchten, bitten Sie am Schalter um einen neuen Code.',
  rateLimited: 'Zu viele Anfragen von dieser Verbindung: Versuchen Sie es in einigen Minuten erneut.',
  codeInvalid: 'Dieser Code ist ungültig: Scannen Sie den QR-Code erneut und vollständig.',
  notSent: 'Die Bewertung wurde nicht gesendet: Versuchen Sie es gleich noch einmal.',
  languages: 'Sprache · Language',
};

export default words;
