// Gives the freshly seeded demo comune thirteen months and more of plausible history, written through
// the collector's own code paths (office and service updates, ingest's row building and storing, the
// phone's and the website's points and ratings, people served, the queue-ticket system's API key).
import { localBucket } from '../aggregates/time-bucket';
import type { Actor } from '../audit/record-audit';
import { checkOfficeFields } from '../admin/offices/office-input';
import { updateOffice } from '../admin/offices/save-office';
import { updateService } from '../admin/services/save-service';
import type { ScaleSize } from '../contract/scale';
import { WEEKDAYS } from '../contract/admin';
import { weekdayOf } from '../aggregates/count-deltas';
import { checkVotes } from '../ingest/check-votes';
import { storeVotes } from '../ingest/store-votes';
import { arrivalOf, toNewVote } from '../ingest/to-new-vote';
import { recordPeopleServed, type ServedFigure } from '../participation/record-people-served';
import { addDays, lastDayOfMonth, shiftMonth } from '../reports/period-plan';
import type { Db } from '../store/database';
import type { TerminalContext } from '../store/get-terminal-context';
import type { NewVote } from '../store/insert-votes';
import { DEMO } from '../store/seed-demo';
import {
  COUNTER_OUTAGE, FLAT_CLOCK, HISTORY_MONTHS_BEFORE, HISTORY_SEED, HISTORY_TIME_ZONE, holidaysOf, OPENING_HOURS, PROFILES,
  RAISED_STANDARD, seasonOf, SERVED_FIGURES, STANDARDS, strainOn, STRAINED_OFFICE, TOTEM_OUTAGE_MONTH,
} from './history-plan';
import { localTime, votesOfDay, type DemoTerminal } from './history-votes';
import { seededRandom } from './random';
import { inEnglish } from '../http/words/error-words';
import { createApiKey } from '../admin/api-keys/api-keys';
import { seedPhoneHistory } from './phone-history';
import { seedWebHistory } from './web-history';

export interface DemoHistory {
  /** First and last local day with votes (the last is yesterday). */
  from: string;
  to: string;
  votes: number;
}

/** The demo's first and last day for a given "now": from the first of the month thirteen months before yesterday's, to yesterday, Rome time. */
export function historySpan(now: Date): { from: string; to: string } {
  const to = addDays(localBucket(now, HISTORY_TIME_ZONE).day, -1);
  return { from: `${shiftMonth(to.slice(0, 7), -HISTORY_MONTHS_BEFORE)}-01`, to };
}

/** A time of day in the demo's offices, as an instant. */
const at = (day: string, hhmm: string) => localTime(day, hhmm, HISTORY_TIME_ZONE);

const isOpen = (officeId: string, day: string, holidays: ReadonlySet<string>) => OPENING_HOURS[officeId]![WEEKDAYS[weekdayOf(day)]!].length > 0 && !holidays.has(day);

function openDays(officeId: string, from: string, to: string, holidays: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isOpen(officeId, d, holidays)) out.push(d);
  return out;
}

/** Changes are made in the name of the demo's installation admin when there is one (the audit log shows who). */
async function demoActor(db: Db): Promise<Actor> {
  const admin = await db
    .selectFrom('users')
    .innerJoin('grants', 'grants.user_id', 'users.id')
    .select(['users.id', 'users.email'])
    .where('grants.role', '=', 'installation_admin')
    .orderBy('users.created_at')
    .executeTakeFirst();
  return admin ?? { id: 'demo-history', email: 'demo@valdoria.example.org' };
}

