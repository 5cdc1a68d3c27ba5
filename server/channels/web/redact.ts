// Takes e-mail addresses and phone numbers out of a citizen's comment before it is stored. Pure.

export type Removed = 'email' | 'phone';

/** Something@something.tld, also with spaces around the @ or the dots (on both sides of the @), or "at"/"chiocciola" written out. */
const EMAIL = /(?:[\p{L}\p{N}_%+-]+\s*\.\s*)*[\p{L}\p{N}_%+-]+\s*(?:@|\(at\)|\[at\]|\s(?:at|chiocciola)\s)\s*[\p{L}\p{N}-]+(?:\s*(?:\.|\(dot\)|\s(?:dot|punto)\s)\s*[\p{L}\p{N}-]+)+/giu;

/**
 * Phone numbers: international ones (+ or 00, then the digits in groups) and Italian ones, which
 * start with 3 (mobile) or 0 (fixed), written with spaces, dots, dashes or slashes between the
 * groups; 9 to 15 digits in all. A date, a year or a short protocol number is left alone.
 */
const PHONE = /(?<![\p{L}\p{N}+])(?:(?:\+|00)\s?\d{1,3}(?:[\s./-]*\(?\d{1,8}\)?){2,5}|\(?[03]\d{1,3}\)?(?:[\s./-]*\d{2,8}){1,4})(?![\p{L}\p{N}])/gu;
const digits = (text: string) => text.replace(/\D/g, '').length;

export const EMAIL_MARK = '[e-mail rimossa]';
export const PHONE_MARK = '[telefono rimosso]';

export function redactComment(text: string): { text: string; removed: Removed[] } {
  const removed = new Set<Removed>();
  let out = text.replace(EMAIL, () => {
    removed.add('email');
    return EMAIL_MARK;
  });
  out = out.replace(PHONE, (match) => {
    const n = digits(match);
    if (n < 9 || n > 15) return match;
    removed.add('phone');
    return PHONE_MARK;
  });
  return { text: out, removed: [...removed] };
}
