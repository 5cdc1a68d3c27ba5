// Finds the numbers in a comment that identify a person (phone numbers, the codice fiscale, an IBAN) and keeps those that do not (dates, hours, amounts, years, short numbers). Pure.

/**
 * Every decimal digit of every script (`\p{Nd}`: Arabic-Indic ٣, Devanagari ३ ...) by its value. Unicode
 * keeps each script's ten digits in a row from 0 to 9, so a digit's value is its place in its row.
 * Arabic is one of the terminal's languages, and a number in its digits is as much a phone number.
 */
const DIGITS_BY_VALUE: string[] = Array.from({ length: 10 }, () => '');
const DIGIT_VALUE = new Map<string, number>();
{
  let place = 0;
  for (let cp = 0x30; cp < 0x20000; cp++) {
    const c = String.fromCodePoint(cp);
    if (!/\p{Nd}/u.test(c)) place = 0;
    else {
      DIGITS_BY_VALUE[place % 10] += c;
      DIGIT_VALUE.set(c, place % 10);
      place++;
    }
  }
}
/** The same text with its digits written 0-9, for checking values (a day, a month, the first digit): never stored. */
export const asciiDigits = (text: string) => text.replace(/\p{Nd}/gu, (d) => String(DIGIT_VALUE.get(d) ?? d));
export const countDigits = (text: string) => (text.match(/\p{Nd}/gu) ?? []).length;

const D = '\\p{Nd}';
/** A 0 or a 3 in any script: the first digit of an Italian number (fixed 0, mobile 3). */
const ZERO = `[${DIGITS_BY_VALUE[0]}]`;
const ZERO_OR_THREE = `[${DIGITS_BY_VALUE[0]}${DIGITS_BY_VALUE[3]}]`;
/**
 * What people put between the groups of a number: spaces, dots (also the middle dots · • ・),
 * slashes, underscores and every dash (`\p{Pd}`: - ‐ – — ...), the minus sign and the katakana long mark ー,
 * which Japanese keyboards give for a dash.
 */
// Not the comma: it is the Italian decimal mark, and "30,00 30,00 30,00" or "ticket 0034, 0035, 0036"
// are amounts and lists, which a comma between groups took for phone numbers (and migration 039 would
// have rewritten in stored comments). "333,1234567" stays as written: the price, said in docs/channels.md.
const SEPARATOR = '[\\s./_\\p{Pd}\\u2212\\u30FC\\u00B7\\u2022\\u2027\\u2219\\u30FB]';
/** The same, one at a time and not a space: between single digits, "3‐3‐3", spaces allowed around it. */
const SEPARATOR_MARK = '[./_\\p{Pd}\\u2212\\u30FC\\u00B7\\u2022\\u2027\\u2219\\u30FB]';
/** Not inside a word or a longer number: what stands before a number of its own. */
const STARTS = '(?<![\\p{L}\\p{N}])';
const ENDS = '(?![\\p{L}\\p{N}])';

/**
 * Phone numbers: international ones (+ or 00, then the digits in groups) and Italian ones, which
 * start with 3 (mobile) or 0 (fixed), with any SEPARATOR between the groups; 9 to 15 digits in all,
 * or more for several numbers in a row ("3331234567 3471234567", "333 1234567 / 06 1234567"), which
 * go as one. Not inside a word, but right after the words that announce a number ("tel3331234567",
 * "cell.3331234567").
 */
