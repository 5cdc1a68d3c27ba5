// The fields where an administrator translates a service name or a reason into the terminal's languages, folded away until needed.
import { TRANSLATION_LANGUAGES, TRANSLATION_MAX_LENGTH, type Translations, type TranslationLanguage } from '../../../server/contract/languages';
import './translations-editor.css';
import { TRANSLATION_LABELS as L } from './translation-labels';

/** Right to left where the language reads so, so what the administrator types looks as the terminal will show it. */
const RTL: ReadonlySet<TranslationLanguage> = new Set(['ar']);
const HTML_LANG: Partial<Record<TranslationLanguage, string>> = { zh: 'zh-Hans' };

export interface TranslationsEditorProps {
  /** Unique in the page: the fields' ids start with it. */
  idPrefix: string;
  value: Translations;
  onChange: (next: Translations) => void;
  /** What is being translated, for the fields' accessible names (e.g. the Italian name). */
  of: string;
  /** The collector's problem for a language, if it refused one. */
  problem?: (language: TranslationLanguage) => string | undefined;
  /** The Italian text it translates differs from the one saved: the translations may say the old thing. */
  italianChanged?: boolean;
}

export function TranslationsEditor({ idPrefix, value, onChange, of, problem, italianChanged = false }: TranslationsEditorProps) {
  const filled = TRANSLATION_LANGUAGES.filter((l) => value[l]?.trim()).length;
  const anyProblem = TRANSLATION_LANGUAGES.some((l) => problem?.(l));
  // A renamed reason or service whose translations still say the old thing: a German citizen would tap
  // «Wartezeit» and be counted under whatever the Italian now says. Opened and said, before saving.
  const stale = italianChanged && filled > 0;
  return (
    // Open by itself when the collector refused one of them, or they may be out of date, so it is seen.
    <details class="translations" data-testid={`${idPrefix}-translations`} open={anyProblem || stale || undefined}>
      <summary>{L.summary(filled)}</summary>
      {stale && (
        <p class="field-problem" role="status" data-testid={`${idPrefix}-translations-stale`}>
          {L.stale}
        </p>
      )}
      <p class="field-hint">{L.hint}</p>
      <div class="translation-fields">
        {TRANSLATION_LANGUAGES.map((language) => {
          const id = `${idPrefix}-tr-${language}`;
          const trouble = problem?.(language);
          return (
            <div class={`field${trouble ? ' has-problem' : ''}`} key={language}>
              <label for={id}>{L.languages[language]}</label>
              <input
                id={id}
                data-testid={id}
                lang={HTML_LANG[language] ?? language}
                dir={RTL.has(language) ? 'rtl' : 'ltr'}
                value={value[language] ?? ''}
                maxLength={TRANSLATION_MAX_LENGTH}
                aria-label={L.fieldOf(L.languages[language], of)}
                aria-invalid={trouble ? true : undefined}
                aria-describedby={trouble ? `${id}-note` : undefined}
                onInput={(e) => onChange({ ...value, [language]: e.currentTarget.value })}
              />
              {trouble && (
                <p class="field-problem" id={`${id}-note`}>
                  {trouble}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </details>
  );
}

/** What the form sends: trimmed, blank languages left out (the terminal then shows the Italian text). */
export function cleanTranslations(value: Translations): Translations {
  const out: Translations = {};
  for (const l of TRANSLATION_LANGUAGES) {
    const text = value[l]?.trim();
    if (text) out[l] = text;
  }
  return out;
}

export function sameTranslations(a: Translations | undefined, b: Translations | undefined): boolean {
  return TRANSLATION_LANGUAGES.every((l) => (a?.[l] ?? '') === (b?.[l] ?? ''));
}
