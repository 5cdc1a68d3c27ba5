// What a citizen reads on the terminal, in German (official in South Tyrol).
import type { Words } from './it';

const de: Words = {
  pickServiceTitle: 'Welchen Dienst haben Sie genutzt?',
  pickServiceHint: 'Tippen Sie auf den genutzten Dienst',
  rateTitle: 'Wie bewerten Sie den Dienst?',
  changeService: 'Dienst ändern',
  faces: {
    ottimo: { label: 'Sehr gut', accessibleName: 'Bewertung: sehr gut' },
    positivo: { label: 'Gut', accessibleName: 'Bewertung: gut' },
    sufficiente: { label: 'Ausreichend', accessibleName: 'Bewertung: ausreichend' },
    negativo: { label: 'Schlecht', accessibleName: 'Bewertung: schlecht' },
    pessimo: { label: 'Sehr schlecht', accessibleName: 'Bewertung: sehr schlecht' },
  },
  reasonsTitle: 'Was lief nicht gut?',
  reasonsHint: 'Mehrere Antworten möglich',
  send: 'Senden',
  skip: 'Überspringen',
  reasonKeyNext: 'Nächste Antwort',
  reasonKeyToggle: 'Wählen oder abwählen',
  thanksTitle: 'Danke!',
  thanksBody: 'Ihre Bewertung wurde gespeichert.',
  saveFailedTitle: 'Ihre Bewertung konnte nicht gespeichert werden',
  saveFailedBody: 'Entschuldigung: Bitte sagen Sie es dem Personal am Schalter.',
  languageButton: 'Sprache · Language',
  languageTitle: 'Sprache wählen',
  languageBack: 'Zurück',
  languageUnavailable: (language) => `${language} ist auf diesem Terminal gerade nicht verfügbar.`,
};

export default de;
