// Takes e-mail addresses and phone numbers out of a citizen's comment before it is stored, and keeps it within its length. Pure.

export type Removed = 'email' | 'phone';

/** Pieces of the e-mail patterns below: the parts of an address, and the ways the @ and the dots are written. */
const LOCAL_LABEL = '[\\p{L}\\p{N}_%+-]+';
const DOMAIN_LABEL = '[\\p{L}\\p{N}-]+';
/** "[at]", "(chiocciola)", "[ punto ]": the word in square or round brackets, spaces allowed inside. */
const bracketed = (words: string) => `[\\[(]\\s*(?:${words})\\s*[\\])]`;
/** An @ that can only mean an address: the sign itself, or the word in brackets. */
const AT_SIGN = `(?:@|${bracketed('at|chiocciola')})`;
const SPELLED_DOT = `(?:\\s*${bracketed('dot|punto')}\\s*|\\s+(?:dot|punto)\\s+)`;
/** Any dot, spaces around it too ("gmail . com"): after an AT_SIGN nothing else is meant. */
const ANY_DOT = `(?:\\s*\\.\\s*|${SPELLED_DOT})`;
/** A dot as written inside an address: "." with nothing around it, or spelled out. Not the end of a sentence. */
const TIGHT_DOT = `(?:\\.|${SPELLED_DOT})`;

/**
 * Top-level domains that end an address whose @ is a bare word (" at ", " chiocciola "): the generic
 * ones, Italy's neighbours, and the countries of the languages the terminal speaks (see
 * docs/channels.md). A word after a tight dot that is not among them ("look at this.thing") is text.
 */
export const EMAIL_TOP_LEVEL_DOMAINS = [
  'it', 'com', 'net', 'org', 'eu', 'info', 'gov', 'edu', 'biz', 'me', 'io', 'co', 'email',
  'sm', 'va', 'ch', 'at', 'si', 'hr', 'mt', 'fr', 'de', 'es', 'pt', 'be', 'nl', 'lu', 'li',
  'uk', 'us', 'ie', 'ro', 'md', 'al', 'ua', 'cn', 'ma', 'tn', 'eg', 'br', 'ar', 'pl', 'gr',
] as const;

/**
 * Something@something.tld, also with spaces around the @ or the dots (on both sides of the @), the @
 * as "[at]"/"(chiocciola)" and the dots as "[dot]"/"(punto)" or "dot"/"punto" written out, before
 * the @ too: of "mario punto rossi [at] gmail punto com" nothing is left, not even the first name.
 */
const EMAIL = new RegExp(`(?:${LOCAL_LABEL}${ANY_DOT})*${LOCAL_LABEL}\\s*${AT_SIGN}\\s*${DOMAIN_LABEL}(?:${ANY_DOT}${DOMAIN_LABEL})+`, 'giu');
/**
 * The @ as a bare word ("mario at gmail.com", "mario chiocciola gmail punto com"): "at" is also
 * English, so only with dots written as in an address (TIGHT_DOT, not "look at this. Thanks") and
 * a last label that is a top-level domain. Applied after EMAIL, never instead of it: a pattern
 * that declined a match would have consumed the start of an address that follows.
 */
const SPELLED_AT_EMAIL = new RegExp(
  `(?:${LOCAL_LABEL}${TIGHT_DOT})*${LOCAL_LABEL}\\s+(?:at|chiocciola)\\s+(?:${DOMAIN_LABEL}${TIGHT_DOT})+(?:${EMAIL_TOP_LEVEL_DOMAINS.join('|')})(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`,
  'giu',
);

/**
 * Phone numbers: international ones (+ or 00, then the digits in groups) and Italian ones, which
 * start with 3 (mobile) or 0 (fixed), written with spaces, dots, dashes or slashes between the
 * groups; 9 to 15 digits in all, or more for several numbers in a row ("3331234567 3471234567",
 * "333 1234567 / 06 1234567"), which go as one. A date, a year or a short protocol number is left
 * alone, and so are dates and hours written side by side (DATE_OR_HOURS). Not inside a word, but
 * right after the words that announce a number ("tel3331234567", "cell.3331234567").
 */
const PHONE = /(?:(?<![\p{L}\p{N}+])|(?<=(?<!\p{L})(?:tel|telefono|cel|cell|cellulare|mob|mobile|fax|phone|whatsapp)\.?))(?:(?:\+|00)\s?\d{1,3}(?:[\s./-]*\(?\d{1,8}\)?){2,5}|\(?[03]\d{1,3}\)?(?:[\s./-]*\d{2,8}){1,4})(?![\p{L}\p{N}])/giu;
/**
 * Any digits written apart to slip past PHONE ("3 3 3 1 2 3 4 5 6 7", "33-31-23-45-67"): groups of
 * one to three digits, each parted by one space, dot, dash or slash (spaces allowed around the
 * last three); 9 to 15 digits in all. Groups of four stop it, so a date with its year stays.
 */
