// The terminal's languages as a citizen sees them (each named in itself), and the lazy loading of their catalogues.
import { DEFAULT_LANGUAGE, TERMINAL_LANGUAGES, type TerminalLanguage } from '../../../server/contract/languages';
import { it, type Words } from './it';

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

/** In the order the picker shows them: Italian, the official minority languages, English, then the communities'. */
export const LANGUAGES: readonly LanguageInfo[] = TERMINAL_LANGUAGES.map((code) => ({ code, ...INFO[code] }));

export function languageInfo(code: TerminalLanguage): LanguageInfo {
  return { code, ...INFO[code] };
}

/**
 * One dynamic import per language, so each catalogue is its own chunk: the terminal's first
 * load carries Italian only, and the service worker precaches the others for offline use.
 */
const LOADERS: Record<Exclude<TerminalLanguage, 'it'>, () => Promise<{ default: Words }>> = {
  de: () => import('./de'),
  fr: () => import('./fr'),
  sl: () => import('./sl'),
  en: () => import('./en'),
  ro: () => import('./ro'),
  sq: () => import('./sq'),
  ar: () => import('./ar'),
  zh: () => import('./zh'),
  uk: () => import('./uk'),
  es: () => import('./es'),
};

const loaded = new Map<TerminalLanguage, Words>([[DEFAULT_LANGUAGE, it]]);

/** The catalogue of a language, fetched once; rejects when its chunk cannot be loaded (offline, never cached). */
export async function loadWords(code: TerminalLanguage): Promise<Words> {
  const cached = loaded.get(code);
  if (cached) return cached;
  if (code === 'it') return it;
  const words = (await LOADERS[code]()).default;
  loaded.set(code, words);
  return words;
}
