// What a citizen reads on the terminal, in Spanish.
import type { Words } from './it';

const es: Words = {
  pickServiceTitle: '¿Qué servicio ha utilizado?',
  pickServiceHint: 'Toque el servicio que ha utilizado',
  rateTitle: '¿Cómo valora el servicio?',
  changeService: 'Cambiar de servicio',
  faces: {
    ottimo: { label: 'Excelente', accessibleName: 'Valoración: excelente' },
    positivo: { label: 'Bien', accessibleName: 'Valoración: bien' },
    sufficiente: { label: 'Regular', accessibleName: 'Valoración: regular' },
    negativo: { label: 'Mal', accessibleName: 'Valoración: mal' },
    pessimo: { label: 'Muy mal', accessibleName: 'Valoración: muy mal' },
  },
  reasonsTitle: '¿Qué no ha ido bien?',
  reasonsHint: 'Puede elegir varias respuestas',
  send: 'Enviar',
  skip: 'Omitir',
  reasonKeyNext: 'Siguiente respuesta',
  reasonKeyToggle: 'Elegir o quitar',
  thanksTitle: '¡Gracias!',
  thanksBody: 'Su valoración ha quedado registrada.',
  saveFailedTitle: 'No se ha podido registrar su valoración',
  saveFailedBody: 'Disculpe: avise al personal de la ventanilla.',
  languageButton: 'Idioma · Language',
  languageTitle: 'Elija el idioma',
  languageBack: 'Volver',
  languageUnavailable: (language) => `${language}: no disponible ahora en este terminal.`,
};

export default es;
