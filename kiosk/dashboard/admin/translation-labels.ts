// Words of the translation fields in the services and reasons forms (the terminal's languages, named in Italian).
import type { TranslationLanguage } from '../../../server/contract/languages';

export const TRANSLATION_LABELS = {
  summary: (n: number) => (n === 0 ? 'Traduzioni per il terminale: nessuna' : n === 1 ? 'Traduzioni per il terminale: 1 lingua' : `Traduzioni per il terminale: ${n} lingue`),
  hint: 'Il cittadino che sceglie un’altra lingua sul terminale legge queste; dove manca, legge il testo italiano.',
  /** The Italian changed and translations are there: they may still say the old thing, and a citizen would tap it meaning that. */
  stale: 'Il testo italiano è cambiato: controlla che ogni traduzione dica ancora la stessa cosa, oppure cancellala (il terminale mostrerà l’italiano). Le traduzioni si salvano come sono scritte qui.',
  languages: {
    de: 'Tedesco',
    fr: 'Francese',
    sl: 'Sloveno',
    en: 'Inglese',
    ro: 'Rumeno',
    sq: 'Albanese',
    ar: 'Arabo',
    zh: 'Cinese (semplificato)',
    uk: 'Ucraino',
    es: 'Spagnolo',
  } satisfies Record<TranslationLanguage, string>,
  fieldOf: (language: string, of: string) => `${language}: ${of}`,
};
