// E-mail addresses and phone numbers come out of a web comment before it is stored; dates, counts and protocol numbers stay.
import { describe, expect, it } from 'vitest';
import { EMAIL_MARK, PHONE_MARK, redactComment } from '../../../server/channels/web/redact';

describe('redactComment', () => {
  it.each([
    ['Scrivetemi a mario.rossi@example.it grazie', `Scrivetemi a ${EMAIL_MARK} grazie`],
    ['mario . rossi @ gmail . com', EMAIL_MARK],
    ['MARIO_ROSSI@PEC.COMUNE.IT', EMAIL_MARK],
    ['mario chiocciola gmail punto com', EMAIL_MARK],
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
  ])('takes out a phone number: %s', (text, expected) => {
    expect(redactComment(text)).toEqual({ text: expected, removed: ['phone'] });
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
});
