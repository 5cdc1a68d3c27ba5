// The contract's plain values, in a file without TypeBox, so browser bundles can import them.

/** At most this many votes in one request: a terminal that was offline for days sends several batches. */
export const MAX_VOTES_PER_BATCH = 500;
/** Request body limit of the ingest route: a vote is about 250 bytes on the wire, so 500 of them take about 125 KiB. */
export const MAX_BATCH_BYTES = 512 * 1024;
/** Longest period one report may cover. */
export const MAX_REPORT_DAYS = 731;

/** Session cookie: httpOnly, SameSite=Strict; its value is never readable by scripts. */
export const SESSION_COOKIE = 'gradimento_sid';
/**
 * A browser a person signed in from before (server/auth/known-device.ts): httpOnly, SameSite=Strict,
 * signed by the collector; an e-mail locked for every address still lets its person in from there.
 */
export const DEVICE_COOKIE = 'gradimento_device';
/** Header that must carry the session's CSRF token on every state-changing request. */
export const CSRF_HEADER = 'x-csrf-token';
/** Header a terminal's device token travels in: `Authorization: Bearer <token>`. */
export const TERMINAL_AUTH_SCHEME = 'Bearer';
export const MIN_PASSWORD_LENGTH = 12;

/** Most reasons an administration's list may hold, so the most a terminal offers after a negative vote. */
export const MAX_REASONS = 12;

/** A pairing code: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
export const PAIRING_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const PAIRING_CODE_LENGTH = 8;

/** Most people-served entries one request may carry: a month of 30 services on 3 channels is 2,700. */
export const MAX_PEOPLE_SERVED_ENTRIES = 5000;
/** People served by one service of one office on one channel in one day: far above any real counter. */
export const MAX_SERVED_PER_DAY = 100_000;
/** A people-served CSV import may be this large (about 40,000 lines). */
export const MAX_PEOPLE_SERVED_CSV_BYTES = 1024 * 1024;
