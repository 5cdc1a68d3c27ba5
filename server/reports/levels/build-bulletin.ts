// The bulletin of the national programme "Mettiamoci la faccia", for a month or a year, of an administration or the installation.
import type { Bulletin } from '../../contract/levels';
import { contactChannel } from '../../contract/channels';
import { localBucket } from '../../aggregates/time-bucket';
import { DEFAULT_TIME_ZONE } from '../../admin/offices/save-office';
import { AppError } from '../../http/app-error';
import type { ReportContext } from '../office/build-office-report';
import { scoreOf } from '../metrics/score';
import { daysBetween, lastDayOfMonth } from '../period-plan';
import { getAdminFaceCounts } from '../queries/get-admin-face-counts';
import { getAdminParticipation } from '../queries/get-admin-participation';
import { getAdministrationNames, getAdministrationOffices } from '../queries/get-administrations';
import { getAllArrivals, getArrivals } from '../queries/get-arrivals';
import { getFlaggedCounts } from '../queries/get-flagged-counts';
import { getReportingUnits } from '../queries/get-reporting-units';
import { getRunningTotal } from '../queries/get-running-total';
import { comparison } from '../shape/comparison';
import { NO_PARTICIPATION, participationBy } from '../shape/participation';
import { foldBy, mergeTallied } from '../shape/tallied';

export type BulletinPeriod = { kind: 'month'; month: string } | { kind: 'year'; year: string };

function span(p: BulletinPeriod) {
  if (p.kind === 'month') {
    const [y, m] = p.month.split('-').map(Number) as [number, number];
    const before = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
    return { from: `${p.month}-01`, to: lastDayOfMonth(p.month), months: [p.month, p.month], previous: { from: `${before}-01`, to: lastDayOfMonth(before) } };
  }
  const previousYear = String(Number(p.year) - 1);
  return { from: `${p.year}-01-01`, to: `${p.year}-12-31`, months: [`${p.year}-01`, `${p.year}-12`], previous: { from: `${previousYear}-01-01`, to: `${previousYear}-12-31` } };
}

/** The national programme's channels: a totem in the hall rates counter visits, so it joins the counter. */
const BULLETIN_CHANNELS = ['sportello', 'telefono', 'web'] as const;

export async function buildBulletin({ db, minSample, now }: ReportContext, administrationId: string | null, period: BulletinPeriod): Promise<Bulletin> {
  const names = await getAdministrationNames(db);
  if (administrationId !== null && !names.has(administrationId)) throw new AppError('not_found', (w) => w.administrationMissing(administrationId));
  const ids = administrationId === null ? null : [administrationId];
  const { from, to, months, previous } = span(period);
  const officeIds = administrationId === null ? null : (await getAdministrationOffices(db, administrationId)).map((o) => o.id);
  const [rows, prevRows, running, reported, participationRows, arrivals] = await Promise.all([
    getAdminFaceCounts(db, ids, from, to, ['channel']),
    getAdminFaceCounts(db, ids, previous.from, previous.to, []),
    getRunningTotal(db, ids, months[1]!),
    getReportingUnits(db, ids, months[0]!, months[1]!),
    getAdminParticipation(db, ids, from, to),
    officeIds ? getArrivals(db, officeIds, from, to) : getAllArrivals(db, from, to),
  ]);
  const total = mergeTallied(foldBy(rows, () => 'all').values());
  const prev = mergeTallied(foldBy(prevRows, () => 'all').values());
  const byChannel = foldBy(rows, (r) => contactChannel(r.channel!), [...BULLETIN_CHANNELS]);
  const participation = participationBy(participationRows, (r) => r.channel);
  // A month or year under way averages over its days so far: over the whole month, 100 votes on the
  // 10th read 22.6 a week where the pace is 70.
  const today = localBucket(now, DEFAULT_TIME_ZONE).day;
  const daysSoFar = today >= from && today < to ? daysBetween(from, today) : daysBetween(from, to);
  return {
    scope: administrationId === null ? { kind: 'installation', id: null, name: 'Installazione' } : { kind: 'administration', id: administrationId, name: names.get(administrationId)!.name },
    period: { from, to },
    kind: period.kind,
    minSample,
    votes: total.total,
    weeklyAverage: Math.round((total.total / (daysSoFar / 7)) * 10) / 10,
    runningTotal: running.total,
    runningSince: running.since,
    score: scoreOf(total.sums, minSample),
    previous: comparison('previous', previous, total.sums, prev.sums, minSample, running.since),
    byChannel: [...byChannel].map(([channel, t]) => ({ channel, votes: t.total, score: scoreOf(t.sums, minSample), participation: participation.get(channel) ?? NO_PARTICIPATION })),
    reported,
    dataQuality: {
      computedAt: now.toISOString(),
      lateVotes: arrivals.late,
      redatedVotes: arrivals.redated,
      periodOpen: localBucket(now, DEFAULT_TIME_ZONE).day <= to,
      flaggedVotes: await getFlaggedCounts(db, officeIds, from, to),
    },
  };
}
