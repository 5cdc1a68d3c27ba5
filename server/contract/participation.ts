// People served per office, service, contact channel and day: what participation (votes / people served) divides by.
import { Type, type Static } from 'typebox';
import { CONTACT_CHANNELS } from './channels';

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'office-local date, YYYY-MM-DD' });
const Id = Type.String({ minLength: 1, maxLength: 64 });

import { MAX_PEOPLE_SERVED_ENTRIES, MAX_SERVED_PER_DAY } from './limits';

export { MAX_PEOPLE_SERVED_CSV_BYTES, MAX_PEOPLE_SERVED_ENTRIES, MAX_SERVED_PER_DAY } from './limits';

export const PeopleServedEntrySchema = Type.Object(
  {
    serviceId: Id,
    day: Day,
    channel: Type.Optional(Type.Enum(CONTACT_CHANNELS, { description: 'sportello (default: counter, totem and QR codes), telefono or web' })),
    served: Type.Union([Type.Integer({ minimum: 0, maximum: MAX_SERVED_PER_DAY }), Type.Null()], {
      description: 'people served that day; a new figure replaces the old one; null removes it (the day then counts as without a figure)',
    }),
  },
  { additionalProperties: false },
);
export type PeopleServedEntry = Static<typeof PeopleServedEntrySchema>;

export const PeopleServedInputSchema = Type.Object(
  { entries: Type.Array(PeopleServedEntrySchema, { minItems: 1, maxItems: MAX_PEOPLE_SERVED_ENTRIES }) },
  { additionalProperties: false, description: 'All or nothing: if any entry is wrong nothing is stored and every problem is listed.' },
);

/** Body of the queue-ticket systems' endpoint: the office is named in the body, the administration by the API key. */
export const PeopleServedFeedSchema = Type.Object(
  { officeId: Id, entries: PeopleServedInputSchema.properties.entries },
  { additionalProperties: false, description: 'Sent with an administration\'s API key (Authorization: Bearer gk_...). Idempotent: sending the same figures again changes nothing (not the figure, not who gave it, not the audit log).' },
);

export const PeopleServedResultSchema = Type.Object({
  stored: Type.Integer({ description: 'entries written (a figure equal to the stored one counts too)' }),
  removed: Type.Integer({ description: 'entries with served null that removed a figure' }),
  unchanged: Type.Integer({ description: 'of the stored entries, those equal to the figure already stored: nothing is written (the figure keeps who gave it and when), and a request that changes nothing is not audited' }),
});

/** A column of an imported CSV file that the import did not read: an unknown name, or a second column for a field already read. */
export const IgnoredColumnSchema = Type.Object({
  column: Type.Integer({ minimum: 1, description: 'its place in the header, from 1' }),
  name: Type.String({ description: 'its name as the header writes it; empty for a column without a name that holds values' }),
});
export type IgnoredColumn = Static<typeof IgnoredColumnSchema>;

/** What a CSV import did: the figures, and the columns it left unread (empty when it read them all). */
export const PeopleServedImportResultSchema = Type.Object({
  ...PeopleServedResultSchema.properties,
  ignoredColumns: Type.Array(IgnoredColumnSchema, { description: 'columns not read (unknown or repeated names): the figures were imported without them' }),
});
export type PeopleServedImportResult = Static<typeof PeopleServedImportResultSchema>;

export const PeopleServedRowSchema = Type.Object({
  serviceId: Type.String(),
  day: Day,
  channel: Type.String(),
  served: Type.Union([Type.Integer(), Type.Null()], { description: 'null: the day has votes but no figure yet' }),
  votes: Type.Integer({ description: 'votes of the same service, channel and day' }),
  source: Type.Union([Type.String(), Type.Null()], { description: 'dashboard, csv or api; null without a figure' }),
  at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  by: Type.Union([Type.String(), Type.Null()]),
});
export type PeopleServedRow = Static<typeof PeopleServedRowSchema>;

export const PeopleServedQuerySchema = Type.Object({ from: Day, to: Day });

export const ApiKeySchema = Type.Object({
  id: Type.String(),
  administrationId: Type.String(),
  name: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  createdBy: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type ApiKey = Static<typeof ApiKeySchema>;
export const NewApiKeySchema = Type.Object({ ...ApiKeySchema.properties, key: Type.String({ description: 'Shown once: only its hash is kept.' }) });
export const ApiKeyInputSchema = Type.Object({ name: Type.String({ minLength: 1, maxLength: 200, description: 'what uses it, e.g. "Eliminacode sede centrale"' }) }, { additionalProperties: false });
