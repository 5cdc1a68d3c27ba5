// A terminal's state as its row shows it, and a pairing code as staff read it aloud: pure, tested on their own.
import type { Terminal } from '../../../server/contract/admin';
import type { TerminalStatus } from './admin-labels';

/**
 * archived > enrolled (a token issued after any revocation) > revoked > pending (never paired).
 * A terminal re-enrolled after a revocation is enrolled again: its new token is newer.
 */
export function terminalStatus(t: Pick<Terminal, 'enrolledAt' | 'revokedAt' | 'archivedAt'>): TerminalStatus {
  if (t.archivedAt) return 'archived';
  const enrolled = t.enrolledAt ? Date.parse(t.enrolledAt) : NaN;
  const revoked = t.revokedAt ? Date.parse(t.revokedAt) : NaN;
  if (!Number.isNaN(enrolled) && (Number.isNaN(revoked) || enrolled > revoked)) return 'enrolled';
  if (!Number.isNaN(revoked)) return 'revoked';
  return 'pending';
}

/** "ABCD2345" as "ABCD-2345": two groups of four are easier to read out and to type. */
export function formatPairingCode(code: string): string {
  const plain = code.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
  return plain.length === 8 ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain;
}

/** The QR code as an image source: the SVG travels as data, so no markup of it ever reaches the page's DOM. */
export function qrImageSrc(qrSvg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg)}`;
}
