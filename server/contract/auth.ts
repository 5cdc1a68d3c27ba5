// People and terminals proving who they are: roles and their scopes, the session, enrolment.
import { Type, type Static } from 'typebox';
import { MIN_PASSWORD_LENGTH, PAIRING_CODE_LENGTH } from './limits';
import { ROLES, type Grant as PlainGrant } from './permissions';

export { CSRF_HEADER, DEVICE_COOKIE, MIN_PASSWORD_LENGTH, PAIRING_ALPHABET, PAIRING_CODE_LENGTH, SESSION_COOKIE, TERMINAL_AUTH_SCHEME } from './limits';

export { ROLES, type Role } from './permissions';

export const GrantSchema = Type.Object(
  {
    role: Type.Enum(ROLES),
    administrationId: Type.Union([Type.String(), Type.Null()], { description: 'null only for installation_admin' }),
    officeId: Type.Union([Type.String(), Type.Null()], { description: 'set for office_manager, optional for viewer' }),
  },
  { additionalProperties: false },
);
/** One role over one subtree. */
export type Grant = Static<typeof GrantSchema>;
// The schema and the plain interface the permission rules use must describe the same thing.
const _sameGrant: [Grant, PlainGrant] extends [PlainGrant, Grant] ? true : never = true;
void _sameGrant;


export const CredentialsSchema = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
export type Credentials = Static<typeof CredentialsSchema>;

/** Something besides spaces: twelve spaces passed the length alone. */
export const NOT_ONLY_SPACES = '\\S';
export const NewPasswordSchema = Type.String({ minLength: MIN_PASSWORD_LENGTH, maxLength: 1024, pattern: NOT_ONLY_SPACES, description: `At least ${MIN_PASSWORD_LENGTH} characters, not all spaces, and not among the easiest guesses (one character or a few repeated, a run such as 123456789012, little more than the person's e-mail or name or the product's name, one of the commonest passwords): refused with validation_failed, the reason at the field.` });

export const SessionInfoSchema = Type.Object({
  user: Type.Object({ id: Type.String(), email: Type.String(), name: Type.String() }),
  grants: Type.Array(GrantSchema),
  /** Send back in the x-csrf-token header with every POST, PUT, PATCH and DELETE. */
  csrfToken: Type.String(),
  expiresAt: Type.String({ format: 'date-time' }),
});
/** Who is signed in, what they may do, and the CSRF token of this session. */
export type SessionInfo = Static<typeof SessionInfoSchema>;

/**
 * GET /session when this browser holds no live session (no cookie, or one whose session ended or
 * expired): nobody, answered 200 rather than 401 because asking is not a failure, and a dashboard
 * opening on its sign-in form must not log an error. Every other route that needs a session says 401.
 */
export const NoSessionSchema = Type.Object({ user: Type.Null() }, { additionalProperties: false, description: 'Nobody is signed in.' });
/** GET /session: the session, or nobody (`user` is null). */
export const WhoAmISchema = Type.Union([SessionInfoSchema, NoSessionSchema]);
export type WhoAmI = Static<typeof WhoAmISchema>;

export const PasswordChangeSchema = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 1024 }), newPassword: NewPasswordSchema },
  { additionalProperties: false },
);

export const SetupStatusSchema = Type.Object({ needed: Type.Boolean({ description: 'true while no user exists: the first-run screen may create the installation admin' }) });

export const SetupSchema = Type.Object(
  {
    setupCode: Type.String({ minLength: 1, maxLength: 32, description: 'The set-up code the collector prints when it starts on an installation with no person (spaces, dashes and letter case aside)' }),
    email: Type.String({ format: 'email', maxLength: 254 }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    password: NewPasswordSchema,
  },
  { additionalProperties: false },
);


export const EnrolmentRequestSchema = Type.Object(
  { code: Type.String({ minLength: PAIRING_CODE_LENGTH, maxLength: 32, description: 'Pairing code; spaces and dashes are ignored, case too.' }) },
  { additionalProperties: false },
);

export const EnrolmentSchema = Type.Object({
  terminalId: Type.String(),
  /** The device token: kept by the terminal (IndexedDB), sent as `Authorization: Bearer`. Shown once. */
  token: Type.String(),
});
/** What a terminal receives for a valid pairing code. */
export type Enrolment = Static<typeof EnrolmentSchema>;

export const PairingCodeSchema = Type.Object({
  code: Type.String(),
  expiresAt: Type.String({ format: 'date-time' }),
  /** Kiosk URL with the code, for typing or scanning. */
  url: Type.String(),
  /** The same URL as a QR code, SVG markup (render as an image, not as HTML). */
  qrSvg: Type.String(),
});
export type PairingCode = Static<typeof PairingCodeSchema>;
