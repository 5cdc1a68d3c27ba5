// Schemas of the public page's settings (dashboard API) and of its open data (dati.json), one source for validation, types and documents.
import { Type, type Static } from 'typebox';
import { CONTACT_CHANNELS } from './channels';
import { LICENCE_IDS, MAX_PUBLIC_NOTE_LENGTH, OPEN_DATA_FORMATS, OPEN_DATA_SCHEMA_VERSION } from './public-page';
import { versionIn, versionOut } from './versions';

const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'a calendar month, YYYY-MM' });
/** Administration ids are slugs; the pattern refuses anything else before the database is asked. */
export const PublicIdSchema = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9_-]*$', description: 'the administration\'s id, as in its page\'s address' });

// ---- Settings, as the dashboard reads and writes them ----

const SettingFields = {
  enabled: Type.Boolean({ description: 'true: the page, its open data and its badge are public' }),
  licence: Type.Enum(LICENCE_IDS, { description: 'the licence of the open data (CC-BY-4.0 by default)' }),
  note: Type.String({ maxLength: MAX_PUBLIC_NOTE_LENGTH, description: 'shown on the page as plain text; empty for none' }),
};

/** PUT: every setting. */
export const PublicPageInputSchema = Type.Object({ ...SettingFields, version: versionIn() }, { additionalProperties: false });
export type PublicPageInput = Static<typeof PublicPageInputSchema>;

/** PATCH: only the settings changed; those left out stay as stored (or as the defaults, on a page never saved). */
export const PublicPageChangeSchema = Type.Object(
  { enabled: Type.Optional(SettingFields.enabled), licence: Type.Optional(SettingFields.licence), note: Type.Optional(SettingFields.note), version: versionIn() },
  { additionalProperties: false },
);
export type PublicPageChange = Static<typeof PublicPageChangeSchema>;

export const PublicPageSettingsSchema = Type.Object({
  administrationId: Type.String(),
  enabled: Type.Boolean(),
  licence: Type.Enum(LICENCE_IDS),
  note: Type.String(),
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'null: never saved (off, with the defaults)' }),
  updatedBy: Type.Union([Type.String(), Type.Null()]),
  version: versionOut('The settings\' version (their updatedAt; "unsaved" while never saved)'),
  /** Absolute addresses, from PUBLIC_URL or the address the dashboard was reached at. */
  links: Type.Object({ page: Type.String(), csv: Type.String(), json: Type.String(), badge: Type.String(), schema: Type.String() }),
});
export type PublicPageSettings = Static<typeof PublicPageSettingsSchema>;

// ---- The public routes' input ----

export const PublicParamsSchema = Type.Object({ administrationId: PublicIdSchema });
export const PublicDataParamsSchema = Type.Object({
  administrationId: PublicIdSchema,
  format: Type.Enum(OPEN_DATA_FORMATS, { description: 'csv or json' }),
});
export const PublicPageQuerySchema = Type.Object(
  { to: Type.Optional({ ...Month, description: 'the last month shown (default: the last complete month); the page shows the 12 months up to it' }) },
  { additionalProperties: false },
);
export const PublicDataQuerySchema = Type.Object(
  {
    from: Type.Optional({ ...Month, description: 'first month (default: 11 months before to)' }),
    to: Type.Optional({ ...Month, description: 'last month (default: the last complete month)' }),
  },
  { additionalProperties: false },
);
export const PublicBadgeQuerySchema = Type.Object(
  { month: Type.Optional({ ...Month, description: 'the month shown (default: the last complete month)' }) },
  { additionalProperties: false },
);

// ---- Open data (dati.json); docs/open-data.md documents every field ----

const Count = Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]);

export const OPEN_DATA_STATUSES = ['published', 'small-sample', 'withheld', 'no-votes'] as const;
export type OpenDataStatus = (typeof OPEN_DATA_STATUSES)[number];
export const OPEN_DATA_GROUPS = ['all', 'channel', 'service'] as const;
export type OpenDataGroup = (typeof OPEN_DATA_GROUPS)[number];

export const OpenDataRowSchema = Type.Object(
  {
    month: Month,
    group: Type.Enum(OPEN_DATA_GROUPS, { description: 'all: every vote of the month; channel: one contact channel; service: one service' }),
    serviceId: Type.Union([Type.String(), Type.Null()], { description: 'with group service' }),
    service: Type.Union([Type.String(), Type.Null()], { description: 'the service\'s name, with group service' }),
    channel: Type.Union([Type.Enum(CONTACT_CHANNELS), Type.Null()], { description: 'with group channel: sportello (counter, totem and QR codes), telefono, web' }),
    status: Type.Enum(OPEN_DATA_STATUSES, {
      description: 'published; small-sample: fewer votes than minSample, figures withheld; withheld: figures withheld so that a small sample cannot be worked out by subtraction; no-votes',
    }),
    votes: Type.Integer({ minimum: 0, description: 'votes of the cell (always given)' }),
    positive: { ...Count, description: 'positive votes (ottimo, positivo); null unless published' },
    neutral: { ...Count, description: 'neutral votes (sufficiente); null unless published' },
    negative: { ...Count, description: 'negative votes (negativo, pessimo); null unless published' },
    positiveShare: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { description: 'positive / votes, 0..1, 4 decimals; null unless published' }),
    index: Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()], { description: 'satisfaction index 0..100, 1 decimal; null unless published' }),
    served: { ...Count, description: 'people served on the days with a figure; null when none was given' },
    servedVotes: { ...Count, description: 'votes of those same days; null when no figure was given' },
    participation: Type.Union([Type.Number({ minimum: 0 }), Type.Null()], { description: 'servedVotes / served, 4 decimals; null when unknown' }),
    participationDays: Type.Integer({ minimum: 0, description: 'days with a people-served figure (0: participation unknown)' }),
  },
  { additionalProperties: false },
);
export type OpenDataRow = Static<typeof OpenDataRowSchema>;

export const OpenDataSchema = Type.Object(
  {
    schemaVersion: Type.Literal(OPEN_DATA_SCHEMA_VERSION),
    schema: Type.String({ description: 'address of this JSON Schema' }),
    title: Type.String(),
    publisher: Type.Object({ id: Type.String(), name: Type.String() }, { additionalProperties: false }),
    licence: Type.Object({ id: Type.String(), name: Type.String(), url: Type.String() }, { additionalProperties: false }),
    note: Type.Union([Type.String(), Type.Null()], { description: 'the administration\'s note, as typed' }),
    period: Type.Object({ from: Month, to: Month }, { additionalProperties: false, description: 'whole calendar months, both included' }),
    generatedAt: Type.String({ format: 'date-time' }),
    minSample: Type.Integer({ minimum: 1, description: 'fewer votes than this: small-sample' }),
    rows: Type.Array(OpenDataRowSchema),
  },
  { additionalProperties: false },
);
export type OpenData = Static<typeof OpenDataSchema>;

/** The JSON Schema document served at publicPaths.schema (and quoted in docs/open-data.md). */
export function openDataJsonSchema(): Record<string, unknown> {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'gradimento: soddisfazione per servizio e mese (dati aperti)', ...JSON.parse(JSON.stringify(OpenDataSchema)) };
}
