// The headers of this terminal's requests: its device token, and the language of the collector's refusals (constants from the contract's TypeBox-free limits).
import { DEFAULT_LANGUAGE } from '../../../server/contract/languages';
import { TERMINAL_AUTH_SCHEME } from '../../../server/contract/limits';

export { PAIRING_ALPHABET, PAIRING_CODE_LENGTH, TERMINAL_AUTH_SCHEME } from '../../../server/contract/limits';

/**
 * The headers an authenticated request of this terminal carries. The collector's refusals reach the
 * staff's status corner and diagnostics, so they are asked for in the staff's language, the
 * terminal's default, whatever language the last citizen chose.
 */
export function terminalHeaders(token: string): Record<'authorization' | 'accept-language', string> {
  return { authorization: `${TERMINAL_AUTH_SCHEME} ${token}`, 'accept-language': DEFAULT_LANGUAGE };
}
