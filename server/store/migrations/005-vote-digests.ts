// Fifth schema: each vote's content digest, so that a resent id with other content is a conflict
// and not a silent "already stored"; and tombstones, so that retention can remove old votes while
// their ids stay known and a late resend is not counted twice.
import type { Kysely, Migration } from 'kysely';
import { voteDigest } from '../../ingest/vote-digest';

const PAGE = 5000;

export const voteDigests: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('votes').addColumn('digest', 'text').execute();
    let after = '';
    for (;;) {
      const votes: any[] = await db.selectFrom('votes').select(['id', 'service_id', 'face', 'scale', 'follow_up', 'cast_at']).where('id', '>', after).orderBy('id').limit(PAGE).execute();
      if (votes.length === 0) break;
      after = votes[votes.length - 1].id;
      const reasons: any[] = await db.selectFrom('vote_reasons').select(['vote_id', 'reason_id']).where('vote_id', 'in', votes.map((v) => v.id)).execute();
      const of = new Map<string, string[]>();
      for (const r of reasons) of.set(r.vote_id, [...(of.get(r.vote_id) ?? []), r.reason_id]);
      for (const v of votes) {
        const digest = voteDigest({ serviceId: v.service_id, face: v.face, scale: Number(v.scale), reasons: of.get(v.id) ?? [], followUp: v.follow_up, castAt: v.cast_at });
        await db.updateTable('votes').set({ digest }).where('id', '=', v.id).execute();
      }
    }

    await db.schema
      .createTable('vote_tombstones')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('terminal_id', 'text', (c) => c.notNull())
      .addColumn('digest', 'text', (c) => c.notNull())
      .addColumn('counted_at', 'text', (c) => c.notNull())
      .addColumn('retired_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('votes_counted_at').on('votes').column('counted_at').execute();
  },
};
