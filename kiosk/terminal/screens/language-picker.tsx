// The language choice: a button on the start screen that anyone finds, and a screen listing each language in itself.
import { LANGUAGES, languageInfo, type TerminalLanguage } from '../../../server/contract/languages';
import './language-picker.css';
import { useWords } from '../../ui/i18n/words-context';
import { useEscape } from '../kiosk/use-escape';

export function LanguageButton({ onOpen }: { onOpen: () => void }) {
  const t = useWords();
  return (
    <div class="language-bar">
      <button type="button" class="language-button" data-testid="language-button" onClick={onOpen}>
        <GlobeIcon />
        <span>{t.languageButton}</span>
      </button>
    </div>
  );
}

export interface LanguagePickerProps {
  current: TerminalLanguage;
  /** A language whose catalogue could not be loaded just now: said on screen, not skipped silently. */
  unavailable?: TerminalLanguage | null;
  onPick: (code: TerminalLanguage) => void;
  /** Back to where the citizen was, in the language already in use. */
  onBack: () => void;
}

export function LanguagePicker({ current, unavailable, onPick, onBack }: LanguagePickerProps) {
  const t = useWords();
  // Escape is «Indietro». The digits pick nothing here: eleven languages are more than the keys 1-9,
  // and the 1-3 buttons cannot open this list anyway (on the start screen they vote).
  useEscape(onBack);
  return (
    <main class="screen screen-languages" data-testid="language-picker">
      <header class="screen-head">
        <h1 id="languages-title" tabIndex={-1}>
          {t.languageTitle}
        </h1>
        {unavailable && (
          <p class="hint language-unavailable" role="alert" data-testid="language-unavailable">
            {t.languageUnavailable(languageInfo(unavailable).endonym)}
          </p>
        )}
      </header>
      <div class="languages" role="group" aria-labelledby="languages-title">
        {LANGUAGES.map((l) => (
          // Each name is in its own language: lang lets a screen reader pronounce it and the browser pick its glyphs.
          <button
            type="button"
            key={l.code}
            class="language"
            lang={l.htmlLang}
            dir={l.dir}
            aria-current={l.code === current ? 'true' : undefined}
            data-testid={`language-${l.code}`}
            onClick={() => onPick(l.code)}
          >
            {l.endonym}
          </button>
        ))}
      </div>
      <footer class="screen-foot">
        <button type="button" class="secondary" data-testid="language-back" aria-keyshortcuts="Escape" onClick={onBack}>
          {t.languageBack}
        </button>
      </footer>
    </main>
  );
}

/** A globe: the sign for "language" that needs no language. */
function GlobeIcon() {
  return (
    <svg class="language-icon" viewBox="0 0 24 24" width="1.4em" height="1.4em" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
        <circle cx="12" cy="12" r="10" />
        <path d="M2 12h20" />
        <path d="M12 2c3 3.2 4.5 6.5 4.5 10S15 18.8 12 22c-3-3.2-4.5-6.5-4.5-10S9 5.2 12 2z" />
      </g>
    </svg>
  );
}
