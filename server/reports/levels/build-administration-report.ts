// An administration's offices side by side, with its totals, services, channels, participation and charter summary.
import type { AdministrationReport } from '../../contract/levels';
import { localBucket } from '../../aggregates/time-bucket';
import { DEFAULT_TIME_ZONE } from '../../admin/offices/save-office';
import { AppError } from '../../http/app-error';
import type { ReportContext } from '../office/build-office-report';
import { scoreOf } from '../metrics/score';
import { checkPeriod } from '../period';
import { previousPeriod, yearBefore, type DayRange } from '../period-plan';
import { getFirstVoteMonth } from '../queries/get-first-vote-month';
import { getAdminFaceCounts } from '../queries/get-admin-face-counts';
import { getAdminParticipation } from '../queries/get-admin-participation';
import { getAdministrationNames, getAdministrationOffices } from '../queries/get-administrations';
import { getArrivals } from '../queries/get-arrivals';
import { getFaceCounts } from '../queries/get-face-counts';
import { getFlaggedCounts } from '../queries/get-flagged-counts';
import { getServiceNames } from '../queries/get-service-names';
import { getStandards } from '../queries/get-standards';
import { comparison } from '../shape/comparison';
import { NO_PARTICIPATION, participationBy, participationByChannel, participationOf } from '../shape/participation';
import { rankGroups } from '../shape/ranking';
import { foldBy, mergeTallied, present } from '../shape/tallied';
import { getOfferedServices } from '../queries/get-offered-services';
import { withStandardIn } from '../office/charter-checks';
import { charterSummary } from './charter-summary';

export async function buildAdministrationReport({ db, minSample, now }: ReportContext, administrationId: string, from: string, to: string): Promise<AdministrationReport> {
  checkPeriod(from, to);
  const administration = (await getAdministrationNames(db)).get(administrationId);
  if (!administration) throw new AppError('not_found', (w) => w.administrationMissing(administrationId));
  const offices = await getAdministrationOffices(db, administrationId);
  const officeIds = offices.map((o) => o.id);
  const ids = [administrationId];
  const previous = previousPeriod(from, to);
  const lastYear = yearBefore(from, to);

  const [cells, channelRows, prevRows, yearRows, participationRows, arrivals, standards, services, offered] = await Promise.all([
    getFaceCounts(db, officeIds, from, to, ['office_id', 'service_id']),
    getAdminFaceCounts(db, ids, from, to, ['channel']),
    getAdminFaceCounts(db, ids, previous.from, previous.to, []),
    getAdminFaceCounts(db, ids, lastYear.from, lastYear.to, []),
    getAdminParticipation(db, ids, from, to),
    getArrivals(db, officeIds, from, to),
    getStandards(db, administrationId),
    getServiceNames(db, administrationId),
    getOfferedServices(db, officeIds),
  ]);

  const total = mergeTallied(foldBy(cells, () => 'all').values());
  const byOffice = foldBy(cells, (r) => r.office_id!, offices.filter((o) => !o.archived).map((o) => o.id));
  const byService = foldBy(cells, (r) => r.service_id!);
  const officeParticipation = participationBy(participationRows, (r) => r.office_id);

  // Charter parts per office; a period cut by a standard change reads each part once for all offices.
  const parts = new Map<string, Promise<Map<string, ReturnType<typeof foldBy>>>>();
  const partSums = (range: DayRange) => {
    const key = `${range.from}/${range.to}`;
    if (!parts.has(key)) {
      parts.set(key, getFaceCounts(db, officeIds, range.from, range.to, ['office_id', 'service_id']).then((rows) => {
        const perOffice = new Map<string, ReturnType<typeof foldBy>>();
        for (const officeId of new Set(rows.map((r) => r.office_id!))) perOffice.set(officeId, foldBy(rows.filter((r) => r.office_id === officeId), (r) => r.service_id!));
        return perOffice;
      }));
    }
    return parts.get(key)!;
  };
  const names = new Map(offices.map((o) => [o.id, o]));
  const ranked = rankGroups([...byOffice].map(([officeId, tallied]) => ({ item: officeId, tallied })), minSample, (id) => names.get(id)?.name ?? id);
  const officeRows = await Promise.all(
    ranked.map(async (g) => {
      // Rated there, and offered there without a vote: a standard nobody's votes can meet is «no votes», not left out.
      const serviceIds = [...new Set([...cells.filter((r) => r.office_id === g.item).map((r) => r.service_id!), ...withStandardIn(offered.get(g.item) ?? [], standards, { from, to })])];
      const charter = await charterSummary(serviceIds, standards, { from, to }, async (range) => {
        const perService = (await partSums(range)).get(g.item) ?? new Map();
        return new Map([...perService].map(([id, t]) => [id, t.sums]));
      }, minSample);
      return {
        officeId: g.item,
        name: names.get(g.item)?.name ?? g.item,
        archived: names.get(g.item)?.archived ?? false,
        ...present(g.tallied, minSample),
        rankScore: g.rankScore,
        rank: g.rank,
        charter,
        participation: officeParticipation.get(g.item) ?? NO_PARTICIPATION,
      };
    }),
  );

  const rankedServices = rankGroups([...byService].map(([serviceId, tallied]) => ({ item: serviceId, tallied })), minSample, (id) => services.get(id)?.name ?? id);
  const channels = foldBy(channelRows, (r) => r.channel!);
  const prevSums = mergeTallied(foldBy(prevRows, () => 'all').values()).sums;
  const yearSums = mergeTallied(foldBy(yearRows, () => 'all').values()).sums;
  const today = localBucket(now, offices[0]?.timeZone ?? DEFAULT_TIME_ZONE).day;

  const firstMonth = await getFirstVoteMonth(db, { administrations: [administrationId] });
  return {
    administration: { id: administrationId, name: administration.name },
    period: { from, to },
    minSample,
    totals: { total: total.total, faces: total.faces },
    score: scoreOf(total.sums, minSample),
    comparisons: [comparison('previous', previous, total.sums, prevSums, minSample, firstMonth), comparison('year-before', lastYear, total.sums, yearSums, minSample, firstMonth)],
    offices: officeRows,
    byService: rankedServices.map((g) => ({
      serviceId: g.item,
      name: services.get(g.item)?.name ?? g.item,
      archived: services.get(g.item)?.archived ?? false,
      ...present(g.tallied, minSample),
      rankScore: g.rankScore,
      rank: g.rank,
    })),
    byChannel: [...channels].map(([channel, t]) => ({ channel, ...present(t, minSample) })).sort((a, b) => b.total - a.total),
    participation: { total: participationOf(participationRows), byChannel: participationByChannel(participationRows) },
    dataQuality: { computedAt: now.toISOString(), lateVotes: arrivals.late, redatedVotes: arrivals.redated, periodOpen: today <= to, flaggedVotes: await getFlaggedCounts(db, officeIds, from, to) },
  };
}
