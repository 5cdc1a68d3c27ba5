// The languages a citizen can choose on a terminal, shared by the kiosk (catalogues) and the collector (translations).

/**
 * Italian first: it is the default and the language every service and reason is written in.
 * Then the languages official in parts of Italy (German, French, Slovenian), English, and those
 * of the largest foreign communities. Codes are ISO 639-1; 'zh' is Simplified Chinese.
 */
export const TERMINAL_LANGUAGES = ['it', 'de', 'fr', 'sl', 'en', 'ro', 'sq', 'ar', 'zh', 'uk', 'es'] as const;
export type TerminalLanguage = (typeof TERMINAL_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: TerminalLanguage = 'it';

/** The languages an administrator may translate a service name or a reason into (Italian is the name itself). */
export const TRANSLATION_LANGUAGES = TERMINAL_LANGUAGES.filter((l): l is Exclude<TerminalLanguage, 'it'> => l !== 'it');
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/** Translations of one name, by language; a language left out shows the Italian name. */
export type Translations = Partial<Record<TranslationLanguage, string>>;

/** As long as an Italian service name or reason may be. */
export const TRANSLATION_MAX_LENGTH = 200;

export function isTerminalLanguage(code: unknown): code is TerminalLanguage {
  return typeof code === 'string' && (TERMINAL_LANGUAGES as readonly string[]).includes(code);
}
