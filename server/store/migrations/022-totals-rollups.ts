// Twenty-second schema: totals-only rollups for an office's daily series and its weekday x hour
// heatmap (issue 6, docs/performance.md). An office's year read 2,743 day rows and 7,319 weekday x
// hour rows, each split by scale and face, at SQLite's cost per row; what the report shows at those
// granularities (votes, each face's votes, negative votes, the index) fits one row per key. They
// replace face_counts_office_day (migration 020) and face_counts_weekhour, whose every reader now
// reads these: the same number of rollups for ingest to keep up to date.
import { sql, type CreateTableBuilder, type Kysely, type Migration, type RawBuilder } from 'kysely';
import { onPostgres } from '../on-postgres';
/**
 * The faces and their points (twelfths, contract/scale.ts `facePoints`) as they were when this
 * migration was written: written out here, so that what it fills never changes with later code.
 */
const FACE_IDS = ['ottimo', 'positivo', 'sufficiente', 'negativo', 'pessimo'] as const;
const POINTS: Record<number, Record<string, number>> = {
  3: { positivo: 12, sufficiente: 6, negativo: 0 },
  4: { ottimo: 12, positivo: 8, negativo: 4, pessimo: 0 },
  5: { ottimo: 12, positivo: 9, sufficiente: 6, negativo: 3, pessimo: 0 },
};

/** A face's points and their squares, by scale and face, in SQL. */
function pointsCase(squared: boolean): RawBuilder<number> {
  const whens = Object.entries(POINTS).flatMap(([scale, faces]) =>
    Object.entries(faces).map(([face, p]) => sql`when scale = ${sql.lit(Number(scale))} and face = ${sql.lit(face)} then ${sql.lit(squared ? p * p : p)}`),
  );
  return sql<number>`case ${sql.join(whens, sql` `)} else 0 end`;
}

/** The tally columns summed over per-face rows: what ingest adds for the same votes (count-deltas.ts). */
export const tallySums = () =>
  sql.join([
    sql`sum(count)`,
    ...FACE_IDS.map((f) => sql`sum(case when face = ${sql.lit(f)} then count else 0 end)`),
    sql`sum(count * ${pointsCase(false)})`,
    sql`sum(count * ${pointsCase(true)})`,
  ]);
export const TALLY_NAMES = ['votes', ...FACE_IDS, 'points', 'points_squared'];
export const tallyNames = sql.join(TALLY_NAMES.map((c) => sql.ref(c)));

export const totalsRollups: Migration = {
  async up(db: Kysely<any>) {
    const postgres = onPostgres(db);
    const tallies = (b: CreateTableBuilder<any, any>) => TALLY_NAMES.reduce((t, c) => t.addColumn(c, 'integer', (col) => col.notNull().defaultTo(0)), b);
    // On SQLite the rows are stored in key order (without rowid): an office's days or months are
    // one range of the table, read without a lookup per row and without a covering index that
    // would repeat every column.
    const clustered = (b: CreateTableBuilder<any, any>) => (postgres ? b : b.modifyEnd(sql`without rowid`));

    await db.schema
      .createTable('tally_office_day')
      .addColumn('office_id', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .$call(tallies)
      .addPrimaryKeyConstraint('tally_office_day_pk', ['office_id', 'day'])
      .$call(clustered)
      .execute();
    await db.schema
      .createTable('tally_office_weekhour')
      .addColumn('office_id', 'text', (c) => c.notNull())
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('weekday', 'integer', (c) => c.notNull())
      .addColumn('hour', 'integer', (c) => c.notNull())
      .$call(tallies)
      .addPrimaryKeyConstraint('tally_office_weekhour_pk', ['office_id', 'month', 'weekday', 'hour'])
      .$call(clustered)
      .execute();

    // From the rollups they replace, not from the votes: those count exactly the counted votes
    // (misuse out), including votes that retention has since removed.
    await sql`insert into tally_office_day (office_id, day, ${tallyNames})
      select office_id, day, ${tallySums()} from face_counts_office_day group by office_id, day`.execute(db);
    await sql`insert into tally_office_weekhour (office_id, month, weekday, hour, ${tallyNames})
      select office_id, month, weekday, hour, ${tallySums()} from face_counts_weekhour group by office_id, month, weekday, hour`.execute(db);

    // Their indexes (migrations 008 and 021) go with them.
    await db.schema.dropTable('face_counts_office_day').execute();
    await db.schema.dropTable('face_counts_weekhour').execute();
  },
};
