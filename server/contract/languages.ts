// The languages of the two screens: a citizen's on a terminal and a manager's on the dashboard, shared by the kiosk (catalogues) and the collector (translations, report files).

/**
 * Italian first: it is the default and the language every service and reason is written in.
 * Then the languages official in parts of Italy (German, French, Slovenian), English, and those
 * of the largest foreign communities. Codes are ISO 639-1; 'zh' is Simplified Chinese.
 */
export const TERMINAL_LANGUAGES = ['it', 'de', 'fr', 'sl', 'en', 'ro', 'sq', 'ar', 'zh', 'uk', 'es'] as const;
export type TerminalLanguage = (typeof TERMINAL_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: TerminalLanguage = 'it';

export interface LanguageInfo {
  code: TerminalLanguage;
  /** The language's name in the language itself: a citizen looks for the word they read. */
  endonym: string;
  /** For <html lang>: 'zh-Hans' tells the browser which Chinese glyphs to draw. */
  htmlLang: string;
  dir: 'ltr' | 'rtl';
}

const INFO: Record<TerminalLanguage, Omit<LanguageInfo, 'code'>> = {
  it: { endonym: 'Italiano', htmlLang: 'it', dir: 'ltr' },
  de: { endonym: 'Deutsch', htmlLang: 'de', dir: 'ltr' },
  fr: { endonym: 'Français', htmlLang: 'fr', dir: 'ltr' },
  sl: { endonym: 'Slovenščina', htmlLang: 'sl', dir: 'ltr' },
  en: { endonym: 'English', htmlLang: 'en', dir: 'ltr' },
  ro: { endonym: 'Română', htmlLang: 'ro', dir: 'ltr' },
  sq: { endonym: 'Shqip', htmlLang: 'sq', dir: 'ltr' },
  ar: { endonym: 'العربية', htmlLang: 'ar', dir: 'rtl' },
  zh: { endonym: '简体中文', htmlLang: 'zh-Hans', dir: 'ltr' },
  uk: { endonym: 'Українська', htmlLang: 'uk', dir: 'ltr' },
  es: { endonym: 'Español', htmlLang: 'es', dir: 'ltr' },
};

/**
 * A citizen's languages as pickers show them (the terminal's, the QR code's mobile page), in the
 * order of TERMINAL_LANGUAGES: Italian, the official minority languages, English, then the communities'.
 */
export const LANGUAGES: readonly LanguageInfo[] = TERMINAL_LANGUAGES.map((code) => ({ code, ...INFO[code] }));

export function languageInfo(code: TerminalLanguage): LanguageInfo {
  return { code, ...INFO[code] };
}

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

/**
 * The languages a manager can read the dashboard in, and so the report files it offers for download
 * (server/reports/exports/words): fewer than a terminal's, since every word of every screen and file
 * has to be translated. Italian first: it is the default.
 */
export const DASHBOARD_LANGUAGES = ['it', 'en'] as const;
export type DashboardLanguage = (typeof DASHBOARD_LANGUAGES)[number];

export const DEFAULT_DASHBOARD_LANGUAGE: DashboardLanguage = 'it';

export function isDashboardLanguage(code: unknown): code is DashboardLanguage {
  return typeof code === 'string' && (DASHBOARD_LANGUAGES as readonly string[]).includes(code);
}
