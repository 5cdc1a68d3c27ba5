// E-mail addresses and phone numbers come out of a web comment before it is stored; dates, counts and protocol numbers stay.
import { describe, expect, it } from 'vitest';
import { EMAIL_MARK, fitComment, IBAN_MARK, PHONE_MARK, redactComment, TAX_CODE_MARK } from '../../../server/channels/web/redact';

describe('redactComment', () => {
  it.each([
    ['Scrivetemi a mario.rossi@example.it grazie', `Scrivetemi a ${EMAIL_MARK} grazie`],
    ['mario . rossi @ gmail . com', EMAIL_MARK],
    ['MARIO_ROSSI@PEC.COMUNE.IT', EMAIL_MARK],
    ['mario chiocciola gmail punto com', EMAIL_MARK],
    // The first name too, not only what follows it.
    ['mario punto rossi chiocciola gmail punto com', EMAIL_MARK],
    ['scrivete a mario dot rossi at example dot org', `scrivete a ${EMAIL_MARK}`],
    // The @ and the dots in brackets, with or without spaces around and inside them.
    ['mario [at] gmail [dot] com', EMAIL_MARK],
    ['mario_rossi[at]pec[dot]it', EMAIL_MARK],
    ['mario [chiocciola] gmail [punto] com', EMAIL_MARK],
    ['mario (at) libero [punto] it', EMAIL_MARK],
    ['mario.rossi(chiocciola)gmail.com', EMAIL_MARK],
    ['scrivi a mario [ at ] gmail ( dot ) com, grazie', `scrivi a ${EMAIL_MARK}, grazie`],
    // The @ as a bare word, with the dots of an address and a real top-level domain.
    ['mario at gmail.com', EMAIL_MARK],
    ['scrivete a mario.rossi at pec.comune.it. Grazie', `scrivete a ${EMAIL_MARK}. Grazie`],
    ['MARIO CHIOCCIOLA LIBERO PUNTO IT', EMAIL_MARK],
    ['mario at gmail [dot] com', EMAIL_MARK],
  ])('takes out an e-mail address: %s', (text, expected) => {
    expect(redactComment(text)).toEqual({ text: expected, removed: ['email'] });
  });

  it.each([
    ['chiamatemi al 333 123 4567', `chiamatemi al ${PHONE_MARK}`],
    ['tel. +39 06 1234 5678!', `tel. ${PHONE_MARK}!`],
    ['0039 3331234567', PHONE_MARK],
    ['(06) 12345678', PHONE_MARK],
    ['cell 333-1234567 o fisso 0521/123456', `cell ${PHONE_MARK} o fisso ${PHONE_MARK}`],
    ['+44 7911 123456', PHONE_MARK],
    // Several in a row: more digits than one number holds, still phone numbers.
    ['3331234567 3471234567', PHONE_MARK],
    ['3331234567/3471234567', PHONE_MARK],
    ['chiamate 3331234567 - 0612345678 grazie', `chiamate ${PHONE_MARK} grazie`],
    ['333 1234567 / 06 1234567', PHONE_MARK],
    // Right after the word that announces it.
    ['tel3331234567', `tel${PHONE_MARK}`],
    ['Cell.3331234567', `Cell.${PHONE_MARK}`],
  ])('takes out a phone number: %s', (text, expected) => {
    expect(redactComment(text)).toEqual({ text: expected, removed: ['phone'] });
  });

  it.each([
    'look at this. Thanks',
    'guarda at home. Grazie',
    'Please look at the form. It is wrong',
    'arrived at 10.30, left at 11',
    'look at this.thing',
    'ho chiesto chiocciola e punto, nessuno sapeva',
    'Good service at the counter. Thank you',
  ])('leaves English and Italian text with the word «at» alone: %s', (text) => {
    expect(redactComment(text)).toEqual({ text, removed: [] });
  });

  it('takes out an address with a bare «at» after a sentence that only looks like one, and one with an @ after it', () => {
    expect(redactComment('look at this. mario at gmail.com')).toEqual({ text: `look at this. ${EMAIL_MARK}`, removed: ['email'] });
    expect(redactComment('look at this mario@gmail.com')).toEqual({ text: `look at this ${EMAIL_MARK}`, removed: ['email'] });
    expect(redactComment('guarda at home. Scrivi a a@b.it e mario at pec.it')).toEqual({ text: `guarda at home. Scrivi a ${EMAIL_MARK} e ${EMAIL_MARK}`, removed: ['email'] });
  });

  it('says both when both were there', () => {
    expect(redactComment('a@b.it o 3331234567')).toEqual({ text: `${EMAIL_MARK} o ${PHONE_MARK}`, removed: ['email', 'phone'] });
  });

  it.each(['il 12.03.2024 alle 10:30 ero allo sportello', 'pratica n. 12345 del 2024', 'attesa 3 giorni e 45 minuti', 'anni 2025 e 2026', 'costo 1.234,50 euro', 'Tutto bene, grazie!'])(
    'leaves text without contacts alone: %s',
    (text) => {
      expect(redactComment(text)).toEqual({ text, removed: [] });
    },
  );

  it.each([
    ['mario.rossi＠example.org', EMAIL_MARK, ['email']],
    ['scrivi a m\u200Ba\u200Br\u200Bi\u200Bo@exa\u200Dmple.it', `scrivi a ${EMAIL_MARK}`, ['email']],
    ['mario\u00AD.rossi@example\u2060.org', EMAIL_MARK, ['email']],
    ['3 3 3 1 2 3 4 5 6 7', PHONE_MARK, ['phone']],
    ['tel 3.3.3-1.2.3-4.5.6.7 grazie', `tel ${PHONE_MARK} grazie`, ['phone']],
    ['３３３ １２３ ４５６７', PHONE_MARK, ['phone']],
    ['33 31 23 45 67', PHONE_MARK, ['phone']],
  ])('sees through disguises: %s', (text, expected, removed) => {
    expect(redactComment(text)).toEqual({ text: expected, removed });
  });

  it('makes one mark of contacts in a row, and keeps emoji whole', () => {
    expect(redactComment('m@x.it '.repeat(28).trim())).toEqual({ text: EMAIL_MARK, removed: ['email'] });
    expect(redactComment('a@b.it, c@d.it e 3331234567')).toEqual({ text: `${EMAIL_MARK} e ${PHONE_MARK}`, removed: ['email', 'phone'] });
    expect(redactComment('Bravi 👨\u200D👩\u200D👧')).toEqual({ text: 'Bravi 👨\u200D👩\u200D👧', removed: [] });
  });

  it.each(['12.03.26 13.03.26', '12/03/2026 13/03/2026', 'orari 10.30-11.30 12.00-13.00', 'dal 01-03-2026 al 31-03-2026, 30/01/2026'])(
    'leaves dates and opening hours written side by side alone, though their digits add up to a phone number: %s',
    (text) => {
      expect(redactComment(text)).toEqual({ text, removed: [] });
    },
  );

  it.each([
    ['il 12/03/2026 3331234567', `il 12/03/2026 ${PHONE_MARK}`],
    ['12.03.26 chiamate 06 1234 5678', `12.03.26 chiamate ${PHONE_MARK}`],
    ['02.12.34.56.78', PHONE_MARK],
    ['10.30-11.30 333 123 4567', `10.30-11.30 ${PHONE_MARK}`],
    ['tel 33.12.34.56.78', `tel ${PHONE_MARK}`],
  ])('still takes out a phone number beside a date, or one that only starts like a date: %s', (text, expected) => {
    expect(redactComment(text)).toEqual({ text: expected, removed: ['phone'] });
  });

  it.each(['attesa 1 ora, 2 sportelli su 3 aperti', 'dal 1 al 3 marzo, 2 ore', 'codice 12-34-56'])('still leaves numbers that are no phone alone: %s', (text) => {
    expect(redactComment(text)).toEqual({ text, removed: [] });
  });
});

