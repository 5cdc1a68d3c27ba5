// What a terminal needs to run: its office, mode, services, scale and reasons.
import { Type, type Static } from 'typebox';
import { QUALITY_DIMENSIONS } from './quality';
import { CHANNELS } from './channels';
import { SCALE_SIZES } from './scale';
import { TranslationsSchema } from './translations';
import { DaySchema, OpeningHoursSchema } from './opening-hours';
import { STAFF_PIN_ALGORITHM } from './staff-pin';

export const TERMINAL_MODES = ['counter', 'totem'] as const;
export type TerminalMode = (typeof TERMINAL_MODES)[number];

export { CHANNELS, type Channel } from './channels';

const Named = { id: Type.String(), name: Type.String() };

export const TerminalConfigSchema = Type.Object({
  terminal: Type.Object({
    ...Named,
    mode: Type.Enum(TERMINAL_MODES),
    channel: Type.Enum(CHANNELS),
    sound: Type.Boolean({ description: 'A short tone confirms each stored vote.' }),
    staffPin: Type.Union(
      [
        Type.Object({
          algorithm: Type.Literal(STAFF_PIN_ALGORITHM),
          iterations: Type.Integer(),
          salt: Type.String(),
          hash: Type.String(),
        }),
        Type.Null(),
      ],
      { description: 'The PBKDF2 hash of the PIN that opens the diagnostics screen (never the PIN); null: no PIN set, diagnostics closed.' },
    ),
  }),
  administration: Type.Object(Named),
  office: Type.Object({
    ...Named,
    timeZone: Type.String(),
    openingHours: Type.Union([OpeningHoursSchema, Type.Null()], {
      description: 'null when the office has set no opening hours: the terminal then never rests.',
    }),
    holidays: Type.Array(DaySchema, { description: 'Dates the office is closed all day (YYYY-MM-DD, office-local).' }),
  }),
  services: Type.Array(Type.Object({ ...Named, translations: Type.Optional(TranslationsSchema) }), {
    description: 'In display order; exactly one in counter mode. translations only when an administrator entered some.',
  }),
  scale: Type.Enum(SCALE_SIZES),
  reasons: Type.Array(
    Type.Object({
      id: Type.String(),
      label: Type.String(),
      dimension: Type.Union([Type.Enum(QUALITY_DIMENSIONS), Type.Null()]),
      translations: Type.Optional(TranslationsSchema),
    }),
  ),
  timing: Type.Object({
    thanksMs: Type.Integer({ description: 'How long "Grazie!" stays before the start screen.' }),
    idleMs: Type.Integer({ description: 'Any other screen left untouched this long goes back to the start.' }),
    followUpMs: Type.Integer({ description: 'How long the reasons question waits before counting as walked away.' }),
  }),
  version: Type.String({ description: 'Changes whenever anything above changes.' }),
});
/** Configuration of one terminal, cached by the kiosk for offline starts. */
export type TerminalConfig = Static<typeof TerminalConfigSchema>;
