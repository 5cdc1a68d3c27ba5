// Migration 038: the QR codes' votes leave an office's hour rollups (the heatmap, a day's hours), found among
// the stored votes by their QR point; the counter's votes, a flagged QR tap (never counted) and the other
// tables stay as they were.
import { afterEach, expect, it } from 'vitest';
import { Kysely, Migrator } from 'kysely';
import { chooseDialect } from '../../../../server/store/dialect';
import { openStore } from '../../../../server/store/database';
import { migrationProvider } from '../../../../server/store/migrations/index';
import { emptyStoreEnv, makeTempDir, removeTempDir } from '../../helpers/test-collector';

const AT = '2026-01-01T00:00:00.000Z';
let dir: string | undefined;
afterEach(async () => {
  if (dir) await removeTempDir(dir);
  dir = undefined;
});

const zero = { votes: 0, ottimo: 0, positivo: 0, sufficiente: 0, negativo: 0, pessimo: 0, points: 0, points_squared: 0 };
const positive = (n: number) => ({ ...zero, votes: n, positivo: n, points: 12 * n, points_squared: 144 * n });
const negative = (n: number) => ({ ...zero, votes: n, negativo: n });
const plus = (a: typeof zero, b: typeof zero) => Object.fromEntries(Object.keys(zero).map((k) => [k, a[k as keyof typeof zero] + b[k as keyof typeof zero]])) as typeof zero;

it('takes the QR codes\' votes out of the office\'s hour rollups, and leaves the counter\'s as they were', async () => {
  dir = makeTempDir();
  const env = await emptyStoreEnv(dir);
  const choice = chooseDialect({ dataDir: dir, databaseUrl: env.DATABASE_URL || null });
  const old = new Kysely<any>({ dialect: choice.dialect, plugins: choice.plugins });
  expect((await new Migrator({ db: old, provider: migrationProvider }).migrateTo('037-archived-service-links')).error).toBeUndefined();
  await old.insertInto('administrations').values({ id: 'a', name: 'Comune', created_at: AT }).execute();
  await old.insertInto('offices').values({ id: 'o', administration_id: 'a', name: 'Sede', time_zone: 'Europe/Rome', created_at: AT }).execute();
  await old.insertInto('services').values({ id: 's', administration_id: 'a', name: 'Anagrafe', created_at: AT }).execute();
  await old
    .insertInto('terminals')
    .values([
      { id: 't', office_id: 'o', name: 'Sportello', mode: 'counter', channel: 'sportello', scale: 3, created_at: AT },
      { id: 'q', office_id: 'o', name: 'Codici QR', mode: 'totem', channel: 'sportello', scale: 3, created_at: AT },
    ])
    .execute();
  await old.insertInto('channel_points').values({ id: 'q', administration_id: 'a', office_id: 'o', kind: 'qr', service_id: 's', created_at: AT }).execute();
  let n = 0;
  const vote = (terminal_id: string, hour: number, face: string, flag: string | null = null) => {
    const at = `2026-03-03T${String(hour - 1).padStart(2, '0')}:10:00.000Z`;
    return { id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, administration_id: 'a', office_id: 'o', terminal_id, service_id: 's', channel: 'sportello', face, scale: 3, follow_up: 'not-asked', cast_at: at, received_at: at, counted_at: at, time_source: terminal_id === 'q' ? 'arrival' : 'terminal', day: '2026-03-03', hour, digest: 'x', flag };
  };
  // Tuesday 3 March: at 10, one from the counter and one QR; at 21, one from the counter, two QR from
  // home (one negative) and a QR tap flagged as misuse; at 22, a QR vote alone.
  await old
    .insertInto('votes')
    .values([vote('t', 10, 'positivo'), vote('q', 10, 'positivo'), vote('t', 21, 'negativo'), vote('q', 21, 'positivo'), vote('q', 21, 'negativo'), vote('q', 21, 'positivo', 'burst'), vote('q', 22, 'positivo')])
    .execute();
  // What ingest had added for them: every counted vote, the QR codes' included (the flagged one never).
  const ten = positive(2);
  const nine = plus(negative(2), positive(1));
  const late = positive(1);
  await old
    .insertInto('tally_office_hour')
    .values([
      { office_id: 'o', day: '2026-03-03', hour: 10, ...ten },
      { office_id: 'o', day: '2026-03-03', hour: 21, ...nine },
      { office_id: 'o', day: '2026-03-03', hour: 22, ...late },
    ])
    .execute();
  await old
    .insertInto('tally_office_weekhour')
    .values([
      { office_id: 'o', month: '2026-03', weekday: 1, hour: 10, ...ten },
      { office_id: 'o', month: '2026-03', weekday: 1, hour: 21, ...nine },
      { office_id: 'o', month: '2026-03', weekday: 1, hour: 22, ...late },
    ])
    .execute();
  await old.insertInto('tally_office_day').values({ office_id: 'o', day: '2026-03-03', ...plus(plus(ten, nine), late) }).execute();
  await old.destroy();

  const store = await openStore({ dataDir: dir, databaseUrl: env.DATABASE_URL || null });
  try {
    const numbers = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k in zero || k === 'hour' || k === 'weekday' ? Number(v) : v]));
    const hours = await store.db.selectFrom('tally_office_hour').selectAll().orderBy('hour').execute();
    expect(hours.map(numbers)).toEqual([
      { office_id: 'o', day: '2026-03-03', hour: 10, ...positive(1) },
      { office_id: 'o', day: '2026-03-03', hour: 21, ...negative(1) },
    ]);
    const weekhours = await store.db.selectFrom('tally_office_weekhour').selectAll().orderBy('hour').execute();
    expect(weekhours.map(numbers)).toEqual([
      { office_id: 'o', month: '2026-03', weekday: 1, hour: 10, ...positive(1) },
      { office_id: 'o', month: '2026-03', weekday: 1, hour: 21, ...negative(1) },
    ]);
    // The day's total keeps every vote: the totals, the channels and the services count the QR codes' votes.
    expect(Number((await store.db.selectFrom('tally_office_day').select('votes').executeTakeFirstOrThrow()).votes)).toBe(6);
  } finally {
    await store.close();
  }
});
