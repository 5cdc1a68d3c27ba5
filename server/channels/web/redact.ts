// Takes contacts (e-mail addresses, phone numbers) and the codes that name a person (codice fiscale, IBAN) out of a citizen's comment before it is stored, and keeps it within its length. Pure.
import { aroundDates, countDigits, GROUPED_DIGITS, IBAN, isDressedPhone, isIban, isListOfYears, PHONE, startsAsItalianNumber, TAX_CODE } from './redact-numbers';

/** What can be taken out, in the order the answer lists it. */
export const REMOVED_KINDS = ['email', 'phone', 'tax_code', 'iban'] as const;
export type Removed = (typeof REMOVED_KINDS)[number];

/** Pieces of the e-mail patterns below: the parts of an address, and the ways the @ and the dots are written. */
const LOCAL_LABEL = '[\\p{L}\\p{N}_%+-]+';
const DOMAIN_LABEL = '[\\p{L}\\p{N}-]+';
/**
 * A word spelled a letter at a time to slip past the patterns: "m a r i o", whole letters only. Three
 * at least before the @, so "scrivi a a@b.it" keeps its "a"; two after it ("i t").
 */
const SPACED_LOCAL = '(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}](?: [\\p{L}\\p{N}]){2,}(?![\\p{L}\\p{N}])';
const SPACED_DOMAIN = '[\\p{L}\\p{N}](?: [\\p{L}\\p{N}])+(?![\\p{L}\\p{N}])';
const LOCAL_PART = `(?:${SPACED_LOCAL}|${LOCAL_LABEL})`;
const DOMAIN_PART = `(?:${SPACED_DOMAIN}|${DOMAIN_LABEL})`;
/** "[at]", "(chiocciola)", "[ punto ]": the word in square or round brackets, spaces allowed inside. */
const bracketed = (words: string) => `[\\[(]\\s*(?:${words})\\s*[\\])]`;
/**
 * An @ that can only mean an address: the sign itself, as a web address writes it (%40) or a web
 * page (&#64; &#x40; &commat;), or the word in brackets.
 */
const AT_SIGN = `(?:@|%40|&#0*64;|&#x0*40;|&commat;|${bracketed('at|chiocciola')})`;
const SPELLED_DOT = `(?:\\s*${bracketed('dot|punto')}\\s*|\\s+(?:dot|punto)\\s+)`;
/** Any dot, spaces around it too ("gmail . com"): after an AT_SIGN nothing else is meant. */
const ANY_DOT = `(?:\\s*\\.\\s*|${SPELLED_DOT})`;
/** A dot as written inside an address: "." with nothing around it, or spelled out ("-dot-" too). Not the end of a sentence. */
const TIGHT_DOT = `(?:\\.|${SPELLED_DOT}|[-_](?:dot|punto)[-_])`;

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
const TOP_LEVEL_DOMAIN = `(?:${EMAIL_TOP_LEVEL_DOMAINS.join('|')})(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`;

/**
 * Something@something.tld, also with spaces around the @ or the dots (on both sides of the @), the @
 * as "[at]"/"(chiocciola)"/"%40" and the dots as "[dot]"/"(punto)" or "dot"/"punto" written out, before
 * the @ too: of "mario punto rossi [at] gmail punto com" nothing is left, not even the first name.
 * Each part may be spelled a letter at a time: "m a r i o @ g m a i l . c o m".
 */
const EMAIL = new RegExp(`(?:${LOCAL_PART}${ANY_DOT})*${LOCAL_PART}\\s*${AT_SIGN}\\s*${DOMAIN_PART}(?:${ANY_DOT}${DOMAIN_PART})+`, 'giu');
/** An @ and a space for the last dot, "mario @gmail com": only before a top-level domain of the list. */
const EMAIL_SPACE_FOR_DOT = new RegExp(`(?:${LOCAL_LABEL}${ANY_DOT})*${LOCAL_LABEL}\\s*${AT_SIGN}\\s*(?:${DOMAIN_LABEL}(?:${ANY_DOT}|\\s+))+${TOP_LEVEL_DOMAIN}`, 'giu');
/** An @ between two words with no space around it is an address without its ending: "mario.rossi@gmail". */
const EMAIL_WITHOUT_DOMAIN = new RegExp(`(?:${LOCAL_LABEL}\\.)*${LOCAL_LABEL}${AT_SIGN}${DOMAIN_LABEL}`, 'giu');
/**
 * The @ as a bare word ("mario at gmail.com", "mario chiocciola gmail punto com", "mario-at-gmail-dot-com")
 * or as "(a)": "at" is also English, so only with dots written as in an address (TIGHT_DOT, not "look
 * at this. Thanks") and a last label that is a top-level domain. Applied after EMAIL, never instead
 * of it: a pattern that declined a match would have consumed the start of an address that follows.
 */