const SPACED_DIGITS = /(?<![\p{L}\p{N}])\d{1,3}(?:(?:\s?[./-]\s?|\s)\d{1,3}){2,14}(?![\p{L}\p{N}])/gu;
const digits = (text: string) => text.replace(/\D/g, '').length;

/**
 * Dates (12.03.26, 12/03/2026) and opening hours (10.30-11.30) that stand as words of their own:
 * two of them side by side ("dal 12/03/2026 al 13/03/2026" without the words, "10.30-11.30
 * 12.00-13.00") have the digits of a phone number, and citizens write them in comments. Phone
 * numbers are looked for between them, never across one. Only a whole word counts: in
 * 02.12.34.56.78 (a number written the French way) "02.12.34" is not a date, and it goes.
 */
const DATE_OR_HOURS = /(?<![\p{L}\p{N}./-])(?:(\d{1,2})([./-])(\d{1,2})\2(?:\d{4}|\d{2})|(?:[01]?\d|2[0-3])[.:][0-5]\d\s?[-–]\s?(?:[01]?\d|2[0-3])[.:][0-5]\d)(?![\p{L}\p{N}]|[./:-]\d)/gu;

/** The text cut around its dates and hours: even indices are free text, odd ones a date or hours kept as written. */
function aroundDates(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of text.matchAll(DATE_OR_HOURS)) {
    // A date must be one: day 1-31, month 1-12 (hours are checked by the pattern itself).
    if (m[1] !== undefined && !(Number(m[1]) >= 1 && Number(m[1]) <= 31 && Number(m[3]) >= 1 && Number(m[3]) <= 12)) continue;
    parts.push(text.slice(from, m.index), m[0]);
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * Invisible format characters (zero-width spaces, joiners, bidi controls, soft hyphens) that split
 * an address so the patterns miss it; a zero-width joiner inside an emoji (👨‍👩‍👧) is kept.
 */
const FORMAT_CHARACTERS = /(?!(?<=[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F])\u200D(?=\p{Extended_Pictographic}))\p{Cf}/gu;

export const EMAIL_MARK = '[e-mail rimossa]';
export const PHONE_MARK = '[telefono rimosso]';
/** Several contacts in a row (a list, or the same one repeated) become one mark: a comment is not a list of marks. */
const REPEATED_MARKS = new RegExp(`(\\[(?:e-mail rimossa|telefono rimosso)\\])(?:[\\s,;:/.-]*\\1)+`, 'gu');

/**
 * Compatibility forms read as what they stand for (full-width ＠ and digits, ligatures) and
 * invisible characters dropped: what the citizen sees is what the patterns check, and what is stored.
 */
export function normaliseComment(text: string): string {
  return text.normalize('NFKC').replace(FORMAT_CHARACTERS, '');
}

export function redactComment(text: string): { text: string; removed: Removed[] } {
  const removed = new Set<Removed>();
  const phone = (match: string) => {
    // Fewer than 9 digits is no phone number; more than 15 (the most one holds) is several in a row.
    if (digits(match) < 9) return match;
    removed.add('phone');
    return PHONE_MARK;
  };
  const email = () => {
    removed.add('email');
    return EMAIL_MARK;
  };
  let out = normaliseComment(text).replace(EMAIL, email).replace(SPELLED_AT_EMAIL, email);
  out = aroundDates(out)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(PHONE, phone).replace(SPACED_DIGITS, phone)))
    .join('')
    .replace(REPEATED_MARKS, '$1');
  return { text: out, removed: [...removed] };
}

/**
 * A mark is longer than the shortest address it replaces ("a@b.it"), so a comment within its
 * limit can exceed it once redacted: cut at `max` characters (code points, as the schema counts),
 * never inside a mark, ending with "…". `shortened` says whether it was cut.
 */
export function fitComment(text: string, max: number): { text: string; shortened: boolean } {
  const chars = Array.from(text);
  if (chars.length <= max) return { text, shortened: false };
  let cut = chars.slice(0, max - 1).join('');
  const open = cut.lastIndexOf('[');
  // A mark cut in two would read as neither the comment nor a mark.
  if (open >= 0 && !cut.includes(']', open) && [EMAIL_MARK, PHONE_MARK].some((mark) => text.startsWith(mark, open))) cut = cut.slice(0, open);
  return { text: `${cut.trimEnd()}…`, shortened: true };
}
