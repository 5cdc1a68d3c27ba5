// The terminal's enrolment in IndexedDB: read at boot, replaced by a new pairing, marked when the collector refuses the token.
import type { Enrolment } from '../../../server/contract/auth';
import { t } from '../../ui/i18n';
import { deleteMeta, getMeta, setMeta, type StoredEnrolment, type TerminalDb } from '../store/vote-db';
import type { VoteQueue } from '../store/vote-queue';

/** What the terminal sends with: its id and its device token. */
export interface Credentials {
  terminalId: string;
  token: string;
}

export async function readEnrolment(db: TerminalDb): Promise<StoredEnrolment | null> {
  const stored = await getMeta(db, 'enrolment');
  return stored && typeof stored.terminalId === 'string' && typeof stored.token === 'string' ? stored : null;
}

/**
 * Keeps a new device token, then sorts the queue for it: votes collected as this terminal (held by
 * an earlier pairing as another one) become sendable again; votes of any other terminal are held,
 * since this token may only send its own.
 */
export async function adoptEnrolment(db: TerminalDb, queue: VoteQueue, enrolment: Enrolment, now = new Date()): Promise<StoredEnrolment> {
  const before = await readEnrolment(db).catch(() => null);
  const stored: StoredEnrolment = { terminalId: enrolment.terminalId, token: enrolment.token, enrolledAt: now.toISOString() };
  await setMeta(db, 'enrolment', stored);
  // Another terminal's configuration must never be shown under this one.
  if (before && before.terminalId !== enrolment.terminalId) await deleteMeta(db, 'config');
  await queue.releaseTerminal(enrolment.terminalId);
  await queue.holdOtherTerminals(enrolment.terminalId, (collectedAs) => t.heldOtherTerminal(collectedAs, enrolment.terminalId));
  return stored;
}

/**
 * Remembers that the collector refused this token, so a reload still shows the pairing screen.
 * Only for the token in use: a refusal of an older token, arriving after a new pairing, changes nothing.
 */
export async function markRefused(db: TerminalDb, token: string, now = new Date()): Promise<StoredEnrolment | null> {
  const stored = await readEnrolment(db);
  if (!stored || stored.token !== token) return null;
  if (stored.refusedAt) return stored;
  const refused = { ...stored, refusedAt: now.toISOString() };
  await setMeta(db, 'enrolment', refused);
  return refused;
}