async function demoTerminals(db: Db): Promise<{ context: TerminalContext; terminal: DemoTerminal }[]> {
  const reasons = await db.selectFrom('reasons').select(['id', 'code']).where('administration_id', '=', DEMO.administration.id).where('archived_at', 'is', null).execute();
  const services = await db.selectFrom('services').select('id').where('administration_id', '=', DEMO.administration.id).where('archived_at', 'is', null).execute();
  const out = [];
  for (const t of DEMO.terminals) {
    const row = await db.selectFrom('terminals').select(['scale', 'previous_scale', 'scale_changed_at', 'channel', 'mode']).where('id', '=', t.id).executeTakeFirstOrThrow();
    const context: TerminalContext = {
      terminalId: t.id,
      officeId: t.officeId,
      administrationId: DEMO.administration.id,
      channel: row.channel,
      mode: row.mode,
      timeZone: HISTORY_TIME_ZONE,
      // The demo's year predates the terminals' pairing on purpose: no first-pairing bound here.
      firstEnrolledAt: null,
      scale: row.scale,
      previousScale: row.previous_scale,
      scaleChangedAt: row.scale_changed_at,
      serviceIds: new Set(services.map((s) => s.id)),
      modeChanges: [],
      formerServices: new Map(),
      liveServiceIds: null,
      reasonIds: new Set(reasons.map((r) => r.id)),
    };
    const profiles = new Map(t.services.filter((s) => PROFILES[t.officeId]?.[s]).map((s) => [s, PROFILES[t.officeId]![s]!]));
    out.push({
      context,
      terminal: { id: t.id, scale: row.scale as ScaleSize, timeZone: HISTORY_TIME_ZONE, profiles, reasonIds: new Map(reasons.map((r) => [r.code, r.id])), openingHours: OPENING_HOURS[t.officeId]! },
    });
  }
  return out;
}

/** When each terminal's votes of an outage day finally reached the collector. */
function outages(span: { from: string; to: string }, holidays: ReadonlyMap<string, ReadonlySet<string>>): Map<string, Date> {
  const [totem, counter] = DEMO.terminals;
  const out = new Map<string, Date>();
  // The totem: the last two open days of a month, sent on the next month's first open day.
  const month = addDays(`${span.from.slice(0, 7)}-01`, 31 * TOTEM_OUTAGE_MONTH + 15).slice(0, 7);
  const totemDays = openDays(totem!.officeId, `${month}-01`, lastDayOfMonth(month), holidays.get(totem!.officeId)!).slice(-2);
  const back = openDays(totem!.officeId, addDays(totemDays[1]!, 1), addDays(totemDays[1]!, 14), holidays.get(totem!.officeId)!)[0]!;
  for (const d of totemDays) out.set(`${totem!.id}/${d}`, at(back, '08:31'));
  // San Rocco's counter, unplugged for two weeks, sends everything on its next open day.
  const last = addDays(span.to, -COUNTER_OUTAGE.endsDaysBeforeLast);
  const counterBack = openDays(counter!.officeId, addDays(last, 1), addDays(last, 30), holidays.get(counter!.officeId)!)[0]!;
  for (let d = addDays(last, -(COUNTER_OUTAGE.days - 1)); d <= last; d = addDays(d, 1)) out.set(`${counter!.id}/${d}`, at(counterBack, '09:05'));
  return out;
}

