// The installation's structure as the management API reads and writes it:
// administrations > offices > terminals, services and reasons per administration, people, audit.
import { Type, type Static } from 'typebox';
import { GrantSchema, NewPasswordSchema } from './auth';
import { AUDIT_TARGETS } from './audit-actions';
import { MAX_REASONS } from './limits';
import { DaySchema, OpeningHoursSchema } from './opening-hours';
import { QUALITY_DIMENSIONS } from './quality';
import { SCALE_SIZES } from './scale';
import { SILENT_AFTER_MINUTES } from './silent-terminal';
import { STAFF_PIN_PATTERN } from './staff-pin';
import { REDATED_WINDOW_DAYS } from './terminal-clock';
import { TERMINAL_MODES } from './terminal-config';
import { TranslationsSchema } from './translations';
import { versionIn, versionOut } from './versions';

/** The longest name of anything (an office, a service, a person): the command line checks it too. */
export const MAX_NAME_LENGTH = 200;
const Name = Type.String({ minLength: 1, maxLength: MAX_NAME_LENGTH, description: 'Any Unicode text; always shown as text, never as HTML.' });
const When = Type.String({ format: 'date-time' });
const Archived = Type.Union([When, Type.Null()], { description: 'Archived instead of deleted: votes keep pointing at it.' });

export const AdministrationSchema = Type.Object({ id: Type.String(), name: Name, archivedAt: Archived, createdAt: When, version: versionOut('The version of its name') });
export type Administration = Static<typeof AdministrationSchema>;
export const AdministrationInputSchema = Type.Object({ name: Name }, { additionalProperties: false });
export type AdministrationInput = Static<typeof AdministrationInputSchema>;
export const AdministrationRenameSchema = Type.Object({ name: Name, version: versionIn() }, { additionalProperties: false });

// Defined beside the terminal's configuration, which carries them too (the terminal rests when the office is closed).
export { WEEKDAYS, OpeningHoursSchema, type OpeningHours, type Weekday } from './opening-hours';
const Day = DaySchema;

export const OfficeSchema = Type.Object({
  id: Type.String(),
  administrationId: Type.String(),
  name: Name,
  address: Type.String({ maxLength: 500 }),
  timeZone: Type.String({ description: 'IANA zone, e.g. Europe/Rome' }),
  openingHours: OpeningHoursSchema,
  holidays: Type.Array(Day, { maxItems: 366, description: 'Dates the office is closed (YYYY-MM-DD).' }),
  archivedAt: Archived,
  version: versionOut('The version of its name, address, time zone, opening hours and holidays'),
});
export type Office = Static<typeof OfficeSchema>;
const OfficeFields = {
  name: Name,
  address: Type.Optional(Type.String({ maxLength: 500 })),
  timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  openingHours: Type.Optional(OpeningHoursSchema),
  holidays: Type.Optional(Type.Array(Day, { maxItems: 366 })),
};
export const OfficeCreateSchema = Type.Object({ administrationId: Type.String(), ...OfficeFields }, { additionalProperties: false });
export const OfficeUpdateSchema = Type.Partial(Type.Object({ ...OfficeFields, version: versionIn() }), { additionalProperties: false });

export const CharterStandardSchema = Type.Union(
  [Type.Object({ minPositivePct: Type.Integer({ minimum: 0, maximum: 100, description: 'e.g. 80: at least 80% positive votes' }) }, { additionalProperties: false }), Type.Null()],
  {
    description:
      'The quality standard the service charter (Carta dei servizi) promises: a minimum share of positive votes. ' +
      'Office reports judge each period against the standard in force on each of its days.',
  },
);
export const StandardChangeSchema = Type.Object({
  validFrom: Day,
  minPositivePct: Type.Union([Type.Integer(), Type.Null()], { description: 'null: no standard from that day' }),
  setAt: When,
  setBy: Type.Union([Type.String(), Type.Null()]),
});
export const ServiceSchema = Type.Object({
  id: Type.String(),
  administrationId: Type.String(),
  name: Name,
  standard: { ...CharterStandardSchema, description: 'The standard in force today (Europe/Rome), or null.' },
  standards: Type.Array(StandardChangeSchema, { description: 'Every change of the standard, oldest first: reports use the one in force on each day.' }),
  translations: Type.Optional({ ...TranslationsSchema, description: 'The name in the terminal’s other languages; a language left out shows the Italian name. Always sent by this collector.' }),
  archivedAt: Archived,
  version: versionOut('The version of its name, its translations and its charter standard with the days each applies from'),
});
export type Service = Static<typeof ServiceSchema>;
export const ServiceCreateSchema = Type.Object(
  { administrationId: Type.String(), name: Name, standard: Type.Optional(CharterStandardSchema), translations: Type.Optional(TranslationsSchema) },
  { additionalProperties: false },
);
export const ServiceUpdateSchema = Type.Partial(
  Type.Object({
    name: Name,
    standard: CharterStandardSchema,
    standardFrom: { ...Day, description: 'With standard: the first day it applies (default today); earlier days keep the standard they had.' },
    translations: { ...TranslationsSchema, description: 'Replaces all the name’s translations: a language left out has none afterwards.' },
    version: versionIn(),
  }),
  { additionalProperties: false },
);

