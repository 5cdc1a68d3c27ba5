// What a citizen reads on the terminal, in Italian: the reference catalogue every other language copies key by key.
import type { FaceId } from '../../../server/contract/scale';

interface FaceWords {
  /** The word under the face. */
  label: string;
  /** The button's accessible name: screen readers read it, tests find the face by it. */
  accessibleName: string;
}

/**
 * Only the citizen's path is here (start, faces, reasons, thanks, language choice). The staff's
 * screens (pairing, status corner, problems) stay in Italian, in ../i18n.ts: staff are the office's.
 */
export const it = {
  // Service picker (totem)
  pickServiceTitle: 'Per quale servizio sei venuto?',
  pickServiceHint: 'Tocca il servizio che hai usato',
  // Faces
  rateTitle: 'Come valuti il servizio?',
  changeService: 'Cambia servizio',
  faces: {
    ottimo: { label: 'Ottimo', accessibleName: 'Giudizio ottimo' },
    positivo: { label: 'Positivo', accessibleName: 'Giudizio positivo' },
    sufficiente: { label: 'Sufficiente', accessibleName: 'Giudizio sufficiente' },
    negativo: { label: 'Negativo', accessibleName: 'Giudizio negativo' },
    pessimo: { label: 'Pessimo', accessibleName: 'Giudizio pessimo' },
  } satisfies Record<FaceId, FaceWords> as Record<FaceId, FaceWords>,
  // Reasons
  reasonsTitle: 'Cosa non è andato?',
  reasonsHint: 'Puoi scegliere più risposte',
  send: 'Invia',
  skip: 'Salta',
  // What the external buttons' keys 1 and 2 do on the reasons screen (3 is «Invia» or «Salta»).
  reasonKeyNext: 'Risposta successiva',
  reasonKeyToggle: 'Scegli o togli',
  // Thanks
  thanksTitle: 'Grazie!',
  thanksBody: 'Il tuo giudizio è stato registrato.',
  // Vote could not be written: honest, short, and it goes away by itself.
  saveFailedTitle: 'Non è stato possibile registrare il giudizio',
  saveFailedBody: 'Ci scusiamo: avvisa il personale allo sportello.',
  // Language choice: the button also says "Language", for whoever reads no Italian.
  languageButton: 'Lingua · Language',
  languageTitle: 'Scegli la lingua',
  /** Leaves the language list unchanged: for whoever opened it by mistake. */
  languageBack: 'Indietro',
  languageUnavailable: (language: string) => `${language} non è disponibile ora su questo terminale.`,
};

/** The shape of every catalogue: the same keys as Italian, each a string or a function of the same arguments. */
export type Words = typeof it;
