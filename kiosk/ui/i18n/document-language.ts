// Tells the browser, screen readers and the layout which language the page is in, and which way it reads.
import type { LanguageInfo } from '../../../server/contract/languages';

/** Sets lang and dir on <html>: text direction, hyphenation, fonts and speech all follow them. */
export function applyDocumentLanguage(language: Pick<LanguageInfo, 'htmlLang' | 'dir'>, root: HTMLElement = document.documentElement): void {
  root.lang = language.htmlLang;
  root.dir = language.dir;
}
