// The schema of a service name's or a reason's translations, as the management API and the terminal's configuration carry them.
import { Type, type Static } from 'typebox';
import { TRANSLATION_LANGUAGES, TRANSLATION_MAX_LENGTH, type Translations } from './languages';

const Label = Type.String({ minLength: 1, maxLength: TRANSLATION_MAX_LENGTH, description: 'Any Unicode text; always shown as text, never as HTML.' });

/**
 * One optional label per language the terminal offers besides Italian; any other key is refused.
 * A language left out falls back to the Italian name on the terminal.
 */
export const TranslationsSchema = Type.Object(
  {
    de: Type.Optional(Label),
    fr: Type.Optional(Label),
    sl: Type.Optional(Label),
    en: Type.Optional(Label),
    ro: Type.Optional(Label),
    sq: Type.Optional(Label),
    ar: Type.Optional(Label),
    zh: Type.Optional(Label),
    uk: Type.Optional(Label),
    es: Type.Optional(Label),
  },
  { additionalProperties: false, description: `Labels by language (${TRANSLATION_LANGUAGES.join(', ')}); a language left out shows the Italian name.` },
);

// The schema and the list of languages must not drift apart.
type SchemaKeys = keyof Static<typeof TranslationsSchema>;
const _sameKeys: [SchemaKeys, keyof Translations] extends [keyof Translations, SchemaKeys] ? true : never = true;
void _sameKeys;