/** Seeds the history once, right after seedDemo created the comune; anything else (votes already there) is left alone. */
export async function seedDemoHistory(db: Db, now = new Date()): Promise<DemoHistory | null> {
  const admin = await db.selectFrom('administrations').select('id').where('id', '=', DEMO.administration.id).executeTakeFirst();
  const anyVote = await db.selectFrom('votes').select('id').limit(1).executeTakeFirst();
  if (!admin || anyVote) return null;
  const span = historySpan(now);
  const actor = await demoActor(db);
  const start = at(span.from, '08:00');

  const holidays = new Map<string, Set<string>>();
  for (const office of DEMO.offices) {
    const list = holidaysOf(office.id, span.from, addDays(span.to, 365));
    holidays.set(office.id, new Set(list));
    await updateOffice(db, office.id, checkOfficeFields({ openingHours: OPENING_HOURS[office.id], holidays: list }), actor, start);
  }
  for (const s of STANDARDS) await updateService(db, s.serviceId, { standard: { minPositivePct: s.minPositivePct }, standardFrom: span.from }, actor, start);
  const raisedFrom = `${addDays(`${span.from.slice(0, 7)}-01`, 31 * RAISED_STANDARD.afterMonths + 15).slice(0, 7)}-01`;
  await updateService(db, RAISED_STANDARD.serviceId, { standard: { minPositivePct: RAISED_STANDARD.minPositivePct }, standardFrom: raisedFrom }, actor, at(addDays(raisedFrom, -3), '11:00'));

  const rng = seededRandom(HISTORY_SEED);
  const terminals = await demoTerminals(db);
  const delivered = outages(span, holidays);
  const flatClockDay = openDays(DEMO.offices[0]!.id, addDays(span.to, -FLAT_CLOCK.daysBeforeLast), span.to, holidays.get(DEMO.offices[0]!.id)!)[0];
  const served: ServedFigure[] = [];
  let week: NewVote[] = [];
  let stored = 0;
  const flush = async () => {
    if (week.length === 0) return;
    const rows = week;
    week = [];
    stored += (await db.transaction().execute((trx) => storeVotes(trx, rows))).length;
  };

  for (let day = span.from; day <= span.to; day = addDays(day, 1)) {
    for (const { context, terminal } of terminals) {
      if (!isOpen(context.officeId, day, holidays.get(context.officeId)!)) continue;
      const season = (p: (typeof PROFILES)[string][string]) => seasonOf(p, day);
      const strain = context.officeId === STRAINED_OFFICE ? strainOn(day, span.to) : 0;
      const { served: people, votes } = votesOfDay(terminal, day, season, strain, rng, delivered.get(`${terminal.id}/${day}`));
      for (const [serviceId, n] of people) served.push({ officeId: context.officeId, serviceId, channel: 'sportello', day, served: n });
      // A tablet that booted with a flat clock battery: its first taps say 1 January 2000.
      if (day === flatClockDay && terminal.id === DEMO.terminals[0]!.id) {
        votes.slice(0, FLAT_CLOCK.votes).forEach((v, i) => (v.vote.castAt = `2000-01-01T00:0${i}:00.000Z`));
      }
      // Each judged as it arrived: a vote's set-up is read at its counted time, which its arrival may set.
      const problems = votes.flatMap((v) => checkVotes(context, [v.vote], v.receivedAt));
      if (problems.length > 0) throw new Error(`demo history made a vote the collector would refuse: ${JSON.stringify({ ...problems[0], reason: inEnglish(problems[0]!.reason) })}`);
      week.push(...votes.map((v) => toNewVote(context, v.vote, arrivalOf(v.receivedAt, context.timeZone))));
    }
    // One transaction a week, as a terminal's batches would have come in over it.
    if (weekdayOf(day) === 6) await flush();
  }
  await flush();
  // The phone's and the website's ratings: random sequences of their own, so the counters' history stays as it was.
  stored += await seedPhoneHistory(db, span, (officeId, day) => isOpen(officeId, day, holidays.get(officeId)!), actor, start, seededRandom(HISTORY_SEED + 1));
  stored += await seedWebHistory(db, span, actor, start, seededRandom(HISTORY_SEED + 2));

  await db.transaction().execute(async (trx) => {
    for (const plan of SERVED_FIGURES) {
      const first = addDays(span.to, -(plan.lastDays - 1));
      for (const f of served.filter((s) => s.officeId === plan.officeId && s.serviceId === plan.serviceId && s.day >= first)) {
        // Figures come in the evening of their day: from the ticket system on its own, or typed by the manager.
        await recordPeopleServed(trx, [f], { source: plan.source, by: plan.by, at: at(f.day, plan.source === 'api' ? '19:00' : '17:45') });
      }
    }
  });
  await queueSystemKey(db, span, actor, start);
  return { ...span, votes: stored };
}

/**
 * The queue-ticket system's API key, which the figures sent through the API name: listed on the API keys
 * page, last used on the evening of the history's last day. Its secret is thrown away; an admin who wants
 * to try the endpoint creates a key of their own.
 */
async function queueSystemKey(db: Db, span: { to: string }, actor: Actor, start: Date): Promise<void> {
  const name = SERVED_FIGURES.find((f) => f.source === 'api')!.by.replace(/^api-key:/, '');
  const key = await createApiKey(db, DEMO.administration.id, name, actor, start);
  await db.updateTable('api_keys').set({ last_used_at: at(span.to, '19:00').toISOString() }).where('id', '=', key.id).execute();
}
