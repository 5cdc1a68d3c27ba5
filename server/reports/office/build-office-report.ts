// Builds an office's report for a period from the rollups (never from raw votes): the verdict,
// the comparisons, the charter, participation, when and why.
import type { OfficeReport } from '../../contract/report';
import { localBucket } from '../../aggregates/time-bucket';
import { AppError } from '../../http/app-error';
import type { Db } from '../../store/database';
import { rankByShrunkShare } from '../metrics/rank';
import { scoreOf } from '../metrics/score';
import { checkPeriod, eachDay } from '../period';
import { holidaysIn, previousPeriod, yearBefore, type DayRange } from '../period-plan';
import { getFirstVoteMonth } from '../queries/get-first-vote-month';
import { getArrivals } from '../queries/get-arrivals';
import { getFaceCounts, type FaceCountParts } from '../queries/get-face-counts';
import { getFlaggedCounts } from '../queries/get-flagged-counts';
import { getFaceSeries } from '../queries/get-face-series';
import { getFollowUpCounts } from '../queries/get-follow-up-counts';
import { getDayHourCounts, getHourCounts, type HourRow } from '../queries/get-hour-counts';
import { getOffice } from '../queries/get-office';
import { getOfficeCalendar } from '../queries/get-office-calendar';
import { getOfficeServices } from '../queries/get-office-services';
import { getParticipation } from '../queries/get-participation';
import { getReasonCounts } from '../queries/get-reason-counts';
import { getReasonLabels } from '../queries/get-reason-labels';
import { getServiceNames } from '../queries/get-service-names';
import { getStandards } from '../queries/get-standards';
import { comparison } from '../shape/comparison';
import { buildHeatmap } from '../shape/heatmap';
import { NO_PARTICIPATION, participationBy, participationByChannel, participationOf } from '../shape/participation';
import { reasonShares, reasonsByService, reasonTrend } from '../shape/reasons';
import { addRow, emptyTallied, foldBy, mergeTallied, present, votesOf, type Tallied } from '../shape/tallied';
import { bucketOf, trendBuckets, trendUnit } from '../shape/trend';
import { charterChecks } from './charter-checks';

export interface ReportContext {
  db: Db;
  /** Below this many votes a figure is a small sample (REPORT_MIN_VOTES). */
  minSample: number;
  now: Date;
}

const HOURS = Array.from({ length: 24 }, (_, h) => String(h));

/** Votes of a period per service, and in total: what comparisons and charter parts need (`parts`: see getFaceCounts). */
async function serviceSums(db: Db, officeId: string, range: DayRange, parts: FaceCountParts) {
  const rows = await getFaceCounts(db, [officeId], range.from, range.to, ['service_id'], parts);
  const byService = foldBy(rows, (r) => r.service_id!);
  return { byService, total: mergeTallied(byService.values()) };
}

/**
 * The period's votes the hour rollups leave out (contract/channels.ts `inOfficeHours`): the website's
 * ratings by their channel, and the rest of the difference between all the votes and those in the
 * hours, which are the QR codes' (they share the channel sportello with the counters' votes).
 */
function notInHours(all: number, hours: readonly HourRow[], channels: ReadonlyMap<string, Tallied>) {
  const web = channels.get('web')?.total ?? 0;
  const inHours = hours.reduce((n, r) => n + votesOf(r), 0);
  return { web, qr: Math.max(0, all - inHours - web) };
}

