// Strict date-times: what the contract's date-time accepts reads as an instant, what V8's lenient Date.parse also takes does not.
import { describe, expect, it } from 'vitest';
import { normalInstant, parseInstant } from '../../../server/contract/instant';

describe('parseInstant', () => {
  it('reads ISO 8601 date-times in UTC or with an offset, with or without a fraction', () => {
    expect(parseInstant('2026-11-16T08:39:00.000Z')).toBe(Date.UTC(2026, 10, 16, 8, 39));
    expect(parseInstant('2026-11-16T09:39:00+01:00')).toBe(Date.UTC(2026, 10, 16, 8, 39));
    expect(parseInstant('2024-02-29T00:00:00Z')).toBe(Date.UTC(2024, 1, 29));
    expect(normalInstant('2026-11-16T10:00:00.5+02:00')).toBe('2026-11-16T08:00:00.500Z');
  });

  it('refuses what Date.parse would take but the contract would not', () => {
    for (const text of ['2026-11-29', 'garbage 2020', '1', 'Tue, 1 Jan 1970 00:00:00 GMT', '2026-11-16 08:39:00Z', '2026-11-16T08:39Z', '2026-02-30T10:00:00Z', '2025-02-29T10:00:00Z', '2026-11-16T24:00:00Z', '2026-11-16T08:39:00+0100', '+010000-01-01T00:00:00Z', `2026-11-16T08:39:00.${'1'.repeat(40)}Z`, null, 17]) {
      expect(parseInstant(text), String(text)).toBeNaN();
      expect(normalInstant(text), String(text)).toBeNull();
    }
  });
});
