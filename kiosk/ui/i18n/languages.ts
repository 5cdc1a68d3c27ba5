// The lazy loading of the terminal's catalogues, one chunk per language; what each language is called and how it is written comes from the contract.
import { DEFAULT_LANGUAGE, type TerminalLanguage } from '../../../server/contract/languages';
import { it, type Words } from './it';

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
