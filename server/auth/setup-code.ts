// The first-run screen's code. While the installation has no person, whoever reached the dashboard
// first became its installation admin: on an office network that is anyone. The collector now prints a
// code at start (to its console, which is its service's log), and the first-run screen asks for it, so
// only someone who can read the machine's output can take the installation. Derived from a secret
// kept in the database, so every collector of the installation prints and accepts the same code.
import { timingSafeEqual } from 'node:crypto';
import { installationSecret } from '../delivery/secrets';
import type { Db } from '../store/database';

/** No 0/O, 1/I/L: read off a console and typed by a person. 31^10 codes, five tries a minute per address. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const SETUP_CODE_LENGTH = 10;

export async function setupCode(db: Db, now: Date): Promise<string> {
  const bytes = Buffer.from(await installationSecret(db, 'setup-code', now), 'base64url');
  return Array.from(bytes.subarray(0, SETUP_CODE_LENGTH), (b) => ALPHABET[b % ALPHABET.length]).join('');
}

/** As printed: two groups of five. */
export const formatSetupCode = (code: string) => `${code.slice(0, 5)}-${code.slice(5)}`;

/** Whether what the person typed is the code: spaces, dashes and letter case aside. */
export function isSetupCode(typed: string, code: string): boolean {
  const given = Buffer.from(typed.replace(/[\s-]/g, '').toUpperCase());
  const expected = Buffer.from(code);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
