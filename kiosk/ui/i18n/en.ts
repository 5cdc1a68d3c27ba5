// What a citizen reads on the terminal, in English.
import type { Words } from './it';

const en: Words = {
  pickServiceTitle: 'Which service did you use?',
  pickServiceHint: 'Tap the service you used',
  rateTitle: 'How would you rate the service?',
  changeService: 'Change service',
  faces: {
    ottimo: { label: 'Excellent', accessibleName: 'Rating: excellent' },
    positivo: { label: 'Good', accessibleName: 'Rating: good' },
    sufficiente: { label: 'Fair', accessibleName: 'Rating: fair' },
    negativo: { label: 'Poor', accessibleName: 'Rating: poor' },
    pessimo: { label: 'Very poor', accessibleName: 'Rating: very poor' },
  },
  reasonsTitle: 'What went wrong?',
  reasonsHint: 'You can choose more than one',
  send: 'Send',
  skip: 'Skip',
  reasonKeyNext: 'Next answer',
  reasonKeyToggle: 'Choose or remove',
  thanksTitle: 'Thank you!',
  thanksBody: 'Your rating has been recorded.',
  saveFailedTitle: 'Your rating could not be recorded',
  saveFailedBody: 'We apologise: please tell the staff at the counter.',
  // "Lingua" too, so an Italian speaker after an English one finds the way back.
  languageButton: 'Language · Lingua',
  languageTitle: 'Choose your language',
  languageBack: 'Back',
  languageUnavailable: (language) => `${language} is not available on this terminal right now.`,
};

export default en;
