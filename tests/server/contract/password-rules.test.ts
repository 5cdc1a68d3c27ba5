// What a new password must not be (NIST SP 800-63B 5.1.1.2): each kind of easy guess, and strong ones that pass.
import { describe, expect, it } from 'vitest';
import { passwordWeakness } from '../../../server/contract/password-rules';

const MARIO = { email: 'mario.rossi@comune.example.it', name: 'Mario Rossi' };

describe('passwordWeakness', () => {
  it.each([
    ['aaaaaaaaaaaa', 'repeated'],
    ['            x', 'repeated'],
    ['abababababab', 'repeated'],
    ['123123123123', 'repeated'],
    ['123456789012', 'sequence'],
    ['abcdefghijkl', 'sequence'],
    ['ABCDEFGHIJKLM', 'sequence'],
    ['987654321098', 'sequence'],
    ['mario.rossi@comune', 'personal'],
    ['MarioRossi2026!', 'personal'],
    ['rossi rossi rossi', 'personal'],
    ['Gradimento-2026', 'product'],
    ['gradimento admin', 'product'],
    ['Password1234', 'common'],
    ['qwerty123456', 'common'],
    ['1q2w3e4r5t6y', 'common'],
    ['Amministratore', 'common'],
  ] as const)('refuses %j: %s', (password, why) => {
    expect(passwordWeakness(password, MARIO)).toBe(why);
  });

  it.each(['correct horse battery staple', 'la mia bici è rossa e veloce', 'Tr0mbone-Alba-Gelso'])('accepts %j', (password) => {
    expect(passwordWeakness(password, MARIO)).toBeNull();
  });

  it('judges the e-mail and name of whoever the password is for, not a list of everyone', () => {
    expect(passwordWeakness('mario rossi da roma', MARIO)).toBe('personal');
    // What is left besides the name is a password of its own: a long sentence that names its author.
    expect(passwordWeakness('la bicicletta blu di mario', MARIO)).toBeNull();
    expect(passwordWeakness('ho votato gradimento ieri', MARIO)).toBeNull();
    expect(passwordWeakness('mario rossi da roma', { email: 'anna.bianchi@comune.example.it', name: 'Anna Bianchi' })).toBeNull();
  });
});
