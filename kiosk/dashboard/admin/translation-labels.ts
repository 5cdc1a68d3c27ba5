// Words of the translation fields in the services and reasons forms (the terminal's languages, named in Italian).
import type { TranslationLanguage } from '../../../server/contract/languages';

export const TRANSLATION_LABELS = {
  summary: (n: number) => (n === 0 ? 'Traduzioni per il terminale: nessuna' : n === 1 ? 'Traduzioni per il terminale: 1 lingua' : `Traduzioni per il terminale: ${n} lingue`),
  hint: 'Il cittadino che sceglie un’altra lingua sul terminale legge queste; dove manca, legge il testo italiano.',
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
