// Ids made from names: ASCII, accents dropped, bounded, unique.
import { describe, expect, it } from 'vitest';
import { newId, slug } from '../../../server/admin/new-id';

describe('slug', () => {
  it('keeps Latin letters without accents and turns the rest into single dashes', () => {
    expect(slug('  Città di Sant’Angelo — Ufficio Tributi ', 64)).toBe('citta-di-sant-angelo-ufficio-tributi');
    expect(slug('Ufficio decentrato di San Rocco', 12)).toBe('ufficio-dece');
    expect(slug('東京 🏛️', 10)).toBe('');
  });
});

describe('newId', () => {
  it('prefixes the parent, falls back to a random part, and adds a suffix when taken', async () => {
    const taken = new Set(['valdoria-anagrafe']);
    const isTaken = async (id: string) => taken.has(id);
    expect(await newId('valdoria', 'Tributi', isTaken)).toBe('valdoria-tributi');
    expect(await newId('valdoria', 'Anagrafe', isTaken)).toMatch(/^valdoria-anagrafe-[0-9a-f]{4}$/);
    expect(await newId('valdoria', '🏛️', isTaken)).toMatch(/^valdoria-[0-9a-f]{8}$/);
    expect((await newId('a'.repeat(32), 'b'.repeat(100), async () => false)).length).toBeLessThanOrEqual(64);
  });
});
