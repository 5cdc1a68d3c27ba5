// What a citizen reads on the terminal, in French (official in the Aosta Valley). A no-break space before ? and !.
import type { Words } from './it';

const fr: Words = {
  pickServiceTitle: 'Quel service avez-vous utilisé\u00a0?',
  pickServiceHint: 'Touchez le service utilisé',
  rateTitle: 'Comment évaluez-vous le service\u00a0?',
  changeService: 'Changer de service',
  faces: {
    ottimo: { label: 'Excellent', accessibleName: 'Avis excellent' },
    positivo: { label: 'Positif', accessibleName: 'Avis positif' },
    sufficiente: { label: 'Moyen', accessibleName: 'Avis moyen' },
    negativo: { label: 'Négatif', accessibleName: 'Avis négatif' },
    pessimo: { label: 'Très mauvais', accessibleName: 'Avis très mauvais' },
  },
  reasonsTitle: 'Qu’est-ce qui n’allait pas\u00a0?',
  reasonsHint: 'Plusieurs réponses possibles',
  send: 'Envoyer',
  skip: 'Passer',
  reasonKeyNext: 'Réponse suivante',
  reasonKeyToggle: 'Choisir ou retirer',
  thanksTitle: 'Merci\u00a0!',
  thanksBody: 'Votre avis a été enregistré.',
  saveFailedTitle: 'Votre avis n’a pas pu être enregistré',
  saveFailedBody: 'Veuillez nous excuser\u00a0: prévenez le personnel au guichet.',
  languageButton: 'Langue · Language',
  languageTitle: 'Choisissez la langue',
  languageBack: 'Retour',
  languageUnavailable: (language) => `${language}\u00a0: langue indisponible sur ce terminal pour le moment.`,
};

export default fr;
