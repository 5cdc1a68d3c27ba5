// Which months a public page, download or badge covers, and the months it refuses before any arithmetic on them.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../server/http/app-error';
import { badgeMonth, dataWindow, pageWindow } from '../../../server/public/window';

const NOW = new Date('2026-11-03T10:00:00Z');

/** The fields refused, or [] when the call answers. */
function refused(call: () => unknown): string[] {
  try {
    call();
    return [];
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return (err.problems ?? []).map((p) => p.field);
  }
}

describe('the public months', () => {
  it('answers whole months up to the last complete one', () => {
    expect(pageWindow(NOW)).toMatchObject({ from: '2025-11', to: '2026-10' });
    expect(dataWindow(NOW, { from: '2000-01', to: '2000-03' }).months).toEqual(['2000-01', '2000-02', '2000-03']);
    expect(badgeMonth(NOW, '2026-10')).toBe('2026-10');
  });

  it('refuses a month outside the years the collector counts, by field, before any arithmetic', () => {
    expect(refused(() => pageWindow(NOW, '0000-01'))).toEqual(['/to']);
    expect(refused(() => pageWindow(NOW, '9999-12'))).toEqual(['/to']);
    expect(refused(() => dataWindow(NOW, { to: '9999-12' }))).toEqual(['/to']);
    expect(refused(() => dataWindow(NOW, { to: '0001-01' }))).toEqual(['/to']);
    expect(refused(() => dataWindow(NOW, { from: '0050-06', to: '0050-08' }))).toEqual(['/from', '/to']);
    expect(refused(() => dataWindow(NOW, { from: '1999-12', to: '2000-02' }))).toEqual(['/from']);
    expect(refused(() => badgeMonth(NOW, '0000-01'))).toEqual(['/month']);
    expect(refused(() => badgeMonth(NOW, '2100-01'))).toEqual(['/month']);
  });
});
