// What a citizen reads on the terminal, in Albanian.
import type { Words } from './it';

const sq: Words = {
  pickServiceTitle: 'Cilin shërbim përdorët?',
  pickServiceHint: 'Prekni shërbimin që përdorët',
  rateTitle: 'Si e vlerësoni shërbimin?',
  changeService: 'Ndryshoni shërbimin',
  faces: {
    ottimo: { label: 'Shumë mirë', accessibleName: 'Vlerësim: shumë mirë' },
    positivo: { label: 'Mirë', accessibleName: 'Vlerësim: mirë' },
    sufficiente: { label: 'Mjaftueshëm', accessibleName: 'Vlerësim: mjaftueshëm' },
    negativo: { label: 'Keq', accessibleName: 'Vlerësim: keq' },
    pessimo: { label: 'Shumë keq', accessibleName: 'Vlerësim: shumë keq' },
  },
  reasonsTitle: 'Çfarë nuk shkoi mirë?',
  reasonsHint: 'Mund të zgjidhni më shumë se një përgjigje',
  send: 'Dërgo',
  skip: 'Kapërce',
  reasonKeyNext: 'Përgjigjja tjetër',
  reasonKeyToggle: 'Zgjidh ose hiq',
  thanksTitle: 'Faleminderit!',
  thanksBody: 'Vlerësimi juaj u regjistrua.',
  saveFailedTitle: 'Vlerësimi juaj nuk u regjistrua dot',
  saveFailedBody: 'Na vjen keq: njoftoni personelin në sportel.',
  languageButton: 'Gjuha · Language',
  languageTitle: 'Zgjidhni gjuhën',
  languageBack: 'Kthehu',
  languageUnavailable: (language) => `${language}: kjo gjuhë nuk është e disponueshme tani në këtë terminal.`,
};

export default sq;
