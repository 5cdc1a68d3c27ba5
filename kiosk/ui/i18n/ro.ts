// What a citizen reads on the terminal, in Romanian.
import type { Words } from './it';

const ro: Words = {
  pickServiceTitle: 'Ce serviciu ați folosit?',
  pickServiceHint: 'Atingeți serviciul folosit',
  rateTitle: 'Cum evaluați serviciul?',
  changeService: 'Schimbați serviciul',
  faces: {
    ottimo: { label: 'Excelent', accessibleName: 'Evaluare: excelent' },
    positivo: { label: 'Bine', accessibleName: 'Evaluare: bine' },
    sufficiente: { label: 'Satisfăcător', accessibleName: 'Evaluare: satisfăcător' },
    negativo: { label: 'Slab', accessibleName: 'Evaluare: slab' },
    pessimo: { label: 'Foarte slab', accessibleName: 'Evaluare: foarte slab' },
  },
  reasonsTitle: 'Ce nu a mers bine?',
  reasonsHint: 'Puteți alege mai multe răspunsuri',
  send: 'Trimiteți',
  skip: 'Omiteți',
  reasonKeyNext: 'Răspunsul următor',
  reasonKeyToggle: 'Alegeți sau renunțați',
  thanksTitle: 'Mulțumim!',
  thanksBody: 'Evaluarea dvs. a fost înregistrată.',
  saveFailedTitle: 'Evaluarea dvs. nu a putut fi înregistrată',
  saveFailedBody: 'Ne cerem scuze: anunțați personalul de la ghișeu.',
  languageButton: 'Limba · Language',
  languageTitle: 'Alegeți limba',
  languageBack: 'Înapoi',
  languageUnavailable: (language) => `${language}: limbă indisponibilă acum pe acest terminal.`,
};

export default ro;
