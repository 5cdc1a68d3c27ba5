// What a new password must not be, besides shorter than MIN_PASSWORD_LENGTH: the collector refuses it
// and the dashboard says why next to the field before sending. Plain code, so the browser imports it.
//
// NIST SP 800-63B 5.1.1.2: a new memorized secret is compared with values known to be commonly used,
// expected or compromised: repetitive or sequential characters, context-specific words (the name of
// the service, the username and their derivatives), and lists of breached passwords. No big list of
// breached passwords can be fetched where the collector is installed; the short list below catches
// the commonest 12+ character ones, and the 5.2.2 limits (server/auth/sign-in-throttle.ts) do the rest.

/** Why a password is refused: each has its words in the collector's catalogues and the dashboard's. */
export type WeakPassword = 'repeated' | 'sequence' | 'personal' | 'product' | 'common';

/** Whose password it is: their e-mail and name are the first guesses of anyone who knows them. */
export interface PasswordOwner {
  email: string;
  name: string;
}

/**
 * The commonest passwords of 12 characters or more, as they appear near the top of public lists of
 * breached passwords (Have I Been Pwned's Pwned Passwords, the NCSC's top 100,000, SecLists), written
 * from memory of them, not copied, plus Italian ones of the same kind. Compared without case, spaces
 * or punctuation. Kept small on purpose: the rules above catch the runs and repetitions.
 */
const COMMON = new Set([
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  'qwertyuiop123',
  'qwerty123456',
  'qwertyuiopasdfghjkl',
  'qwertyuiopasdf',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'zaq12wsxcde3',
  'abc123456789',
  'iloveyou1234',
  'administrator',
  'administrator1',
  'adminadmin123',
  'welcome12345',
  'letmein12345',
  'football1234',
  'trustno11234',
  'passw0rd1234',
  'changeme1234',
  'cambiami1234',
  'cambiapassword',
  'passwordnuova',
  'nuovapassword',
  'ciaociao1234',
  'amministratore',
  'amministratore1',
  'forzajuve1234',
  'forzainter1234',
  'forzamilan1234',
]);

const PRODUCT = ['gradimento', 'mettiamocilafaccia'];

/** Only letters and digits, lower case: "Mario.Rossi 2024!" and "mariorossi2024" are one guess. */
const bare = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A run such as 123456789012, 987654321098 or abcdefghijkl: each character the next (or the one before) of its row. */
function isRun(s: string): boolean {
  if (s.length < 3) return false;
  for (const row of ['0123456789', 'abcdefghijklmnopqrstuvwxyz']) {
    const at = [...s].map((ch) => row.indexOf(ch));
    if (at.some((i) => i < 0)) continue;
    for (const step of [1, row.length - 1]) if (at.every((i, k) => k === 0 || i === (at[k - 1]! + step) % row.length)) return true;
  }
  return false;
}

/** A block of one to three characters over and over: aaaaaaaaaaaa, abababababab, 123123123123. */
function isRepeated(s: string): boolean {
  const chars = [...s];
  // Three characters or fewer besides spaces: twelve spaces and an x.
  if (chars.length <= 3) return true;
  for (let size = 1; size <= 3; size++) {
    if (chars.every((ch, i) => ch === chars[i % size])) return true;
  }
  return false;
}

/** Parts of the owner's e-mail and name worth guessing: the local part, the whole name, each longer word of it. */
function personalWords({ email, name }: PasswordOwner): string[] {
  const local = email.trim().split('@')[0] ?? '';
  const words = [local, ...local.split(/[._+-]/), name, ...name.split(/\s+/)];
  return [...new Set(words.map(bare))].filter((w) => w.length >= 4);
}

/** Letters and digits a password must keep once the owner's and the product's words are taken out. */
const MIN_REST = 8;

/** `s` without every occurrence of `words`, the longest first (mario.rossi before mario). */
const without = (s: string, words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).reduce((rest, w) => rest.split(w).join(''), s);

/** Why the password is too easy to guess, or null when it is not (its length is checked apart). */
export function passwordWeakness(password: string, owner: PasswordOwner): WeakPassword | null {
  const raw = password.normalize('NFKC').toLowerCase();
  if (isRepeated(raw.replace(/\s/g, ''))) return 'repeated';
  const plain = bare(password);
  if (isRun(plain) || isRun(raw.replace(/\s/g, ''))) return 'sequence';
  // ab-ab-ab-ab-ab; a password of punctuation with few letters or digits is another matter.
  if (plain.length > 3 && isRepeated(plain)) return 'repeated';
  // The owner's and the product's words are the first a guesser tries, alone or with a year: what is
  // left without them must be a password of its own. A long sentence that happens to hold a name passes.
  const personal = personalWords(owner).filter((w) => plain.includes(w));
  const product = PRODUCT.filter((w) => plain.includes(w));
  if (personal.length + product.length > 0 && without(plain, [...personal, ...product]).length < MIN_REST) return personal.length ? 'personal' : 'product';
  if (COMMON.has(plain)) return 'common';
  return null;
}
