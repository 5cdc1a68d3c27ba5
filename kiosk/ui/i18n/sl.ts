// What a citizen reads on the terminal, in Slovenian (official in parts of Friuli-Venezia Giulia).
import type { Words } from './it';

const sl: Words = {
  pickServiceTitle: 'Katero storitev ste uporabili?',
  pickServiceHint: 'Tapnite storitev, ki ste jo uporabili',
  rateTitle: 'Kako ocenjujete storitev?',
  changeService: 'Zamenjaj storitev',
  faces: {
    ottimo: { label: 'Odlično', accessibleName: 'Ocena: odlično' },
    positivo: { label: 'Dobro', accessibleName: 'Ocena: dobro' },
    sufficiente: { label: 'Zadostno', accessibleName: 'Ocena: zadostno' },
    negativo: { label: 'Slabo', accessibleName: 'Ocena: slabo' },
    pessimo: { label: 'Zelo slabo', accessibleName: 'Ocena: zelo slabo' },
  },
  reasonsTitle: 'Kaj ni bilo v redu?',
  reasonsHint: 'Izberete lahko več odgovorov',
  send: 'Pošlji',
  skip: 'Preskoči',
  reasonKeyNext: 'Naslednji odgovor',
  reasonKeyToggle: 'Izberi ali odstrani',
  thanksTitle: 'Hvala!',
  thanksBody: 'Vaša ocena je zabeležena.',
  saveFailedTitle: 'Vaše ocene ni bilo mogoče zabeležiti',
  saveFailedBody: 'Opravičujemo se: obvestite osebje pri okencu.',
  languageButton: 'Jezik · Language',
  languageTitle: 'Izberite jezik',
  languageBack: 'Nazaj',
  languageUnavailable: (language) => `${language}: na tem terminalu trenutno ni na voljo.`,
};

export default sl;
