import { describe, expect, it } from 'vitest';
import { checkStaffPin } from '../../../../kiosk/terminal/diagnostics/check-pin';

// Made by Node's crypto.pbkdf2Sync('482913', 'gradimento-salt!', 1000, 32, 'sha256'), as the collector hashes (fewer iterations for speed).
const STORED = { algorithm: 'pbkdf2-sha256' as const, iterations: 1000, salt: 'Z3JhZGltZW50by1zYWx0IQ', hash: 'fPAyDhjAmnZ2D3kJRaXYkVdHXW0z2C2KWYhf8BVUQfY' };

describe('staff PIN on the terminal', () => {
  it('accepts the PIN the collector hashed, and refuses any other', async () => {
    expect(await checkStaffPin('482913', STORED)).toBe('ok');
    expect(await checkStaffPin('482914', STORED)).toBe('wrong');
    expect(await checkStaffPin('', STORED)).toBe('wrong');
  });

  it('says so where WebCrypto is missing (plain http) instead of letting anyone in', async () => {
    expect(await checkStaffPin('482913', STORED, null)).toBe('unsupported');
  });
});
