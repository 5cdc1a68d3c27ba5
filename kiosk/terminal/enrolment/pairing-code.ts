// Pairing codes as staff type them and as they arrive in the address (?pair=): cleaned, checked, and taken out of the URL.
import { PAIRING_ALPHABET, PAIRING_CODE_LENGTH } from './auth-constants';

/** The query parameter of the pairing links the dashboard and `npm start` print. */
export const PAIR_PARAM = 'pair';

/** What staff type may carry spaces, dashes and small letters; the collector ignores them too. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export type CodeCheck = 'ok' | 'empty' | 'length' | 'characters';

/**
 * Checked before it is sent: the enrolment route allows 10 tries a minute per address, and a typo
 * should cost none of them. O, 0, I, 1 and L are not in the alphabet, so they are reported, not guessed.
 */
export function checkCode(typed: string): CodeCheck {
  const code = normaliseCode(typed);
  if (code.length === 0) return 'empty';
  if ([...code].some((c) => !PAIRING_ALPHABET.includes(c))) return 'characters';
  if (code.length !== PAIRING_CODE_LENGTH) return 'length';
  return 'ok';
}

/** "ABCD2345" as "ABCD-2345", the way the dashboard shows it. */
export function formatCode(code: string): string {
  const clean = normaliseCode(code);
  return clean.length > 4 ? `${clean.slice(0, 4)}-${clean.slice(4)}` : clean;
}

/**
 * Reads ?pair= and removes it from the address at once (history.replaceState): the code must not
 * stay in the address bar, the history, or a bookmark of the start page. Other parameters stay.
 */
export function takePairCode(location: Pick<Location, 'href'>, history: Pick<History, 'replaceState' | 'state'>): string | null {
  const url = new URL(location.href);
  if (!url.searchParams.has(PAIR_PARAM)) return null;
  const code = url.searchParams.get(PAIR_PARAM)?.trim() ?? '';
  url.searchParams.delete(PAIR_PARAM);
  history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
  return code || null;
}
