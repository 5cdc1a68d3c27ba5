// Checks a typed staff PIN against the hash in the terminal's configuration, on the device (it works offline).
import type { StaffPinHash } from '../../../server/contract/staff-pin';

export type PinCheck = 'ok' | 'wrong' | 'unsupported';

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(b64);
  const out = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Same derivation as server/terminals/staff-pin.ts. WebCrypto exists only in secure contexts: on plain http the answer is 'unsupported'. */
export async function checkStaffPin(pin: string, stored: StaffPinHash, subtle: SubtleCrypto | null = globalThis.crypto?.subtle ?? null): Promise<PinCheck> {
  if (!subtle) return 'unsupported';
  const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64Url(stored.salt), iterations: stored.iterations }, key, 256));
  const expected = fromBase64Url(stored.hash);
  // Compared in full whatever the first difference: nothing to learn from the time it takes.
  let diff = bits.length ^ expected.length;
  for (let i = 0; i < Math.min(bits.length, expected.length); i++) diff |= bits[i]! ^ expected[i]!;
  return diff === 0 ? 'ok' : 'wrong';
}
