// The dashboard's language, on every screen: each language named in itself, so someone who reads only one of them finds it.
import { chooseLanguage, LANGUAGE, LANGUAGE_CHOICES, LANGUAGE_GROUP_NAME } from '../i18n/locale';

export function LanguageSwitch() {
  return (
    <div class="language-switch" role="group" aria-label={LANGUAGE_GROUP_NAME} data-testid="language-switch">
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
