// Stores new votes and adds them to every rollup, in the caller's transaction: a vote is counted exactly when it is stored.
import type { Transaction } from 'kysely';
import { applyDeltas } from '../aggregates/apply-deltas';
import { countDeltas } from '../aggregates/count-deltas';
import type { Database } from '../store/schema';
import { insertVotes, type NewVote } from '../store/insert-votes';
import { flagNewVotes } from './flag-new-votes';

/**
 * Returns the votes that were new; ids already stored are skipped and counted nowhere. Misuse
 * (flag-taps.ts) is flagged here, among the new votes, and counted apart from every figure.
 */
export async function storeVotes(trx: Transaction<Database>, candidates: readonly NewVote[]): Promise<NewVote[]> {
  const inserted = await insertVotes(trx, candidates);
  const flags = await flagNewVotes(trx, inserted);
  await applyDeltas(
    trx,
    countDeltas(
      inserted.map(({ row, reasonIds, receivedDay }) => ({
        administrationId: row.administration_id,
        officeId: row.office_id,
        terminalId: row.terminal_id,
        serviceId: row.service_id,
        channel: row.channel,
        day: row.day,
        hour: row.hour,
        scale: row.scale,
        face: row.face,
        followUp: row.follow_up,
        reasonIds,
        receivedDay,
        timeSource: row.time_source,
        flag: flags.get(row.id) ?? null,
      })),
    ),
  );
  return inserted;
}
