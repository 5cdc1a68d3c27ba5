// A hand-countable year of votes for the public page's tests: three channels, four services, small samples where the rules bite.
import { randomUUID } from 'node:crypto';
import { apiPaths } from '../../../server/contract/api';
import type { FaceId } from '../../../server/contract/scale';
import { DEMO } from '../../../server/store/seed-demo';
import { as } from '../admin/admin-api';
import { COUNTER, enrol, makeVote, movableClock, pairedLongAgo, postVotes, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';

export const VALDORIA = DEMO.administration.id;
/** The collector's clock: November 2026 is under way, so October 2026 is the last complete month. */
export const NOW = '2026-11-03T10:00:00.000Z';
/** Small enough to count by hand: a cell needs 5 votes to show its figures. */
export const MIN_SAMPLE = 5;
export const [ANAGRAFE, TRIBUTI, , SOCIALI, URP] = DEMO.services.map((s) => s.id) as [string, string, string, string, string];
export const PHONE = 'valdoria-centralino';
export const WEB = 'valdoria-sito';

/** n votes of one face, cast on `day` at 10:00 Rome time. */
function votes(serviceId: string, day: string, faces: Partial<Record<FaceId, number>>) {
  return Object.entries(faces).flatMap(([face, n]) =>
    Array.from({ length: n }, () => makeVote({ id: randomUUID(), serviceId, face: face as FaceId, followUp: face === 'negativo' ? 'skipped' : 'not-asked', castAt: `${day}T08:00:00.000Z` })),
  );
}

/** A terminal of another channel (phone line, website widget) at the town hall, paired long ago. */
async function channelTerminal(c: TestCollector, id: string, channel: 'telefono' | 'web', serviceIds: string[]) {
  const at = '2025-01-01T00:00:00.000Z';
  await c.store.db.insertInto('terminals').values({ id, office_id: DEMO.offices[0]!.id, name: id, mode: 'counter', channel, scale: 3, archived_at: null, created_at: at }).execute();
  await c.store.db.insertInto('terminal_services').values(serviceIds.map((service_id, position) => ({ terminal_id: id, service_id, position }))).execute();
  c.tokens[id] = await enrol(c.app, c.store, id, new Date(NOW));
  await pairedLongAgo(c.store, id);
}

async function send(c: TestCollector, terminalId: string, list: unknown[]) {
  const res = await postVotes(c, list, terminalId);
  if (res.status !== 200) throw new Error(`votes refused: ${res.status} ${JSON.stringify(res.body)}`);
}

/**
 * What each month holds (sportello = the totem at the town hall and the counter at San Rocco):
 *
 * 2025-10  anagrafe 9 positive                          outside the window (sent back then)
 * 2025-11  anagrafe 5 positive (counter)                exactly the minimum: published
 * 2026-08  anagrafe 3 positive (counter)                the whole month is a small sample
 * 2026-09  anagrafe 8 positive (totem); tributi 3 positive 3 negative (totem); urp 3 positive (web)
 *          -> urp and web small; tributi (smallest other service) and sportello (only other channel) withheld
 * 2026-10  anagrafe 6 pos 2 suff 2 neg (totem) + 5 pos (counter); tributi 3 pos 1 neg (totem);
 *          sociali 3 pos 3 suff (phone); people served for anagrafe at the town hall: 40 on the 5th, 10 on the 6th
 *          -> tributi small; sociali (smallest other service) withheld; channels all published
 * 2026-11  anagrafe 7 positive                          month under way: never shown
 */
export async function startFixture(env: Record<string, string> = {}): Promise<{ c: TestCollector; clock: ReturnType<typeof movableClock> }> {
  const clock = movableClock(NOW);
  const c = await startCollector({ now: clock.now, env: { REPORT_MIN_VOTES: String(MIN_SAMPLE), ...env } });
  await channelTerminal(c, PHONE, 'telefono', [SOCIALI]);
  await channelTerminal(c, WEB, 'web', [URP]);

  // A vote older than a year is re-dated when it arrives: this one arrived back then.
  clock.set('2025-10-20T10:00:00.000Z');
  await send(c, TOTEM.id, votes(ANAGRAFE, '2025-10-15', { positivo: 9 }));
  clock.set(NOW);

  await send(c, COUNTER.id, votes(ANAGRAFE, '2025-11-10', { positivo: 5 }));
  await send(c, COUNTER.id, votes(ANAGRAFE, '2026-08-10', { positivo: 3 }));
  await send(c, TOTEM.id, [...votes(ANAGRAFE, '2026-09-10', { positivo: 8 }), ...votes(TRIBUTI, '2026-09-11', { positivo: 3, negativo: 3 })]);
  await send(c, WEB, votes(URP, '2026-09-12', { positivo: 3 }));
  await send(c, TOTEM.id, [...votes(ANAGRAFE, '2026-10-05', { positivo: 6, sufficiente: 2, negativo: 2 }), ...votes(TRIBUTI, '2026-10-06', { positivo: 3, negativo: 1 })]);
  await send(c, COUNTER.id, votes(ANAGRAFE, '2026-10-07', { positivo: 5 }));
  await send(c, PHONE, votes(SOCIALI, '2026-10-08', { positivo: 3, sufficiente: 3 }));
  await send(c, TOTEM.id, votes(ANAGRAFE, '2026-11-02', { positivo: 7 }));

  // People served for anagrafe at the town hall on two October days: 50 people, and the 10 totem votes of the 5th.
  const served = await as(c.app, c.admin).put(apiPaths.officePeopleServed(DEMO.offices[0]!.id), {
    entries: [
      { serviceId: ANAGRAFE, day: '2026-10-05', served: 40 },
      { serviceId: ANAGRAFE, day: '2026-10-06', served: 10 },
    ],
  });
  if (served.status !== 200) throw new Error(`people served refused: ${served.status} ${JSON.stringify(served.body)}`);
  return { c, clock };
}

/** Switches the administration's page on through the dashboard's API. */
export async function publish(c: TestCollector, administrationId = VALDORIA, settings: { licence?: string; note?: string } = {}) {
  const res = await as(c.app, c.admin).put(apiPaths.administrationPublicPage(administrationId), { enabled: true, licence: settings.licence ?? 'CC-BY-4.0', note: settings.note ?? '' });
  if (res.status !== 200) throw new Error(`publishing failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
