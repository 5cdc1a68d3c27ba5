// The device-token header of this terminal's requests (constants from the contract's TypeBox-free limits).
import { TERMINAL_AUTH_SCHEME } from '../../../server/contract/limits';

export { PAIRING_ALPHABET, PAIRING_CODE_LENGTH, TERMINAL_AUTH_SCHEME } from '../../../server/contract/limits';

/** The header a request of this terminal carries. */
export function authorization(token: string): Record<'authorization', string> {
  return { authorization: `${TERMINAL_AUTH_SCHEME} ${token}` };
}
