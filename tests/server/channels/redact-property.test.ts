// Any spelling of a contact the filter accepts, in any digit script, among ordinary words, leaves nothing of it; dates, hours, amounts and short numbers among the same words stay as written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactComment } from '../../../server/channels/web/redact';

/** Ordinary words of a comment: none a single letter, a top-level domain or a digit, so whatever is left of a contact shows. */
const WORDS = ['servizio', 'ottimo', 'sportello', 'attesa', 'lunga', 'ufficio', 'comune', 'thanks', 'very', 'good', 'bene', 'molto', 'perché', 'il', 'per', 'شكرا', 'ممتاز', 'дякую', 'ore', 'euro'];
const word = fc.constantFrom(...WORDS);
const words = fc.array(word, { minLength: 0, maxLength: 6 }).map((w) => w.join(' '));
const between = (before: string, thing: string, after: string) => [before, thing, after].filter(Boolean).join(' ');

/** The zero of a digit script: ASCII, Arabic-Indic, Extended Arabic-Indic, NKo, Devanagari, Bengali, Thai, Mongolian, full-width, mathematical bold. */
const ZEROS = [0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xe50, 0x1810, 0xff10, 0x1d7ce];
const script = fc.constantFrom(...ZEROS);
const inScript = (digits: string, zero: number) => Array.from(digits, (d) => String.fromCodePoint(zero + Number(d))).join('');
const digitString = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));

/** What may stand between the groups of a number, and between digits written one at a time. */
const separator = fc.constantFrom(' ', '.', '-', '/', '_', '·', '–', '—', '‐', 'ー', '−', '•', '・', ' – ', ' - ', ' / ');
const separatorMark = fc.constantFrom(' ', '.', '-', '/', '_', '·', '–', '‐', 'ー', '−', ' - ', ' – ');

/** Cuts `digits` after `first` characters into groups of `min` to `max`, at most `most` of them. */
const groups = (digits: string, first: number, min: number, max: number) =>
  fc.array(fc.integer({ min, max }), { minLength: 8, maxLength: 8 }).map((sizes) => {
    const out = [digits.slice(0, first)];
    let at = first;
    for (const size of sizes) {
      if (at >= digits.length) break;
      // The last group takes what is left when that is fewer than `min`.
      const take = digits.length - (at + size) < min ? digits.length - at : size;
      out.push(digits.slice(at, at + take));
      at += take;
    }
    return out;
  });
const joinWith = (parts: string[], seps: string[]) => parts.map((p, i) => (i === 0 ? p : seps[i % seps.length] + p)).join('');

/** An Italian mobile (3 and nine digits) or fixed number (0 and eight to ten digits), as ASCII digits. */
const italianNumber = fc.oneof(digitString(9, 9).map((d) => `3${d}`), digitString(8, 10).map((d) => `0${d}`));

/** A phone number in one of the spellings the filter accepts, with the digits it holds. */
const phone = fc.oneof(
  // Groups of two to eight after the first three (at most four: eight digits are left), any separator between them.
  italianNumber.chain((n) => fc.tuple(groups(n, 3, 2, 8), fc.array(separator, { minLength: 1, maxLength: 5 })).map(([g, s]) => joinWith(g, s))),
  // One digit at a time, or in twos and threes, a separator mark between them.
  italianNumber.chain((n) => fc.tuple(groups(n, 1, 1, 3), fc.array(separatorMark, { minLength: 1, maxLength: 5 })).map(([g, s]) => joinWith(g, s))),
  // Dressed as dates: "3.3.31 2.3.45 67".
  fc.tuple(digitString(9, 9), fc.constantFrom('.', '/', '-')).map(([d, s]) => `3${s}${d[0]}${s}${d.slice(1, 3)} ${d[3]}${s}${d[4]}${s}${d.slice(5, 7)} ${d.slice(7)}`),
);

