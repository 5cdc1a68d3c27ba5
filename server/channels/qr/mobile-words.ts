// The mobile page's words in every language a citizen can read the terminal in, and how a request chooses one.
import accepts from 'accepts';
import type { FastifyRequest } from 'fastify';
import { DEFAULT_LANGUAGE, isTerminalLanguage, TERMINAL_LANGUAGES, type TerminalLanguage } from '../../contract/languages';
import ar from './words/ar';
import de from './words/de';
import en from './words/en';
import es from './words/es';
import fr from './words/fr';
import { it, type MobileWords } from './words/it';
import ro from './words/ro';
import sl from './words/sl';
import sq from './words/sq';
import uk from './words/uk';
import zh from './words/zh';

export const MOBILE_WORDS: Readonly<Record<TerminalLanguage, MobileWords>> = { it, de, fr, sl, en, ro, sq, ar, zh, uk, es };

/** The address's query parameter that names the language a citizen picked on the page. */
export const LANGUAGE_PARAMETER = 'lingua';

/**
 * The language a citizen picked on the page (`?lingua=de`), else the first of their phone's
 * languages the page speaks, else Italian. Unlike the terminal, which a hall of strangers shares
 * and which starts in Italian for each of them, the phone is the citizen's own and says what they read.
 */
export function mobileLanguage(request: FastifyRequest, picked: unknown): TerminalLanguage {
  if (isTerminalLanguage(picked)) return picked;
  const chosen = accepts(request.raw).languages([...TERMINAL_LANGUAGES]);
  return typeof chosen === 'string' && isTerminalLanguage(chosen) ? chosen : DEFAULT_LANGUAGE;
}