const Dimension = Type.Union([Type.Enum(QUALITY_DIMENSIONS), Type.Null()]);
export const ReasonSchema = Type.Object({
  id: Type.String(),
  label: Name,
  dimension: Dimension,
  position: Type.Integer(),
  translations: Type.Optional({ ...TranslationsSchema, description: 'The label in the terminal’s other languages; a language left out shows the Italian label. Always sent by this collector.' }),
  archivedAt: Archived,
});
export type Reason = Static<typeof ReasonSchema>;
export const ReasonListInputSchema = Type.Object(
  {
    reasons: Type.Array(
      Type.Object(
        {
          id: Type.Optional(Type.String()),
          label: Name,
          dimension: Dimension,
          translations: Type.Optional({ ...TranslationsSchema, description: 'Replaces the label’s translations; left out, a kept reason keeps those it had.' }),
        },
        { additionalProperties: false },
      ),
      {
        maxItems: MAX_REASONS,
        description: 'The whole list in display order: new entries have no id; live reasons left out are archived.',
      },
    ),
    version: versionIn('The list\'s version as you read it: the ETag header of the GET, or of your last PUT (its quotes may be left on).'),
  },
  { additionalProperties: false },
);

export { SILENT_AFTER_MINUTES } from './silent-terminal';
export const TerminalHealthSchema = Type.Object({
  reportedAt: When,
  appVersion: Type.String(),
  pending: Type.Integer({ description: 'Votes waiting on the terminal to be sent.' }),
  held: Type.Integer({ description: 'Votes set aside on the terminal for staff.' }),
  oldestQueuedAt: Type.Union([When, Type.Null()]),
  lastDeliveryAt: Type.Union([When, Type.Null()]),
  storageUsage: Type.Union([Type.Number(), Type.Null()], { description: 'Bytes the terminal uses.' }),
  storageQuota: Type.Union([Type.Number(), Type.Null()], { description: 'Bytes the browser allows it.' }),
  persisted: Type.Union([Type.Boolean(), Type.Null()], { description: 'Whether the browser granted persistent storage.' }),
  silent: Type.Boolean({ description: `No heartbeat for ${SILENT_AFTER_MINUTES} minutes or more.` }),
});
export type TerminalHealth = Static<typeof TerminalHealthSchema>;

export { REDATED_WINDOW_DAYS } from './terminal-clock';
export const RedatedVotesSchema = Type.Object({
  count: Type.Integer({ minimum: 1, description: `Votes of the last ${REDATED_WINDOW_DAYS} days whose time the terminal's clock got implausibly wrong: counted when they reached the collector.` }),
  lastAt: Type.String({ format: 'date-time', description: 'When the latest of them reached the collector.' }),
});
export type RedatedVotes = Static<typeof RedatedVotesSchema>;

/** Misuse (server/ingest/flag-taps.ts): taps that break these are stored flagged and left out of the figures. */
const MinIntervalSeconds = Type.Integer({ minimum: 0, maximum: 600, description: 'The response interval: a tap closer than this to the previous one is stored flagged, not counted (0: off).' });
const BurstPerMinute = Type.Integer({ minimum: 1, maximum: 600, description: 'Counted taps allowed in a minute; beyond them taps are stored flagged, not counted.' });

