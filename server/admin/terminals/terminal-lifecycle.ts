// A terminal's life after creation: a pairing code to enrol a device, revoking its token, archiving it.
import QRCode from 'qrcode';
import type { Terminal } from '../../contract/admin';
import type { PairingCode } from '../../contract/auth';
import { PAGES } from '../../contract/api';
import { recordAudit, type Actor } from '../../audit/record-audit';
import { issuePairingCode, revokeTerminal } from '../../auth/terminal-tokens';
import type { Db } from '../../store/database';
import { refuseArchived } from '../checks';
import { getLastChange } from '../../audit/get-last-change';
import { refuseStale } from '../item-version';
import { getTerminal } from './get-terminals';

/** The kiosk URL carrying the code: opened on the new device (typed, or scanned from the QR code). */
export function pairingUrl(publicUrl: string, code: string): string {
  return `${publicUrl}${PAGES.terminal}?pair=${encodeURIComponent(code)}`;
}

/** A fresh code replaces any earlier one; the device token in use stays valid until the code is redeemed. */
export async function createPairingCode(db: Db, terminalId: string, publicUrl: string, actor: Actor, now: Date): Promise<PairingCode> {
  const { code, expiresAt } = await db.transaction().execute(async (trx) => {
    const terminal = await lockedTerminal(trx, terminalId);
    refuseArchived(terminal, 'terminal');
    const issued = await issuePairingCode(trx, terminalId, now);
    // The code itself is a secret for its 15 minutes: the entry says only when it expires.
    await recordAudit(trx, { actor, administrationId: terminal.administrationId, action: 'terminal.pair', targetType: 'terminal', targetId: terminalId, details: { expiresAt: issued.expiresAt } }, now);
    return issued;
  });
  const url = pairingUrl(publicUrl, code);
  return { code, expiresAt, url, qrSvg: await QRCode.toString(url, { type: 'svg', margin: 1 }) };
}

/** The token stops at once; the device keeps its queued votes until it is paired again. */
export async function revoke(db: Db, terminalId: string, actor: Actor, now: Date): Promise<Terminal> {
  await db.transaction().execute(async (trx) => {
    const terminal = await lockedTerminal(trx, terminalId);
    refuseArchived(terminal, 'terminal');
    await revokeTerminal(trx, terminalId, now);
    await recordAudit(trx, { actor, administrationId: terminal.administrationId, action: 'terminal.revoke', targetType: 'terminal', targetId: terminalId, details: { wasEnrolled: terminal.enrolledAt !== null } }, now);
  });
  return (await getTerminal(db, terminalId))!;
}

/**
 * Votes already cast keep pointing at it; its token and any pairing code stop working. Archiving
 * twice changes nothing. With `version` (the terminal as the list showed it), a change of its
 * settings made meanwhile by someone else refuses it: 409 stale, nothing archived.
 */
export async function archiveTerminal(db: Db, terminalId: string, actor: Actor, now: Date, version?: string): Promise<{ terminal: Terminal; changed: boolean }> {
  const changed = await db.transaction().execute(async (trx) => {
    const terminal = await lockedTerminal(trx, terminalId);
    if (terminal.archivedAt) return false;
    await refuseStale(version, terminal.version!, 'terminal', () => getLastChange(trx, terminal.administrationId, 'terminal', terminalId, ['terminal.create', 'terminal.update']));
    await trx.updateTable('terminals').set({ archived_at: now.toISOString(), pairing_hash: null, pairing_expires_at: null }).where('id', '=', terminalId).execute();
    await recordAudit(trx, { actor, administrationId: terminal.administrationId, action: 'terminal.archive', targetType: 'terminal', targetId: terminalId }, now);
    return true;
  });
  return { terminal: (await getTerminal(db, terminalId))!, changed };
}

/**
 * The terminal as it is once its row is locked until the transaction ends: an archiving, a pairing
 * code or a revocation sent at the same time on PostgreSQL waits for this one, then sees it (a code
 * issued for a terminal archived meanwhile, an archiving audited twice). Only this row is locked, and
 * nothing after it, so it cannot deadlock with the changes that lock the administration first
 * (lock-administration.ts). SQLite leaves the clause out (store/row-locks.ts).
 */
async function lockedTerminal(trx: Db, terminalId: string): Promise<Terminal> {
  await trx.selectFrom('terminals').select('id').where('id', '=', terminalId).forUpdate().execute();
  return (await getTerminal(trx, terminalId))!;
}