export async function buildOfficeReport({ db, minSample, now }: ReportContext, officeId: string, from: string, to: string): Promise<OfficeReport> {
  checkPeriod(from, to);
  const office = await getOffice(db, officeId);
  if (!office) throw new AppError('office_unknown', (w) => w.officeMissing(officeId));
  const ids = [officeId];
  const period = { from, to };
  const unit = trendUnit(from, to);
  const buckets = trendBuckets(from, to, unit);
  const calendar = await getOfficeCalendar(db, officeId);
  const holidays = holidaysIn(calendar.holidays, from, to);
  const previous = previousPeriod(from, to);
  const lastYear = yearBefore(from, to);
  const parts: FaceCountParts = new Map();

  const [main, daily, series, hours, holidayHours, reasonsPerService, reasonsPerDay, followUps, arrivals, participationRows, prev, year, offered, names, standards, labels] =
    await Promise.all([
      getFaceCounts(db, ids, from, to, ['service_id', 'channel'], parts),
      getFaceSeries(db, ids, from, to, 'day', false),
      getFaceSeries(db, ids, from, to, unit === 'month' ? 'month' : 'day', true, parts),
      getHourCounts(db, ids, from, to),
      getDayHourCounts(db, ids, from, to, holidays),
      // Reasons per service serve the reasons overall too; per month as well when the trend is by
      // month: one read instead of three (per service and month, the months' rows number in hundreds).
      getReasonCounts(db, ids, from, to, { byService: true, ...(unit === 'month' ? { byTime: 'month' as const } : {}) }),
      unit === 'month' ? Promise.resolve(null) : getReasonCounts(db, ids, from, to, { byTime: 'day' }),
      getFollowUpCounts(db, ids, from, to),
      getArrivals(db, ids, from, to),
      getParticipation(db, ids, from, to),
      serviceSums(db, officeId, previous, parts),
      serviceSums(db, officeId, lastYear, parts),
      getOfficeServices(db, officeId),
      getServiceNames(db, office.administration.id),
      getStandards(db, office.administration.id),
      getReasonLabels(db, [office.administration.id]),
    ]);
  const flagged = await getFlaggedCounts(db, ids, from, to);
  const reasons = reasonsPerService;
  const reasonsOverTime = reasonsPerDay ?? reasonsPerService;

  const services = foldBy(main, (r) => r.service_id!, offered);
  const channels = foldBy(main, (r) => r.channel!);
  const total = mergeTallied(services.values());
  const participationOfService = participationBy(participationRows, (r) => r.service_id);

  const serviceList = [...services.keys()].map((serviceId) => ({ serviceId, name: names.get(serviceId)?.name ?? serviceId }));
  const charter = await charterChecks(serviceList, standards, period, async (range) => {
    if (range.from === from && range.to === to) return new Map([...services].map(([id, t]) => [id, t.sums]));
    const part = await serviceSums(db, officeId, range, parts);
    return new Map([...part.byService].map(([id, t]) => [id, t.sums]));
  }, minSample);

  // Worst first by the shrunk share, so that a service with two unhappy votes does not head the list.
  const ranked = rankByShrunkShare([...services.values()].map((t) => t.sums), minSample);
  // Where the earlier periods stop being covered whole: the office's first vote.
  const firstMonth = await getFirstVoteMonth(db, { offices: ids });
  const byService = [...services]
    .map(([serviceId, t], i) => ({
      serviceId,
      name: names.get(serviceId)?.name ?? serviceId,
      archived: names.get(serviceId)?.archived ?? false,
      ...present(t, minSample),
      comparisons: [
        comparison('previous', previous, t.sums, (prev.byService.get(serviceId) ?? emptyTallied()).sums, minSample, firstMonth),
        comparison('year-before', lastYear, t.sums, (year.byService.get(serviceId) ?? emptyTallied()).sums, minSample, firstMonth),
      ],
      charter: charter.get(serviceId) ?? null,
      participation: participationOfService.get(serviceId) ?? NO_PARTICIPATION,
      order: ranked[i]!,
    }))
    .sort((a, b) => {
      const small = Number(a.order.rank === null) - Number(b.order.rank === null);
      if (small !== 0) return small;
      return (a.order.rankScore ?? 1) - (b.order.rankScore ?? 1) || b.total - a.total || a.name.localeCompare(b.name, 'it');
    })
    .map(({ order: _order, ...s }) => s);

  // The trend: per bucket in total and per service, every bucket present.
  const seriesBucket = (bucket: string) => bucketOf(buckets, bucket);
  const trendTotal = new Map(buckets.map((b) => [b, emptyTallied()]));
  const trendService = new Map<string, Map<(typeof buckets)[number], Tallied>>();
  for (const r of series) {
    const b = seriesBucket(r.bucket);
    if (!b) continue;
    const perService = trendService.get(r.service_id!) ?? new Map(buckets.map((x) => [x, emptyTallied()]));
    trendService.set(r.service_id!, perService);
    addRow(trendTotal.get(b)!, r);
    addRow(perService.get(b)!, r);
  }

  const dailyTallies = foldBy(daily, (r) => r.bucket, eachDay(from, to));
  const hourTallies = foldBy(hours, (r) => String(r.hour), HOURS);
  const negative = total.sums.negative;
  const chosen = followUps.get('chosen') ?? 0;
  const skipped = followUps.get('skipped') ?? 0;
  const timeout = followUps.get('timeout') ?? 0;
  const today = localBucket(now, office.timeZone).day;

  return {
    office: { id: office.id, name: office.name, timeZone: office.timeZone, administration: office.administration.name, administrationId: office.administration.id },
    period,
    minSample,
    totals: { total: total.total, faces: total.faces },
    score: scoreOf(total.sums, minSample),
    comparisons: [comparison('previous', previous, total.sums, prev.total.sums, minSample, firstMonth), comparison('year-before', lastYear, total.sums, year.total.sums, minSample, firstMonth)],
    byService,
    byChannel: [...channels].map(([channel, t]) => ({ channel, ...present(t, minSample) })).sort((a, b) => b.total - a.total),
    participation: { total: participationOf(participationRows), byChannel: participationByChannel(participationRows) },
    daily: [...dailyTallies].map(([day, t]) => ({ day, total: t.total, faces: t.faces })),
    byHour: [...hourTallies].map(([hour, t]) => ({ hour: Number(hour), total: t.total, faces: t.faces })),
    trend: {
      unit,
      buckets: buckets.map((b) => ({ ...b, ...present(trendTotal.get(b)!, minSample) })),
      // In service-id order, not the order the store returned rows in: a PostgreSQL copy and the
      // SQLite original must give the same report (tests/server/cli/migrate-to-postgres.test.ts).
      byService: [...trendService]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([serviceId, m]) => ({ serviceId, buckets: buckets.map((b) => ({ ...b, ...present(m.get(b)!, minSample) })) })),
    },
    heatmap: buildHeatmap(hours, holidayHours, calendar.openingHours, notInHours(total.total, hours, channels)),
    reasons: reasonShares(reasons, labels, negative),
    reasonsByService: reasonsByService(reasonsPerService, labels, (id) => services.get(id)?.sums.negative ?? 0),
    reasonTrend: reasonTrend(reasonsOverTime, buckets, (b) => trendTotal.get(b)?.sums.negative ?? 0),
    followUp: { negative, chosen, skipped, timeout, notAsked: Math.max(0, negative - chosen - skipped - timeout) },
    dataQuality: { computedAt: now.toISOString(), lateVotes: arrivals.late, redatedVotes: arrivals.redated, periodOpen: today <= to, flaggedVotes: flagged },
  };
}
