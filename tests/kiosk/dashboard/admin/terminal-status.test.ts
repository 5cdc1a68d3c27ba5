// A terminal's status from its dates, the pairing code as read aloud, the QR code as image data.
import { describe, expect, it } from 'vitest';
import { formatPairingCode, qrImageSrc, terminalStatus } from '../../../../kiosk/dashboard/admin/terminal-status';

describe('terminalStatus', () => {
  const t = (enrolledAt: string | null, revokedAt: string | null, archivedAt: string | null = null) => terminalStatus({ enrolledAt, revokedAt, archivedAt });
  it('reads never paired, enrolled, revoked, re-enrolled and archived', () => {
    expect(t(null, null)).toBe('pending');
    expect(t('2024-06-01T08:00:00Z', null)).toBe('enrolled');
    expect(t('2024-06-01T08:00:00Z', '2024-06-02T08:00:00Z')).toBe('revoked');
    expect(t(null, '2024-06-02T08:00:00Z')).toBe('revoked');
    expect(t('2024-06-03T08:00:00Z', '2024-06-02T08:00:00Z')).toBe('enrolled');
    expect(t('2024-06-03T08:00:00Z', null, '2024-06-04T08:00:00Z')).toBe('archived');
  });
});

describe('formatPairingCode', () => {
  it('groups eight characters in two fours, whatever the collector sent', () => {
    expect(formatPairingCode('ABCD2345')).toBe('ABCD-2345');
    expect(formatPairingCode('abcd-2345')).toBe('ABCD-2345');
    expect(formatPairingCode('ABCD 2345')).toBe('ABCD-2345');
    expect(formatPairingCode('ABC')).toBe('ABC');
  });
});

describe('qrImageSrc', () => {
  it('percent-encodes the SVG into a data URL', () => {
    const src = qrImageSrc('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h1"/></svg>');
    expect(src.startsWith('data:image/svg+xml;charset=utf-8,%3Csvg')).toBe(true);
    expect(src).not.toMatch(/[<>"]/);
  });
});
