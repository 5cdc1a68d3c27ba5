// The paired terminals of an administration that need someone to look at them, with why: one query
// for all its offices (and one for their re-dated votes), not one list per office.
import { ATTENTION_REASONS, LOW_FREE_PCT, type AttentionReason } from '../../contract/terminal-attention';
import type { TerminalAttention } from '../../contract/terminal-attention-schema';
import type { Db } from '../../store/database';
import { getRedatedVotes } from '../../terminals/get-redated-votes';
import { healthOf, terminalQuery } from './get-terminals';

export async function getTerminalsNeedingAttention(db: Db, administrationId: string, now: Date): Promise<TerminalAttention[]> {
  const rows = await terminalQuery(db, now)
    .select('offices.name as office_name')
    .where('offices.administration_id', '=', administrationId)
    .where('offices.archived_at', 'is', null)
    .where('terminals.archived_at', 'is', null)
    // Paired: a terminal never paired, or revoked, is not expected to speak.
    .where('terminals.token_hash', 'is not', null)
    .execute();
  const redated = await getRedatedVotes(db, rows.map((r) => r.id), now);
  const out: TerminalAttention[] = [];
  for (const r of rows) {
    const health = healthOf(r);
    const clock = redated.get(r.id) ?? null;
    const reasons: AttentionReason[] = [];
    if (!health) reasons.push('never');
    else {
      if (health.silent) reasons.push('silent');
      if (health.held > 0) reasons.push('held');
      const free = health.storageUsage !== null && health.storageQuota !== null && health.storageQuota > 0 ? ((health.storageQuota - health.storageUsage) / health.storageQuota) * 100 : null;
      if (free !== null && free < LOW_FREE_PCT) reasons.push('storage-low');
      if (health.persisted === false) reasons.push('not-persisted');
    }
    if (clock) reasons.push('clock');
    if (reasons.length > 0) out.push({ id: r.id, name: r.name, officeId: r.office_id, officeName: r.office_name, reasons, health, redated: clock });
  }
  // The most urgent first (its reasons are in ATTENTION_REASONS' order), then by office and name.
  const rank = (t: TerminalAttention) => ATTENTION_REASONS.indexOf(t.reasons[0]!);
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort((a, b) => rank(a) - rank(b) || text(a.officeName, b.officeName) || text(a.name, b.name) || text(a.id, b.id));
}
