// Words of the translation fields in the services and reasons forms, in English (kiosk/dashboard/admin/translation-labels.ts is the Italian original).
import type { TRANSLATION_LABELS as Italian } from '../../../admin/translation-labels';
import type { Translation } from '../../translation';

export const TRANSLATION_LABELS: Translation<typeof Italian> = {
  summary: (n) => (n === 0 ? 'Translations for the terminal: none' : n === 1 ? 'Translations for the terminal: 1 language' : `Translations for the terminal: ${n} languages`),
  hint: 'Citizens who choose another language on the terminal read these; where one is missing, they read the Italian text.',
  stale: 'The Italian text has changed: check that each translation still says the same thing, or clear it (the terminal will show the Italian). The translations are saved as written here.',
  languages: {
    de: 'German',
    fr: 'French',
    sl: 'Slovenian',
    en: 'English',
    ro: 'Romanian',
    sq: 'Albanian',
    ar: 'Arabic',
    zh: 'Chinese (simplified)',
    uk: 'Ukrainian',
    es: 'Spanish',
  },
  fieldOf: (language, of) => `${language}: ${of}`,
};