const local = fc.stringMatching(/^[bcdfghjklmnpqrstvwxyz][a-z]{4,7}$/).filter((name) => !WORDS.some((w) => w.includes(name)));
const domain = fc.constantFrom('gmail', 'libero', 'pec.comune', 'example');
const tld = fc.constantFrom('it', 'com', 'org', 'eu', 'net');
const spaced = (s: string) => Array.from(s).join(' ');
/** An address in one of the spellings the filter accepts; its local part is what must not be left. */
const email = fc.tuple(local, domain, tld).chain(([name, host, end]) =>
  fc.constantFrom(
    `${name}@${host}.${end}`,
    `${spaced(name)} @ ${host.split('.').map(spaced).join(' . ')} . ${spaced(end)}`,
    `${name}(a)${host}.${end}`,
    `${name}[at]${host}[dot]${end}`,
    `${name}%40${host}.${end}`,
    `${name}&#64;${host}.${end}`,
    `${name}-at-${host.replace('.', '-dot-')}-dot-${end}`,
    `${name} @${host.replace('.', ' ')} ${end}`,
    `${name}@${host.split('.')[0]}`,
    `${name} at ${host}.${end}`,
    `${name} chiocciola ${host.replace('.', ' punto ')} punto ${end}`,
  ).map((written) => ({ written, name })),
);

describe('redactComment on generated comments', () => {
  it('leaves no digit of a phone number, in any spelling and digit script it accepts, among ordinary words', () => {
    fc.assert(
      fc.property(words, phone, script, words, (before, number, zero, after) => {
        const written = number.replace(/\d/g, (d) => inScript(d, zero));
        const { text, removed } = redactComment(between(before, written, after));
        expect(text).not.toMatch(/\p{Nd}/u);
        expect(removed).toEqual(['phone']);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves nothing of an e-mail address\'s local part, in any spelling it accepts, among ordinary words', () => {
    fc.assert(
      fc.property(words, email, words, (before, { written, name }, after) => {
        const { text, removed } = redactComment(between(before, written, after));
        expect(text).not.toContain(name);
        expect(text).not.toContain(spaced(name));
        expect(removed).toEqual(['email']);
      }),
      { numRuns: 500 },
    );
  });

  const day = fc.integer({ min: 1, max: 28 }).map((d) => String(d).padStart(2, '0'));
  const month = fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, '0'));
  const year = fc.integer({ min: 1990, max: 2035 }).map(String);
  const hour = fc.tuple(fc.integer({ min: 7, max: 19 }), fc.constantFrom('00', '15', '30', '45'), fc.constantFrom('.', ':'));
  /** What citizens write with digits that is no contact. */
  const ordinary = fc.oneof(
    fc.tuple(day, month, year, fc.constantFrom('/', '.', '-')).map(([d, m, y, s]) => [d, m, y].join(s)),
    fc.tuple(day, month, year, fc.constantFrom('/', '.')).map(([d, m, y, s]) => [d, m, y.slice(2)].join(s)),
    fc.tuple(hour, hour, fc.constantFrom('-', '–', ' - ')).map(([[h1, m1, s], [h2, m2], dash]) => `${h1}${s}${m1}${dash}${h2}${s}${m2}`),
    fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b, c]) => `€ ${a}.${String(b).padStart(3, '0')},${String(c).padStart(2, '0')}`),
    fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(
      ([a, b, c, d]) => `${a}.${String(b).padStart(3, '0')}.${String(c).padStart(3, '0')},${String(d).padStart(2, '0')} euro`,
    ),
    fc.integer({ min: 100, max: 99999 }).map((n) => `biglietto ${n}`),
    year,
    fc.integer({ min: 1, max: 300 }).map((n) => `via Roma ${n}`),
    fc.integer({ min: 1, max: 100 }).map((n) => `${n}%`),
    fc.tuple(fc.integer({ min: 1, max: 99999 }), year).map(([n, y]) => `prot. n. ${n}/${y}`),
  );

  it('keeps dates, hours, amounts, years, tickets, street numbers, percentages and protocol numbers as written, in any digit script', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, ordinary), { minLength: 1, maxLength: 4 }), word, script, (items, last, zero) => {
        const comment = [...items.flat(), last].join(' ').replace(/\d/g, (d) => inScript(d, zero)).normalize('NFKC');
        expect(redactComment(comment)).toEqual({ text: comment, removed: [] });
      }),
      { numRuns: 500 },
    );
  });
});
