// toNewVote parses and writes each instant once (docs/performance.md): the rows it makes must be the
// ones the rule's own definitions give (countedTime, localBucket, voteDigest), for any castAt a terminal
// may send, plausible or not, in any ISO spelling, across the DST nights.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countedTime, localBucket } from '../../../server/aggregates/time-bucket';
import type { Vote } from '../../../server/contract/vote';
import { arrivalOf, toNewVote } from '../../../server/ingest/to-new-vote';
import { castTime } from '../../../server/ingest/check-votes';
import { voteDigest } from '../../../server/ingest/vote-digest';
import type { TerminalContext } from '../../../server/store/get-terminal-context';

const context: TerminalContext = {
  terminalId: 't1', officeId: 'o1', administrationId: 'a1', channel: 'sportello', mode: 'counter', timeZone: 'Europe/Rome',
  scale: 3, previousScale: null, scaleChangedAt: null, firstEnrolledAt: '2025-06-01T08:00:00.000Z',
  serviceIds: new Set(['s1']), modeChanges: [], formerServices: new Map(), liveServiceIds: null, reasonIds: new Set(['r1', 'r2']),
};

/** The row as the definitions make it, one call each: what toNewVote was before it shared its parsing. */
function expectedRow(vote: Vote, receivedAt: Date) {
  const { countedAt, source } = countedTime(vote.castAt, receivedAt, context.firstEnrolledAt);
  const { day, hour } = localBucket(new Date(countedAt), context.timeZone);
  return {
    receivedDay: localBucket(receivedAt, context.timeZone).day,
    counted_at: countedAt, time_source: source, day, hour, received_at: receivedAt.toISOString(),
    digest: voteDigest({ serviceId: vote.serviceId, face: vote.face, scale: 3, reasons: vote.reasons, followUp: vote.followUp, castAt: vote.castAt }),
  };
}

const received = fc.date({ min: new Date('2025-07-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true });
/** castAt in the spellings terminals send: Z with or without milliseconds, an offset, a date alone, or no instant at all. */
const castAt = (at: Date) =>
  fc.oneof(
    fc.integer({ min: -400 * 86_400_000, max: 10 * 60_000 }).map((back) => new Date(at.getTime() + back).toISOString()),
    fc.integer({ min: -400 * 86_400_000, max: 10 * 60_000 }).map((back) => new Date(at.getTime() + back).toISOString().replace('.000Z', 'Z').replace(/\.\d{3}Z$/, 'Z')),
    fc.integer({ min: -3 * 86_400_000, max: 0 }).map((back) => new Date(at.getTime() + back + 2 * 3_600_000).toISOString().slice(0, 19) + '+02:00'),
    fc.constantFrom('2000-01-01T00:00:00.000Z', '2025-05-31T23:59:00.000Z', '2026-03-29T01:30:00.000Z', '2026-10-25T00:30:00Z', '2026-10-25', 'not a time'),
  );

describe('toNewVote', () => {
  it('makes the row the rule\'s definitions make, for any castAt, plausible or not', () => {
    fc.assert(
      fc.property(received.chain((r) => fc.tuple(fc.constant(r), castAt(r), fc.subarray(['r2', 'r1']))), ([receivedAt, cast, reasons]) => {
        const vote: Vote = { id: 'ABC-1', serviceId: 's1', face: reasons.length ? 'negativo' : 'positivo', reasons, followUp: reasons.length ? 'chosen' : 'not-asked', castAt: cast };
        const { receivedDay, row } = toNewVote(context, vote, arrivalOf(receivedAt, context.timeZone));
        const want = expectedRow(vote, receivedAt);
        expect({ receivedDay, counted_at: row.counted_at, time_source: row.time_source, day: row.day, hour: row.hour, received_at: row.received_at, digest: row.digest }).toEqual(want);
        expect(row.id).toBe('abc-1');
        // checkVotes judges the vote at the same instant it is counted at.
        expect(castTime(context, vote, receivedAt)).toBe(Date.parse(want.counted_at));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the digests stored votes already carry (their definition must never change)', () => {
    // Computed by the definition before crypto.hash and digestOfNormal came in (commit c2e6fa8).
    expect(voteDigest({ serviceId: 's1', face: 'negativo', scale: 3, reasons: ['r2', 'r1'], followUp: 'chosen', castAt: '2026-03-10T10:15:00+01:00' })).toBe('cG4k8m5P-IMfZOhaiPASJspNmicd-2tKBGGuSVOtAnU');
    expect(voteDigest({ serviceId: 's1', face: 'positivo', scale: 5, reasons: [], followUp: 'not-asked', castAt: 'not a time' })).toBe('QI-Vcf1d1zudoK-wVKMSajbK0h2JGO_ynvo_7QfOE_A');
  });
});
