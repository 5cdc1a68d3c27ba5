// The mobile page a QR code opens, in Spanish.
import type { MobileWords } from './it';

const words: MobileWords = {
  title: 'Valore el servicio',
  question: '¿Qué tal ha ido?',
  loading: 'Un momento, por favor…',
  touchAFace: 'Toque la cara que mejor describe el servicio recibido.',
  faces: { positivo: 'Bien', sufficiente: 'Regular', negativo: 'Mal' },
  sending: 'Enviando…',
  thanksTitle: '¡Gracias!',
  thanksBody: 'Su valoración ha quedado registrada.',
  note: 'La valoración es anónima: no pedimos ni guardamos datos personales. Cada código vale para una sola valoración.',
  missingCode: 'Falta el código: vuelva a escanear el código QR que le dieron en la ventanilla.',
  codeUsed: 'Este código ya se ha usado: cada código vale para una sola valoración. ¡Gracias de todos modos!',
  codeExpired: 'Este código ha caducado: pida un código nuevo en la ventanilla.',
  codeWithdrawn: 'Este código ya no es válido: la oficina ha retirado estos códigos. Si quiere valorar el servicio, pida un código nuevo en la ventanilla.',
  rateLimited: 'Demasiadas solicitudes desde esta conexión: vuelva a intentarlo dentro de unos minutos.',
  codeInvalid: 'Este código no es válido: vuelva a escanear el código QR completo.',
  notSent: 'La valoración no se ha enviado: vuelva a intentarlo en un momento.',
  languages: 'Idioma · Language',
};

export default words;
