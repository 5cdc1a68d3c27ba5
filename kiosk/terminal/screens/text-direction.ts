// The writing direction of a name shown in a language other than the page's (an Italian service name on an Arabic screen).
import { LANGUAGES } from '../../../server/contract/languages';

/**
 * dir for an element that carries its own lang, undefined where it has none (it follows the page).
 * lang alone does not turn the text: without dir an Italian «Tributi (IMU/TARI)» in a
 * right-to-left page is laid out right to left and reads «(Tributi (IMU/TARI». An element with dir
 * is also isolated from the text around it (HTML's [dir] { unicode-bidi: isolate }).
 */
export function dirOf(lang: string | undefined): 'ltr' | 'rtl' | undefined {
  if (lang === undefined) return undefined;
  return LANGUAGES.find((l) => l.htmlLang === lang)?.dir ?? 'ltr';
}
