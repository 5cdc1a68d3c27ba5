// The dashboard's language, on every screen: each language named in itself, so someone who reads only one of them finds it.
import { chooseLanguage, LANGUAGE, LANGUAGE_CHOICES } from '../i18n/locale';

export function LanguageSwitch() {
  return (
    // Both names in the group's label: it must make sense whichever language the page is in.
    <div class="language-switch" role="group" aria-label="Lingua · Language" data-testid="language-switch">
      {LANGUAGE_CHOICES.map(({ id, name }) => (
        <button
          key={id}
          type="button"
          lang={id}
          aria-pressed={id === LANGUAGE}
          data-testid={`language-${id}`}
          onClick={() => id !== LANGUAGE && chooseLanguage(id)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
