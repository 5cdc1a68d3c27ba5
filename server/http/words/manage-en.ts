// The collector's error answers in English about people, roles, administrations, offices, services, terminals and signing in (server/admin, server/auth, server/store, server/terminals).
import type { Grant, Role } from '../../contract/permissions';
import type { WeakPassword } from '../../contract/password-rules';

/** What refuseArchived (server/admin/checks.ts) may find archived; each language says "this …" its own way. */
export type Archivable = 'administration' | 'office' | 'service' | 'terminal';

const THIS: Readonly<Record<Archivable, string>> = { administration: 'This administration', office: 'This office', service: 'This service', terminal: 'This terminal' };

/** The lists in which a live name is one item's only (server/admin/name-taken.ts). */
export type NamedKind = Exclude<Archivable, 'terminal'> | 'api key' | 'webhook' | 'alert rule';

const A_ONE: Readonly<Record<NamedKind, string>> = {
  administration: 'An administration',
  office: 'An office',
  service: 'A service',
  'api key': 'An API key',
  webhook: 'A webhook',
  'alert rule': 'An alert rule',
};

/** What frees a name: archiving, revoking a key, deleting a webhook or a rule. */
const FREE: Readonly<Record<NamedKind, string>> = { administration: 'archive', office: 'archive', service: 'archive', 'api key': 'revoke', webhook: 'delete', 'alert rule': 'delete' };

/** What a write from an older copy may find changed (server/admin/item-version.ts). */
export type Versioned = 'office' | 'terminal' | 'reasons' | 'public page' | 'alert rule' | 'service' | 'administration' | 'person';

const CHANGED: Readonly<Record<Versioned, string>> = {
  office: 'This office was',
  terminal: 'This terminal was',
  reasons: 'The reason list was',
  'public page': 'The public page’s settings were',
  'alert rule': 'This alert rule was',
  service: 'This service was',
  administration: 'This administration was',
  person: 'This person was',
};

/** "2026-03-04 10:15 UTC": the instant to the minute, in the zone every reader can convert. */
export const minuteUtc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

