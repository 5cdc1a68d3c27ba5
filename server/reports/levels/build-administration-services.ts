// An administration's services over all its offices, in the detail an office report gives each of its own:
// comparisons, the charter with its segments, reasons and the trend. For the administration's exports.
import type { CharterCheck, Comparison, OfficeReport, Participation, Score, TrendBucket, TrendUnit } from '../../contract/report';
import type { FaceCounts } from '../../contract/report-parts';
import type { ReportContext } from '../office/build-office-report';
import { charterChecks, withStandardIn } from '../office/charter-checks';
import { rankByShrunkShare } from '../metrics/rank';
import { eachDay } from '../period';
import { previousPeriod, yearBefore, type DayRange } from '../period-plan';
import { getFirstVoteMonth } from '../queries/get-first-vote-month';
import { getFaceCounts } from '../queries/get-face-counts';
import { getFaceSeries } from '../queries/get-face-series';
import { getFollowUpCounts } from '../queries/get-follow-up-counts';
import { getParticipation } from '../queries/get-participation';
import { getReasonCounts } from '../queries/get-reason-counts';
import { getOfferedServices, offeredAnywhere } from '../queries/get-offered-services';
import { getReasonLabels } from '../queries/get-reason-labels';
import { getServiceNames } from '../queries/get-service-names';
import { getStandards } from '../queries/get-standards';
import { comparison } from '../shape/comparison';
import { NO_PARTICIPATION, participationBy } from '../shape/participation';
import { reasonShares, reasonsByService } from '../shape/reasons';
import { addRow, emptyTallied, foldBy, mergeTallied, present, type Tallied } from '../shape/tallied';
import { bucketOf, trendBuckets, trendUnit } from '../shape/trend';

export interface ServiceDetail {
  serviceId: string;
  name: string;
  archived: boolean;
  total: number;
  faces: FaceCounts;
  score: Score;
  comparisons: Comparison[];
  charter: CharterCheck | null;
  participation: Participation;
  negative: number;
  reasons: OfficeReport['reasons'];
  trend: TrendBucket[];
}

export interface AdministrationServices {
  unit: TrendUnit;
  /** Worst first by the shrunk share, small samples last: as an office report orders its services. */
  services: ServiceDetail[];
  trend: TrendBucket[];
  daily: OfficeReport['daily'];
  reasons: OfficeReport['reasons'];
  followUp: OfficeReport['followUp'];
}

export async function buildAdministrationServices(
  { db, minSample }: ReportContext,
  administrationId: string,
  officeIds: readonly string[],
  from: string,
  to: string,
): Promise<AdministrationServices> {
  const unit = trendUnit(from, to);
  const buckets = trendBuckets(from, to, unit);
  const previous = previousPeriod(from, to);
  const lastYear = yearBefore(from, to);
  const sums = async (range: DayRange) => new Map([...foldBy(await getFaceCounts(db, officeIds, range.from, range.to, ['service_id']), (r) => r.service_id!)].map(([id, t]) => [id, t.sums]));
  const [main, daily, series, reasons, reasonsPerService, followUps, participationRows, prev, year, names, standards, labels, offered] = await Promise.all([
    getFaceCounts(db, officeIds, from, to, ['service_id']),
    getFaceSeries(db, officeIds, from, to, 'day', false),
    getFaceSeries(db, officeIds, from, to, unit === 'month' ? 'month' : 'day', true),
    getReasonCounts(db, officeIds, from, to),
    getReasonCounts(db, officeIds, from, to, { byService: true }),
    getFollowUpCounts(db, officeIds, from, to),
    getParticipation(db, officeIds, from, to),
    sums(previous),
    sums(lastYear),
    getServiceNames(db, administrationId),
    getStandards(db, administrationId),
    getReasonLabels(db, [administrationId]),
    getOfferedServices(db, officeIds),
  ]);
  // With the services its terminals offer under a standard that nobody rated: judged «no votes», not left out.
  const services = foldBy(main, (r) => r.service_id!, withStandardIn(offeredAnywhere(offered), standards, { from, to }));
  const total = mergeTallied(services.values());
  const name = (id: string) => names.get(id)?.name ?? id;
  const charter = await charterChecks(
    [...services.keys()].map((serviceId) => ({ serviceId, name: name(serviceId) })),
    standards,
    { from, to },
    async (range) => (range.from === from && range.to === to ? new Map([...services].map(([id, t]) => [id, t.sums])) : sums(range)),
    minSample,
  );
  const perServiceReasons = new Map(reasonsByService(reasonsPerService, labels, (id) => services.get(id)?.sums.negative ?? 0).map((r) => [r.serviceId, r.reasons]));
  const participation = participationBy(participationRows, (r) => r.service_id);

  const trendTotal = new Map(buckets.map((b) => [b, emptyTallied()]));
  const trendService = new Map<string, Map<(typeof buckets)[number], Tallied>>();
  for (const r of series) {
    const b = bucketOf(buckets, r.bucket);
    if (!b) continue;
    const perService = trendService.get(r.service_id!) ?? new Map(buckets.map((x) => [x, emptyTallied()]));
    trendService.set(r.service_id!, perService);
    addRow(trendTotal.get(b)!, r);
    addRow(perService.get(b)!, r);
  }
  const trendOf = (m: Map<(typeof buckets)[number], Tallied> | undefined) => buckets.map((b) => ({ ...b, ...present(m?.get(b) ?? emptyTallied(), minSample) }));

  const ranked = rankByShrunkShare([...services.values()].map((t) => t.sums), minSample);
  const firstMonth = await getFirstVoteMonth(db, { offices: officeIds });
  const list = [...services]
    .map(([serviceId, t], i) => ({
      serviceId,
      name: name(serviceId),
      archived: names.get(serviceId)?.archived ?? false,
      ...present(t, minSample),
      comparisons: [comparison('previous', previous, t.sums, prev.get(serviceId) ?? emptyTallied().sums, minSample, firstMonth), comparison('year-before', lastYear, t.sums, year.get(serviceId) ?? emptyTallied().sums, minSample, firstMonth)],
      charter: charter.get(serviceId) ?? null,
      participation: participation.get(serviceId) ?? NO_PARTICIPATION,
      negative: t.sums.negative,
      reasons: perServiceReasons.get(serviceId) ?? [],
      trend: trendOf(trendService.get(serviceId)),
      order: ranked[i]!,
    }))
    .sort((a, b) => {
      const small = Number(a.order.rank === null) - Number(b.order.rank === null);
      return small || (a.order.rankScore ?? 1) - (b.order.rankScore ?? 1) || b.total - a.total || a.name.localeCompare(b.name, 'it');
    })
    .map(({ order: _order, ...s }) => s);

  const negative = total.sums.negative;
  const chosen = followUps.get('chosen') ?? 0;
  const skipped = followUps.get('skipped') ?? 0;
  const timeout = followUps.get('timeout') ?? 0;
  return {
    unit,
    services: list,
    trend: trendOf(trendTotal),
    daily: [...foldBy(daily, (r) => r.bucket, eachDay(from, to))].map(([day, t]) => ({ day, total: t.total, faces: t.faces })),
    reasons: reasonShares(reasons, labels, negative),
    followUp: { negative, chosen, skipped, timeout, notAsked: Math.max(0, negative - chosen - skipped - timeout) },
  };
}
