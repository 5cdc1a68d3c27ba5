// The language of the vote in progress: Italian until a citizen picks another, Italian again when the vote ends.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_LANGUAGE, languageInfo, type TerminalLanguage, type Translations } from '../../server/contract/languages';
import { applyDocumentLanguage } from '../ui/i18n/document-language';
import { it, type Words } from '../ui/i18n/it';
import { loadWords } from '../ui/i18n/languages';

export interface CitizenLanguage {
  code: TerminalLanguage;
  words: Words;
  /** Loads the language's catalogue, then switches; rejects (and keeps the current language) when it cannot be loaded. */
  choose: (code: TerminalLanguage) => Promise<void>;
  /** Back to Italian; a choice still loading is dropped. */
  reset: () => void;
  /** A name an administrator wrote in Italian, in this language when translated; lang is set when it stays Italian. */
  localName: (name: string, translations: Translations | undefined) => { text: string; lang?: string };
}

export function useCitizenLanguage(): CitizenLanguage {
  const [state, setState] = useState<{ code: TerminalLanguage; words: Words }>({ code: DEFAULT_LANGUAGE, words: it });
  // Bumped by every choice and reset, so a catalogue that arrives after the citizen left is not applied.
  const generation = useRef(0);

  // Before paint, so the words and the page's language change together (screen readers, fonts, direction).
  useLayoutEffect(() => applyDocumentLanguage(languageInfo(state.code)), [state.code]);
  // The staff's screens after this one are Italian: leave the page that way.
  useEffect(() => () => applyDocumentLanguage(languageInfo(DEFAULT_LANGUAGE)), []);

  const choose = useCallback(async (code: TerminalLanguage) => {
    const mine = ++generation.current;
    const words = await loadWords(code);
    if (mine === generation.current) setState({ code, words });
  }, []);

  const reset = useCallback(() => {
    generation.current++;
    setState((s) => (s.code === DEFAULT_LANGUAGE ? s : { code: DEFAULT_LANGUAGE, words: it }));
  }, []);

  const localName = useCallback(
    (name: string, translations: Translations | undefined) => {
      const code = state.code;
      if (code === 'it') return { text: name };
      const translated = translations?.[code];
      return translated ? { text: translated } : { text: name, lang: languageInfo(DEFAULT_LANGUAGE).htmlLang };
    },
    [state.code],
  );

  return { ...state, choose, reset, localName };
}
