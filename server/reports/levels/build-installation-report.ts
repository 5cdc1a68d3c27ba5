// The installation's administrations side by side (a consortium's comuni), with its totals, channels and participation.
import type { InstallationReport } from '../../contract/levels';
import { localBucket } from '../../aggregates/time-bucket';
import { DEFAULT_TIME_ZONE } from '../../admin/offices/save-office';
import type { ReportContext } from '../office/build-office-report';
import { scoreOf } from '../metrics/score';
import { checkPeriod } from '../period';
import { previousPeriod, yearBefore } from '../period-plan';
import { getFirstVoteMonth } from '../queries/get-first-vote-month';
import { getAdminFaceCounts } from '../queries/get-admin-face-counts';
import { getAdminParticipation } from '../queries/get-admin-participation';
import { getAdministrationNames } from '../queries/get-administrations';
import { getAllArrivals } from '../queries/get-arrivals';
import { getFlaggedCounts } from '../queries/get-flagged-counts';
import { comparison } from '../shape/comparison';
import { NO_PARTICIPATION, participationBy, participationByChannel, participationOf } from '../shape/participation';
import { rankGroups } from '../shape/ranking';
import { foldBy, mergeTallied, present } from '../shape/tallied';

export async function buildInstallationReport({ db, minSample, now }: ReportContext, from: string, to: string): Promise<InstallationReport> {
  checkPeriod(from, to);
  const previous = previousPeriod(from, to);
  const lastYear = yearBefore(from, to);
  const [cells, prevRows, yearRows, participationRows, arrivals, names, firstMonth] = await Promise.all([
    getAdminFaceCounts(db, null, from, to, ['administration_id', 'channel']),
    getAdminFaceCounts(db, null, previous.from, previous.to, []),
    getAdminFaceCounts(db, null, lastYear.from, lastYear.to, []),
    getAdminParticipation(db, null, from, to),
    getAllArrivals(db, from, to),
    getAdministrationNames(db),
    getFirstVoteMonth(db, { administrations: null }),
  ]);
  const live = [...names].filter(([, a]) => !a.archived).map(([id]) => id);
  const byAdministration = foldBy(cells, (r) => r.administration_id!, live);
  const total = mergeTallied(byAdministration.values());
  const participation = participationBy(participationRows, (r) => r.administration_id);
  const ranked = rankGroups([...byAdministration].map(([id, tallied]) => ({ item: id, tallied })), minSample, (id) => names.get(id)?.name ?? id);
  const sums = (rows: typeof prevRows) => mergeTallied(foldBy(rows, () => 'all').values()).sums;
  return {
    period: { from, to },
    minSample,
    totals: { total: total.total, faces: total.faces },
    score: scoreOf(total.sums, minSample),
    comparisons: [comparison('previous', previous, total.sums, sums(prevRows), minSample, firstMonth), comparison('year-before', lastYear, total.sums, sums(yearRows), minSample, firstMonth)],
    administrations: ranked.map((g) => ({
      administrationId: g.item,
      name: names.get(g.item)?.name ?? g.item,
      archived: names.get(g.item)?.archived ?? false,
      ...present(g.tallied, minSample),
      rankScore: g.rankScore,
      rank: g.rank,
      participation: participation.get(g.item) ?? NO_PARTICIPATION,
    })),
    byChannel: [...foldBy(cells, (r) => r.channel!)].map(([channel, t]) => ({ channel, ...present(t, minSample) })).sort((a, b) => b.total - a.total),
    participation: { total: participationOf(participationRows), byChannel: participationByChannel(participationRows) },
    dataQuality: {
      computedAt: now.toISOString(),
      lateVotes: arrivals.late,
      redatedVotes: arrivals.redated,
      periodOpen: localBucket(now, DEFAULT_TIME_ZONE).day <= to,
      flaggedVotes: await getFlaggedCounts(db, null, from, to),
    },
  };
}
