// Checks an administrator's translations beyond their schema: trimmed, never blank; blank fields are for the form to leave out.
import { TRANSLATION_LANGUAGES, type Translations } from '../../contract/languages';
import { cleanName, type Problems } from '../checks';

/** The schema already refused unknown languages and overlong labels; this refuses blanks and trims. */
export function cleanTranslations(input: Translations, field: string, problems: Problems): Translations {
  const out: Translations = {};
  for (const language of TRANSLATION_LANGUAGES) {
    const label = input[language];
    if (label === undefined) continue;
    out[language] = cleanName(label, `${field}/${language}`, problems);
  }
  return out;
}

/** Same labels for the same languages: a form that sends them back unchanged changes nothing. */
export function sameTranslations(a: Translations, b: Translations): boolean {
  return TRANSLATION_LANGUAGES.every((l) => (a[l] ?? null) === (b[l] ?? null));
}