export const TerminalSchema = Type.Object({
  id: Type.String(),
  administrationId: Type.String(),
  officeId: Type.String(),
  name: Name,
  mode: Type.Enum(TERMINAL_MODES),
  channel: Type.String(),
  scale: Type.Enum(SCALE_SIZES),
  serviceIds: Type.Array(Type.String()),
  enrolledAt: Type.Union([When, Type.Null()], { description: 'When the current device token was issued; null if none.' }),
  revokedAt: Type.Union([When, Type.Null()]),
  lastSeenAt: Type.Union([When, Type.Null()]),
  archivedAt: Archived,
  sound: Type.Boolean({ description: 'A short tone confirms each vote on the terminal.' }),
  staffPinSet: Type.Boolean({ description: 'Whether a staff PIN opens the terminal\'s diagnostics screen (the PIN itself is never returned).' }),
  health: Type.Union([TerminalHealthSchema, Type.Null()], { description: 'The last heartbeat the terminal sent; null if it never sent one.' }),
  redated: Type.Union([RedatedVotesSchema, Type.Null()], {
    description: `Its clock is wrong: how many of its votes the collector re-dated to their arrival over the last ${REDATED_WINDOW_DAYS} days, and the last one; null when its own clock dated them all.`,
  }),
  minIntervalSeconds: MinIntervalSeconds,
  burstPerMinute: BurstPerMinute,
  version: versionOut('The version of its settings (name, mode, services, scale, sound, misuse thresholds, PIN; pairing and heartbeats leave it as it is)'),
});
export type Terminal = Static<typeof TerminalSchema>;
const TerminalFields = {
  name: Name,
  mode: Type.Enum(TERMINAL_MODES),
  serviceIds: Type.Array(Type.String(), { minItems: 1, maxItems: 24, uniqueItems: true, description: 'Exactly one in counter mode.' }),
  scale: Type.Optional(Type.Enum(SCALE_SIZES)),
  sound: Type.Optional(Type.Boolean({ description: 'A short tone after each stored vote.' })),
  minIntervalSeconds: Type.Optional(MinIntervalSeconds),
  burstPerMinute: Type.Optional(BurstPerMinute),
  staffPin: Type.Optional(
    Type.Union([Type.String({ pattern: STAFF_PIN_PATTERN }), Type.Null()], {
      description: '4 to 8 digits that open the terminal\'s diagnostics (after a hidden gesture); stored hashed; null removes it.',
    }),
  ),
};
export const TerminalCreateSchema = Type.Object({ officeId: Type.String(), ...TerminalFields }, { additionalProperties: false });
export const TerminalUpdateSchema = Type.Partial(Type.Object({ ...TerminalFields, version: versionIn() }), { additionalProperties: false });

export const UserSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Name,
  grants: Type.Array(GrantSchema),
  disabledAt: Type.Union([When, Type.Null()]),
  createdAt: When,
  lastSignInAt: Type.Union([When, Type.Null()]),
  version: versionOut('The version of their name, roles and disabled state (signing in and password changes leave it as it is)'),
});
export type User = Static<typeof UserSchema>;
export const UserCreateSchema = Type.Object(
  { email: Type.String({ format: 'email', maxLength: 254 }), name: Name, password: NewPasswordSchema, grants: Type.Array(GrantSchema, { minItems: 1, maxItems: 50 }) },
  { additionalProperties: false },
);
export const UserUpdateSchema = Type.Partial(
  Type.Object({
    name: Name,
    grants: Type.Array(GrantSchema, { minItems: 1, maxItems: 50 }),
    disabled: Type.Boolean({ description: 'Disabling also ends every session.' }),
    password: NewPasswordSchema,
    version: versionIn(),
  }),
  { additionalProperties: false },
);

export const AuditEntrySchema = Type.Object({
  id: Type.String(),
  at: When,
  actor: Type.Union([Type.Object({ id: Type.String(), email: Type.String() }), Type.Null()], { description: 'null for the system (start-up, command line)' }),
  administrationId: Type.Union([Type.String(), Type.Null()]),
  action: Type.String({ description: 'noun.verb, e.g. office.create, terminal.revoke, user.update' }),
  targetType: Type.String(),
  targetId: Type.String(),
  details: Type.Record(Type.String(), Type.Unknown(), { description: 'What changed: the new values, never passwords or tokens.' }),
});
export type AuditEntry = Static<typeof AuditEntrySchema>;
export const AuditQuerySchema = Type.Object({
  administrationId: Type.Optional(Type.String()),
  before: Type.Optional(When),
  beforeId: Type.Optional(
    Type.String({ minLength: 1, maxLength: 64, description: 'with `before`: the last entry\'s id, so that the next page also holds the entries written at that same instant' }),
  ),
  // A string: query values are text and the API does not coerce types.
  limit: Type.Optional(Type.String({ pattern: '^([1-9]\\d?|[1-4]\\d\\d|500)$', description: '1-500, default 100' })),
  after: Type.Optional(Type.String({ format: 'date-time', description: 'only entries at or after this instant (with `before` as the first page\'s end: a period)' })),
  targetType: Type.Optional(Type.Enum(AUDIT_TARGETS, { description: 'only entries about this kind of item' })),
  actor: Type.Optional(Type.String({ minLength: 1, maxLength: 254, description: 'only entries by people whose e-mail contains this, letter case aside' })),
});