describe('redactComment, for the spellings an audit found stored as typed', () => {
  // A review found these taken for phone numbers once a comma could part a number's groups and any
  // grouped digits counted: amounts (the comma is the Italian decimal mark), lists, tickets. They stay.
  it.each([
    'costo 30,00 30,00 30,00',
    'importo 300,50 350,00',
    'rata 0,50 0,50 0,50 0,50',
    'prezzi: 3,50 - 4,20 - 5,10',
    'moduli 3/2024, 4/2024, 5/2024',
    'numeri chiamati: 12, 15, 18, 21, 25',
    'ticket 0034, 0035, 0036',
    'ticket 2024-0345-678',
    // The price: a phone parted by commas, or a foreign one without its + or 00, stays as written.
    'chiamatemi al 333,1234567',
    'chiamatemi al 44 20 7946 0958',
  ])('leaves %s as written', (comment) => {
    expect(redactComment(comment)).toEqual({ text: comment, removed: [] });
  });

  it.each([
    ['333–1234567', 'en dash'],
    ['333 – 123 – 4567', 'en dash with spaces'],
    ['3‐3‐3‐1‐2‐3‐4‐5‐6‐7', 'U+2010 hyphen between single digits'],
    ['333_1234567', 'underscore'],
    ['333·123·4567', 'middle dot'],
    ['333ー1234567', 'katakana long mark'],
    ['٣٣٣١٢٣٤٥٦٧', 'Arabic-Indic digits'],
    ['३३३१२३४५६७', 'Devanagari digits'],
    ['٣٣٣ ١٢٣ ٤٥٦٧', 'Arabic-Indic digits in groups'],
    ['3.3.31 2.3.45 67', 'dressed as two dates and a number'],
    // What the generated comments found (redact-property.test.ts): kept dates, amounts and hours inside a number.
    ['3 - 4.37 - 3.33 - 9.1 - 2', 'around something shaped like opening hours'],
  ])('takes out a phone number written %s (%s)', (phone) => {
    expect(redactComment(`chiamatemi al ${phone} grazie`)).toEqual({ text: `chiamatemi al ${PHONE_MARK} grazie`, removed: ['phone'] });
  });

  it.each([
    'm a r i o @ g m a i l . c o m',
    'mario(a)gmail.com',
    'mario%40gmail.com',
    'mario&#64;gmail.com',
    'mario-at-gmail-dot-com',
    'mario @gmail com',
    'mario.rossi@gmail',
  ])('takes out an e-mail address written %s', (address) => {
    expect(redactComment(`scrivetemi: ${address} grazie`)).toEqual({ text: `scrivetemi: ${EMAIL_MARK} grazie`, removed: ['email'] });
  });

  it('drops control characters, a terminal colour escape whole, but keeps new lines and tabs', () => {
    expect(redactComment('Attesa\u0007 \u001B[31mlunga\u001B[0m\u0085,\u009F troppo\r\nGrazie\tdavvero\u0000')).toEqual({ text: 'Attesa lunga, troppo\nGrazie\tdavvero', removed: [] });
  });

  it.each([
    ['RSSMRA80A01H501U', TAX_CODE_MARK, ['tax_code']],
    ['rss mra 80a01 h501u', TAX_CODE_MARK, ['tax_code']],
    ['IT60X0542811101000000123456', IBAN_MARK, ['iban']],
    ['IT60 X054 2811 1010 0000 0123 456', IBAN_MARK, ['iban']],
  ])('takes out a codice fiscale or an IBAN, which name a person more than a phone: %s', (code, mark, removed) => {
    expect(redactComment(`il mio codice ${code}, grazie`)).toEqual({ text: `il mio codice ${mark}, grazie`, removed });
  });

  it('lists what it took out in one order, whatever the order in the comment', () => {
    expect(redactComment('IT60X0542811101000000123456 RSSMRA80A01H501U 333 1234567 a@b.it')).toEqual({
      text: `${IBAN_MARK} ${TAX_CODE_MARK} ${PHONE_MARK} ${EMAIL_MARK}`,
      removed: ['email', 'phone', 'tax_code', 'iban'],
    });
  });

  it.each([
    'il 12/03/2025 e il 12.03.2025',
    'orari 9.30-12.30, giovedì 9.30–12.30 e 15.00 - 17.00',
    'pagato € 1.234,56, poi € 1.234.567,89 e $ 1,234,567.50',
    'un appalto da 30.000.000,00 euro',
    'orari 09.00-12.30 15.00-17.30',
    'biglietto 1234, poi 12345',
    'anni 2023, 2024, 2025',
    'via Roma 123, il 45% delle volte',
    'prot. n. 12345/2025',
    'il 12.03.2025 10 persone in coda',
    'il 3.3.25 alle 10',
    'codice AB12 CDEF GHIJ KLMN',
    '٣ ساعات انتظار يوم ١٢/٠٣/٢٠٢٥',
    'ci vediamo @ comune, scritto a @sindaco',
  ])('still leaves what a citizen writes alone: %s', (text) => {
    expect(redactComment(text)).toEqual({ text, removed: [] });
  });
});

describe('fitComment', () => {
  it('leaves a comment within the limit as it is', () => {
    expect(fitComment('Tutto bene', 200)).toEqual({ text: 'Tutto bene', shortened: false });
    expect(fitComment('x'.repeat(200), 200)).toEqual({ text: 'x'.repeat(200), shortened: false });
  });

  it('cuts a longer one to the limit with an ellipsis, never inside a mark or an emoji', () => {
    const { text, shortened } = fitComment(`${'a '.repeat(95)}${EMAIL_MARK} fine`, 200);
    expect(shortened).toBe(true);
    expect(text).toBe(`${'a '.repeat(95).trimEnd()}…`);
    expect(Array.from(fitComment('😀'.repeat(300), 200).text)).toHaveLength(200);
  });
});
