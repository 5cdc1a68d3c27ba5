// Hashes a terminal's staff PIN for storage: PBKDF2 with a fresh salt, in the form the terminal checks offline.
import { pbkdf2, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { formatStaffPinHash, STAFF_PIN_ALGORITHM, STAFF_PIN_ITERATIONS } from '../contract/staff-pin';

const derive = promisify(pbkdf2);

export async function hashStaffPin(pin: string, iterations = STAFF_PIN_ITERATIONS): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt, iterations, 32, 'sha256');
  return formatStaffPinHash({ algorithm: STAFF_PIN_ALGORITHM, iterations, salt: salt.toString('base64url'), hash: key.toString('base64url') });
}
