// The mobile page a QR code opens, in French.
import type { MobileWords } from './it';

const words: MobileWords = {
  title: 'Évaluez le service',
  question: 'Comment cela s’est-il passé\u00a0?',
  loading: 'Un instant…',
  touchAFace: 'Touchez le visage qui décrit le mieux le service reçu.',
  faces: { positivo: 'Positif', sufficiente: 'Moyen', negativo: 'Négatif' },
  sending: 'Envoi en cours…',
  thanksTitle: 'Merci\u00a0!',
  thanksBody: 'Votre avis a été enregistré.',
  note: 'L’avis est anonyme\u00a0: nous ne demandons ni ne conservons aucune donnée personnelle. Chaque code ne vaut que pour un seul avis.',
  missingCode: 'Le code manque\u00a0: scannez à nouveau le code QR reçu au guichet.',
  codeUsed: 'Ce code a déjà été utilisé\u00a0: chaque code ne vaut que pour un seul avis. Merci quand même\u00a0!',
  codeExpired: 'Ce code a expiré\u00a0: demandez un nouveau code au guichet.',
  codeWithdrawn: 'Ce code n’est plus valable\u00a0: le bureau a retiré ces codes. Pour donner votre avis, demandez un nouveau code au guichet.',
  rateLimited: 'Trop de demandes depuis cette connexion\u00a0: réessayez dans quelques minutes.',
  codeInvalid: 'Ce code n’est pas valide\u00a0: scannez à nouveau le code QR en entier.',
  notSent: 'L’avis n’a pas été envoyé\u00a0: réessayez dans un instant.',
  languages: 'Langue · Language',
};

export default words;