const SPELLED_AT_EMAIL = new RegExp(
  `(?:${LOCAL_LABEL}${TIGHT_DOT})*${LOCAL_LABEL}(?:\\s+(?:at|chiocciola)\\s+|[-_](?:at|chiocciola)[-_]|\\s*${bracketed('a')}\\s*)(?:${DOMAIN_LABEL}${TIGHT_DOT})+${TOP_LEVEL_DOMAIN}`,
  'giu',
);

/**
 * Control characters (a bell, the escapes that colour a terminal, "ESC[31m", whole) but for the
 * new line and the tab: nobody types them, and they would reach a manager's screen or a CSV export.
 */
const CONTROL_CHARACTERS = /(?:\x1B|\x9B)\[[0-?]*[ -/]*[@-~]|\x1B\][^\x07\x1B]*(?:\x07|\x1B\\)?|(?![\n\t])\p{Cc}/gu;
/**
 * Invisible format characters (zero-width spaces, joiners, bidi controls, soft hyphens) that split
 * an address so the patterns miss it; a zero-width joiner inside an emoji (👨‍👩‍👧) is kept.
 */
const FORMAT_CHARACTERS = /(?!(?<=[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F])\u200D(?=\p{Extended_Pictographic}))\p{Cf}/gu;

export const EMAIL_MARK = '[e-mail rimossa]';
export const PHONE_MARK = '[telefono rimosso]';
export const TAX_CODE_MARK = '[codice fiscale rimosso]';
export const IBAN_MARK = '[IBAN rimosso]';
const MARKS: Record<Removed, string> = { email: EMAIL_MARK, phone: PHONE_MARK, tax_code: TAX_CODE_MARK, iban: IBAN_MARK };
/** Several contacts in a row (a list, or the same one repeated) become one mark: a comment is not a list of marks. */
const REPEATED_MARKS = new RegExp(`(${Object.values(MARKS).map((m) => m.replace(/[[\]]/g, '\\$&')).join('|')})(?:[\\s,;:/.-]*\\1)+`, 'gu');

/**
 * Compatibility forms read as what they stand for (full-width ＠ and digits, ligatures) and
 * invisible characters dropped: what the citizen sees is what the patterns check, and what is stored.
 */
export function normaliseComment(text: string): string {
  return text.normalize('NFKC').replace(CONTROL_CHARACTERS, '').replace(FORMAT_CHARACTERS, '');
}

export function redactComment(text: string): { text: string; removed: Removed[] } {
  const removed = new Set<Removed>();
  const mark = (kind: Removed) => () => {
    removed.add(kind);
    return MARKS[kind];
  };
  const phone = (match: string) => {
    // Fewer than 9 digits is no phone number; more than 15 (the most one holds) is several in a row.
    if (countDigits(match) < 9) return match;
    return mark('phone')();
  };
  const email = mark('email');
  let out = normaliseComment(text)
    .replace(EMAIL, email)
    .replace(EMAIL_SPACE_FOR_DOT, email)
    .replace(EMAIL_WITHOUT_DOMAIN, email)
    .replace(SPELLED_AT_EMAIL, email)
    .replace(TAX_CODE, mark('tax_code'))
    .replace(IBAN, (match) => (isIban(match) ? mark('iban')() : match))
    // Before aroundDates, which would keep the date or amount a number is dressed as and leave the rest.
    .replace(GROUPED_DIGITS, (run) => (isDressedPhone(run) ? mark('phone')() : run));
  // Short groups first: PHONE would take "00 0000 0000" out of "10 00 0000 0000" and leave the "10".
  out = aroundDates(out)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(GROUPED_DIGITS, (match) => (isListOfYears(match) || !startsAsItalianNumber(match) ? match : phone(match))).replace(PHONE, phone)))
    .join('')
    .replace(REPEATED_MARKS, '$1');
  return { text: out, removed: REMOVED_KINDS.filter((kind) => removed.has(kind)) };
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
  if (open >= 0 && !cut.includes(']', open) && Object.values(MARKS).some((mark) => text.startsWith(mark, open))) cut = cut.slice(0, open);
  return { text: `${cut.trimEnd()}…`, shortened: true };
}
