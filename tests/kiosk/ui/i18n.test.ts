// The terminal's staff words: a wait agrees with its number of seconds.
import { describe, expect, it } from 'vitest';
import { t } from '../../../kiosk/ui/i18n';

describe('staff waits', () => {
  it('say «1 secondo» and «30 secondi»', () => {
    expect(t.pinLocked(1)).toBe('Troppi tentativi: riprova tra 1 secondo.');
    expect(t.pinLocked(30)).toBe('Troppi tentativi: riprova tra 30 secondi.');
    expect(t.pairingErrorRateLimited(1)).toBe('Troppi tentativi da questa rete: riprova tra 1 secondo.');
    expect(t.pairingErrorRateLimited(37)).toBe('Troppi tentativi da questa rete: riprova tra 37 secondi.');
    expect(t.pairingErrorRateLimited(null)).toBe('Troppi tentativi da questa rete: riprova tra un minuto.');
  });
});
