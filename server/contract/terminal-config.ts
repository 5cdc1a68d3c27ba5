// What a terminal needs to run: its office, mode, services, scale and reasons.
import { Type, type Static } from 'typebox';
import { QUALITY_DIMENSIONS } from './quality';
import { CHANNELS } from './channels';
import { SCALE_SIZES } from './scale';
import { TranslationsSchema } from './translations';

export const TERMINAL_MODES = ['counter', 'totem'] as const;
export type TerminalMode = (typeof TERMINAL_MODES)[number];

export { CHANNELS, type Channel } from './channels';

const Named = { id: Type.String(), name: Type.String() };

export const TerminalConfigSchema = Type.Object({
  terminal: Type.Object({
    ...Named,
    mode: Type.Enum(TERMINAL_MODES),
    channel: Type.Enum(CHANNELS),
  }),
  administration: Type.Object(Named),
  office: Type.Object({ ...Named, timeZone: Type.String() }),
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