export const PHONE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}+])|(?<=(?<!\\p{L})(?:tel|telefono|cel|cell|cellulare|mob|mobile|fax|phone|whatsapp)\\.?))` +
    `(?:(?:\\+|${ZERO}${ZERO})\\s?${D}{1,3}(?:${SEPARATOR}*\\(?${D}{1,8}\\)?){2,5}|\\(?${ZERO_OR_THREE}${D}{1,3}\\)?(?:${SEPARATOR}*${D}{2,8}){1,4})${ENDS}`,
  'giu',
);
/**
 * Any digits written in groups of one to four to slip past PHONE ("3 3 3 1 2 3 4 5 6 7",
 * "33-31-23-45-67") or a foreign number without its + ("44 20 7946 0958"): three groups or more,
 * each parted by one space or one SEPARATOR mark (spaces allowed around it); 9 to 15 digits in all.
 * A list of years ("2023, 2024, 2025") is left alone (see isListOfYears).
 */
const GROUP_BREAK = `(?:\\s?${SEPARATOR_MARK}\\s?|\\s)`;
/** Only from the start of a run of digits: not from "06" in "+39 06 1234 5678", which PHONE takes whole. */
export const GROUPED_DIGITS = new RegExp(`(?<![\\p{L}\\p{N}+])(?<![\\p{N}+]${GROUP_BREAK})${D}{1,4}(?:${GROUP_BREAK}${D}{1,4}){2,14}${ENDS}`, 'gu');
/**
 * Whether a run of grouped digits starts as an Italian number does (0 fixed, 3 mobile): only those are
 * taken for a phone. A ticket "2024-0345-678" or a list "12 15 18 21 25" is not one; a foreign number
 * written without its + or 00 ("44 20 7946 0958") stays as written, the price of that.
 */
export const startsAsItalianNumber = (match: string) => /^[03]/.test(asciiDigits(match).replace(/\D/g, ''));
export const isListOfYears = (match: string) => asciiDigits(match).match(/\d+/g)!.every((group) => /^(?:19|20)\d\d$/.test(group));

/**
 * Dates (12.03.26, 12/03/2026), opening hours (10.30-11.30), amounts (1.234.567,89, 1,234.50) and
 * protocol numbers (12345/2025) that stand as words of their own: two dates or hours side by side
 * ("12/03/2026 13/03/2026", "10.30-11.30 12.00-13.00") and a large amount have the digits of a phone
 * number, and citizens write them in comments. Phone numbers are looked for between them, never
 * across one. Only a whole word counts: in 02.12.34.56.78 (a number written the French way)
 * "02.12.34" is not a date, and it goes. The values are checked in keptAsWritten.
 */
const DATE_OR_HOURS = new RegExp(
  `(?<![\\p{L}\\p{N}./\\p{Pd}])(?:` +
    `(?<day>${D}{1,2})(?<sep>[./\\p{Pd}])(?<month>${D}{1,2})\\k<sep>(?:${D}{4}|${D}{2})` +
    `|(?<from>${D}{1,2}[.:]${D}{2})\\s?[\\p{Pd}\\u2212]\\s?(?<to>${D}{1,2}[.:]${D}{2})` +
    `|(?!${ZERO})${D}{1,3}(?:\\.${D}{3})+,${D}{1,2}|(?!${ZERO})${D}{1,3}(?:,${D}{3})+\\.${D}{1,2}` +
    `|${D}{1,7}/(?<year>${D}{4})` +
    `)(?![\\p{L}\\p{N}]|[./:,\\p{Pd}]\\p{Nd})`,
  'gu',
);
const isHour = (hhmm: string) => {
  const [h = 99, m = 99] = asciiDigits(hhmm).split(/[.:]/).map(Number);
  return h <= 23 && m <= 59;
};
function keptAsWritten(groups: Record<string, string | undefined>): boolean {
  const { day, month, from, to, year } = groups;
  if (day !== undefined) return Number(asciiDigits(day)) >= 1 && Number(asciiDigits(day)) <= 31 && Number(asciiDigits(month!)) >= 1 && Number(asciiDigits(month!)) <= 12;
  if (from !== undefined) return isHour(from) && isHour(to!);
  // A protocol number's year is a year: "12345/2025" stays, "333/1234567" is no protocol.
  if (year !== undefined) return /^(?:19|20)\d\d$/.test(asciiDigits(year));
  return true;
}

/** The text cut around its dates, hours, amounts and protocol numbers: even indices are free text, odd ones kept as written. */
export function aroundDates(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of text.matchAll(DATE_OR_HOURS)) {
    if (!keptAsWritten(m.groups!)) continue;
    parts.push(text.slice(from, m.index), m[0]);
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * A phone number dressed as dates, amounts, hours or a protocol number, a run of GROUPED_DIGITS
 * ("3.3.31 2.3.45 67" is 333 123 4567, "0 2.708,61 0 9" is 02 708 61 09, "3 - 4.37 - 3.33 - 9.1 - 2"):
 * 9 to 15 digits starting with 0 or 3 as an Italian number does, in which what aroundDates keeps as
 * written would leave the rest too short to be a number. It goes whole. Not when the run holds a real
 * date, its year 1900-2099 in four digits ("il 03.03.2025 10 persone"), nor when it is dates alone
 * ("03.03.26 04.03.26").
 */
export function isDressedPhone(run: string): boolean {
  const all = asciiDigits(run).replace(/\D/g, '');
  if (all.length < 9 || all.length > 15 || !/^[03]/.test(all)) return false;
  const kept = aroundDates(run).filter((_, i) => i % 2 === 1);
  const keptDigits = countDigits(kept.join(''));
  if (kept.some((token) => /^\d{1,2}\D\d{1,2}\D(?:19|20)\d\d$/.test(asciiDigits(token)))) return false;
  if (keptDigits === 0 || keptDigits < all.length) return keptDigits > 0;
  // Nothing but what is kept: one amount or date is itself; dates side by side are dates, and so are
  // opening hours, which end after they start, on round minutes. Amounts side by side are a disguise.
  return kept.length > 1 && !kept.every((token) => /^\d{1,2}\D\d{1,2}\D\d{2}$/.test(asciiDigits(token)) || isOpeningHours(asciiDigits(token)));
}
const isOpeningHours = (token: string) => {
  const [from, to] = (token.match(/\d+\D\d+/g) ?? []).map((t) => t.split(/\D/).map(Number));
  return from !== undefined && to !== undefined && from[1]! % 5 === 0 && to[1]! % 5 === 0 && from[0]! * 60 + from[1]! < to[0]! * 60 + to[1]!;
};

/**
 * The codice fiscale: six letters (surname, name), the year, the month's letter, the day (+40 for
 * women), the place (a letter and three digits), the check letter; a digit may be written as one of
 * LMNPQRSTUV (omocodia). Small letters and spaces between the parts too ("rss mra 80a01 h501u"). The
 * check letter is not required to be right: a mistyped code still names the person.
 */
const CF_DIGIT = '[0-9LMNPQRSTUV]';
export const TAX_CODE = new RegExp(`${STARTS}[A-Z]{3} ?[A-Z]{3} ?${CF_DIGIT}{2}[ABCDEHLMPRST]${CF_DIGIT}{2} ?[A-Z]${CF_DIGIT}{3}[A-Z]${ENDS}`, 'gi');

/**
 * An IBAN: two letters of the country, two check digits, 11 to 30 letters and digits; written whole
 * or in groups of four. Only one whose check digits are right (ISO 13616, mod 97, as every bank
 * checks) is one: a product code of the same shape stays.
 */
export const IBAN = new RegExp(`${STARTS}[A-Z]{2}[0-9]{2}(?:[A-Z0-9]{11,30}|(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)${ENDS}`, 'gi');
export function isIban(match: string): boolean {
  const compact = match.replace(/\s/g, '').toUpperCase();
  const moved = compact.slice(4) + compact.slice(0, 4);
  let rest = 0;
  for (const c of moved) {
    const n = c >= 'A' ? c.charCodeAt(0) - 55 : Number(c);
    rest = (rest * (n >= 10 ? 100 : 10) + n) % 97;
  }
  return rest === 1;
}