export const MANAGE_EN = {
  // Field checks shared by the management forms (server/admin/checks.ts)
  blankName: 'must not be blank',
  // One live name per list (server/admin/name-taken.ts)
  nameTaken: (what: NamedKind, name: string) => `${A_ONE[what]} is already called "${name}": choose a name that tells them apart, or ${FREE[what]} the other first.`,
  // The message names the other item; next to the field, plain words (its id is no help to a person).
  nameTakenBy: () => 'already in use',
  // The audit log's page cursor (server/admin/audit/routes.ts)
  beforeIdWithoutBefore: 'goes with before: give the last entry\'s at as before and its id as beforeId',
  notTimeZone: (zone: string) => `"${zone}" is not an IANA time zone (e.g. Europe/Rome)`,
  notCalendarDate: (day: string) => `"${day}" is not a calendar date`,
  archived: (what: Archivable, day: string) => `${THIS[what]} was archived on ${day}: it keeps its votes but can no longer be changed.`,
  // A write sent with the version read, which is no longer the stored one (server/admin/item-version.ts)
  stale: (what: Versioned, by: string | null, at: string | null) =>
    `${CHANGED[what]} changed by someone else since the version you read${
      at ? ` (last change: ${by ? `${by}, ` : ''}${minuteUtc(at)})` : ''
    }: nothing was saved. Read the current version again and make your change on it.`,

  // Access: who is calling, and may they (server/auth/access.ts, server/admin/scope.ts)
  foreignOrigin: (origin: string | undefined) => `Requests from ${origin} are not accepted: use the dashboard served by this collector.`,
  apiKeyAdministrationArchived: 'This API key’s administration is archived: the key no longer works and nothing was stored. Stop the queue system from sending.',
  apiKeyNeeded: 'Send a live API key of your administration as "Authorization: Bearer gk_...": ask its administrator for one (dashboard, page «Chiavi API»).',
  terminalArchived: 'This terminal (or its office) was archived: it takes no more votes. Ask an administrator to restore it, or pair this device as another terminal.',
  terminalNotEnrolled: 'This terminal is not enrolled (or its token was revoked): pair it again with a code from the dashboard.',
  signInFirst: 'Sign in first (your session may have expired).',
  csrfHeader: (header: string) => `Missing or wrong ${header} header: reload the page and try again.`,
  roleForbids: 'Your role does not allow this.',
  noSuchItem: 'No such item.',
  outsideScope: 'Your role does not allow this here: it belongs to an office or administration outside your scope.',
  administrationMissing: (id: string) => `Administration "${id}" does not exist.`,
  outsideAdministration: 'Your role does not allow this here: it belongs to an administration outside your scope.',

  // Signing in and one's own password (server/auth). lockedOut says neither which lock (this address's,
  // or every address's: sign-in-throttle.ts) nor whether the e-mail is someone's.
  lockedOut: (minutes: number) =>
    `Too many wrong attempts for this e-mail: try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask an administrator to set a new password.`,
  wrongCredentials: 'Wrong e-mail or password.',
  accountDisabled: 'This account is disabled: ask an administrator.',
  wrongCurrentPassword: 'The current password is wrong.',
  doesNotMatch: 'does not match',
  // A new password that is easy to guess (server/contract/password-rules.ts): the field's words say why.
  weakPassword: 'This password is too easy to guess: choose another one, a long sentence only you would write is best.',
  weakPasswordField: {
    repeated: 'is one character, or a few, over and over',
    sequence: 'is a run of characters in order, as 123456789012 or abcdefghijkl',
    personal: 'is little more than the e-mail address or the name of the person',
    product: 'is little more than the name of this software',
    common: 'is one of the most used passwords',
  } satisfies Record<WeakPassword, string>,

  // People and their roles (server/store/create-user.ts, server/admin/users)
  needsRole: 'A person needs at least one role.',
  noGrants: 'must not be empty',
  setupCodeWrong: 'The set-up code is not the one the collector printed: copy it from its start (the console it runs in, or the service\'s log).',
  setupCodeWrongField: 'not the code the collector printed at start',
  alreadySetUp: 'The installation already has users: sign in instead.',
  emailTaken: (email: string) => `A person with the e-mail ${email} already exists.`,
  emailInUse: 'already in use',
  // A new person's e-mail that is already someone's (server/admin/users/email-taken.ts). The caller may manage them: who they are.
  emailOfYourPerson: (email: string, name: string, disabled: boolean) =>
    `${email} is already the e-mail of ${name}${disabled ? ' (disabled)' : ''}, in your list of people: open them there to change their roles${disabled ? ' or enable them' : ''}.`,
  emailOfYourPersonField: (name: string) => `already the e-mail of ${name}`,
  // Someone beyond the caller's scope: the same words whoever it is, saying nothing of them.
  emailUnusable: 'This e-mail address cannot be used for a new person here: use another one. If the person should already have an account on this installation, an installation administrator can give them a role in your administration.',
  emailUnusableField: 'cannot be used for a new person here',
  /** The same words as grantProblem (server/contract/permissions.ts), which the command line prints. */
  malformedGrant: {
    installation_admin: 'installation_admin covers everything: administrationId and officeId must be null',
    administration_admin: 'administration_admin needs an administrationId and no officeId',
    office_manager: 'office_manager needs an administrationId and an officeId',
    viewer: 'viewer needs an administrationId (and optionally an officeId)',
  } satisfies Record<Role, string>,
  rolesMalformed: 'Some roles are malformed: see the problems listed.',
  grantsBeyondScope: (grants: readonly Grant[]) =>
    `You may hand out roles only within what you administer: not ${grants.map((g) => `${g.role} over ${g.officeId ?? g.administrationId ?? 'the installation'}`).join(', ')}.`,
  notAnAdministration: (id: string) => `"${id}" is not an administration`,
  notAnOfficeOf: (officeId: string, administrationId: string | null) => `"${officeId}" is not an office of administration "${administrationId}"`,
  placesMissing: 'Some roles name places that do not exist: see the problems listed.',
  // Roles on archived places (server/admin/users/check-grants.ts)
  grantsOnArchived:
    'Roles cannot be given on an archived administration or office: it keeps its votes and reports, but nobody takes charge of it any more. Choose a live one (see the problems listed); roles held before the archiving stay.',
  placeArchived: (what: 'administration' | 'office', name: string, day: string) => `${what === 'office' ? 'office' : 'administration'} "${name}" was archived on ${day}`,
  cannotDisableSelf: 'You cannot disable yourself: ask another administrator.',
  cannotDropOwnAdmin: 'You cannot remove your own last administrator role: ask another administrator to do it.',
  lastInstallationAdmin: 'This is the last enabled installation admin: make someone else installation admin first.',

  // Offices (server/admin/offices, server/admin/opening-hours.ts)
  officeFieldsInvalid: 'Some office fields are invalid: see the problems listed.',
  closesBeforeOpening: (from: string, to: string) => `opens at ${from} but closes at ${to}: the opening must come before the closing`,
  hoursOverlap: (from: string, to: string, otherFrom: string, otherTo: string) => `${from}-${to} overlaps ${otherFrom}-${otherTo}`,

  // Services and reasons (server/admin/services, server/admin/reasons)
  standardFromAlone: 'goes with "standard": say which standard applies from that day',
  onlyServiceOf: (terminalNames: readonly string[]) =>
    `Terminals ${terminalNames.map((n) => `"${n}"`).join(', ')} offer only this service: give them another service or archive them first.`,
  keepOneReason: 'keep at least one reason: citizens who vote negative are asked why',
  appearsTwice: (value: string) => `"${value}" appears twice`,
  notAReason: (id: string) => `"${id}" is not a reason of this administration (leave id out for a new reason)`,
  reasonListInvalid: 'The reason list is invalid: see the problems listed.',

  // Terminals (server/admin/terminals, server/terminals)
  counterServesOne: (count: number) => `a counter terminal serves exactly one service, not ${count}: use totem mode to offer several`,
  notOurService: (id: string) => `"${id}" is not a service of this office's administration`,
  serviceArchived: (id: string) => `"${id}" was archived`,
  terminalInvalid: 'The terminal is invalid: see the problems listed.',
  // One live name among an office's terminals (server/admin/terminals/refuse-taken-terminal-name.ts); the field says nameTakenBy.
  terminalNameTaken: (name: string) => `Another terminal of this office is already called "${name}": choose a name that tells them apart (where it stands, which counter), or archive the other first.`,
  pairingCodeInvalid: 'This pairing code is wrong, used or expired: ask for a new one in the dashboard (Terminali > Abbina).',
  ownConfigOnly: 'A terminal may read only its own configuration.',
  terminalNotRegistered: (id: string) => `Terminal "${id}" is not registered (or was archived) on this collector.`,

  // An administration's logo for PDF reports (server/admin/administrations)
  logoMediaType: (type: string) =>
    `A logo is a PNG or JPEG file sent as the body with Content-Type image/png or image/jpeg, not ${type || 'no type'}. Convert other formats (SVG, GIF, WebP) first.`,
  logoEmpty: 'The logo is empty: send the image file as the request body.',
  emptyBody: 'empty body',
  logoTooLarge: (kib: number, maxKib: number) => `The logo is ${kib} KiB; at most ${maxKib} KiB. Export it smaller (a crest printed 4 cm wide needs about 500 pixels).`,
  logoNotItsType: (mediaType: string) =>
    `The file is not a ${mediaType === 'image/png' ? 'PNG' : 'JPEG'} image, though sent as ${mediaType}. Send a PNG or JPEG file with its own type.`,
  notValidFile: (mediaType: string) => `not a valid ${mediaType} file`,
  logoSideOutOfRange: (width: number, height: number, maxSide: number) => `The logo is ${width} × ${height} pixels; each side must be 1 to ${maxSide}.`,
  imageSizeOutOfRange: 'image size out of range',
  logoUnreadable: 'The image cannot be read (damaged, or a PNG/JPEG variant PDF files cannot hold). Save it again as a plain PNG or JPEG.',
  unreadableImage: 'unreadable image',
  // What is wrong inside a logo that cannot be drawn (png-check.ts, jpeg-check.ts): the reason given for the body.
  pngDepth: (colourType: number, depth: number) => `PNG colour type ${colourType} with bit depth ${depth}, which the PNG specification does not define`,
  pngMethods: 'PNG with an unknown compression, filter or interlace method',
  pngInterlacedNarrow: (minWidth: number) => `interlaced PNG narrower than ${minWidth} pixels: save it without interlacing`,
  pngCutShort: 'PNG cut short: it ends before its IEND chunk',
  pngChunksDamaged: 'damaged PNG chunks (a chunk with a wrong name or length, or a second IHDR)',
  pngPaletteMisplaced: 'PNG with a palette (PLTE) where none can be drawn: only palette images (colour type 3) take one, once, before the pixel data',
  pngPaletteSize: (bytes: number) => `PNG palette (PLTE) of ${bytes} bytes, not 3 bytes for each colour the bit depth allows`,
  pngTransparencyMisplaced: 'PNG transparency (tRNS) of the wrong size, repeated, after the pixel data or in an image with an alpha channel',
  pngNoPalette: 'palette PNG (colour type 3) without its palette (PLTE chunk)',
  pngNoPixels: 'PNG without pixel data (no IDAT chunk)',
  pngPixelDataDamaged: 'PNG pixel data damaged: it does not decompress',
  pngPixelDataSize: (expected: number, got: number | null) =>
    `PNG pixel data of ${got === null ? `more than ${expected}` : got} bytes decompressed, where the image's size needs exactly ${expected}`,
  pngFilter: (row: number, filter: number) => `PNG scanline ${row} with filter type ${filter}: only 0 to 4 exist`,
  jpegNoFrame: 'JPEG without a frame header (SOF) giving its size',
  jpegNoScan: 'JPEG without image data (no SOS segment)',
  jpegNoEnd: 'JPEG cut short, or with bytes after it: it does not end with its end-of-image marker (EOI)',
  jpegDamaged: 'damaged JPEG segments',
  jpegVariant: 'a JPEG a PDF cannot hold (lossless, hierarchical, arithmetic-coded, 12-bit, or neither grey, RGB nor CMYK): save it again as a plain JPEG',
};

export type ManageWords = typeof MANAGE_EN;
