// The staff PIN that opens a terminal's diagnostics: how it is hashed, so the collector stores it and the terminal checks it offline.

/** PBKDF2 over SHA-256: Node's crypto and the browser's WebCrypto both compute it, no library needed. */
export const STAFF_PIN_ALGORITHM = 'pbkdf2-sha256';
/** Slow enough to make guessing from a copied configuration cost something, fast enough for a cheap tablet (~0.2 s). */
export const STAFF_PIN_ITERATIONS = 120_000;
/** How many digits a PIN has; the dashboard's hint says them. */
export const STAFF_PIN_MIN_DIGITS = 4;
export const STAFF_PIN_MAX_DIGITS = 8;
/** Digits only: typed on the terminal's own keypad, never a word. */
export const STAFF_PIN_PATTERN = `^\\d{${STAFF_PIN_MIN_DIGITS},${STAFF_PIN_MAX_DIGITS}}$`;

/** What the terminal receives in its configuration; never the PIN itself. */
export interface StaffPinHash {
  algorithm: typeof STAFF_PIN_ALGORITHM;
  iterations: number;
  /** base64url */
  salt: string;
  /** base64url of the 32-byte derived key */
  hash: string;
}

/** The stored form: "pbkdf2-sha256$<iterations>$<salt>$<hash>". */
export function formatStaffPinHash(h: StaffPinHash): string {
  return [h.algorithm, String(h.iterations), h.salt, h.hash].join('$');
}

export function parseStaffPinHash(stored: string | null): StaffPinHash | null {
  if (!stored) return null;
  const [algorithm, iterations, salt, hash] = stored.split('$');
  if (algorithm !== STAFF_PIN_ALGORITHM || !salt || !hash || !/^\d+$/.test(iterations ?? '')) return null;
  return { algorithm, iterations: Number(iterations), salt, hash };
}
