// An administration's calendar year for its annual performance report: per office and service, with the charter checks.
import type { YearlyReport, YearlyService } from '../../contract/yearly';
import type { CharterCheck } from '../../contract/report';
import { localBucket } from '../../aggregates/time-bucket';
import { DEFAULT_TIME_ZONE } from '../../admin/offices/save-office';
import { FIRST_REPORT_YEAR } from '../../contract/exports';
import { AppError } from '../../http/app-error';
import type { ReportContext } from '../office/build-office-report';
import { getOfferedServices, offeredAnywhere } from '../queries/get-offered-services';
import { charterChecks, withStandardIn } from '../office/charter-checks';
import { eachMonth, type DayRange } from '../period-plan';
import { getFirstVoteMonth } from '../queries/get-first-vote-month';
import { getAdminFaceCounts } from '../queries/get-admin-face-counts';
import { getAdminParticipation } from '../queries/get-admin-participation';
import { getAdministrationNames, getAdministrationOffices } from '../queries/get-administrations';
import { getArrivals } from '../queries/get-arrivals';
import { getFaceCounts } from '../queries/get-face-counts';
import { getFaceSeries } from '../queries/get-face-series';
import { getFlaggedCounts } from '../queries/get-flagged-counts';
import { getServiceNames } from '../queries/get-service-names';
import { getStandards } from '../queries/get-standards';
import { comparison } from '../shape/comparison';
import { NO_PARTICIPATION, participationBy } from '../shape/participation';
import { foldBy, mergeTallied, present, type Tallied } from '../shape/tallied';
import { emptyCharterSummary } from './charter-summary';

/** The first year a report may ask for: gradimento's votes cannot be older. */
const FIRST_YEAR = FIRST_REPORT_YEAR;

export async function buildYearlyReport({ db, minSample, now }: ReportContext, administrationId: string, year: string): Promise<YearlyReport> {
  const administration = (await getAdministrationNames(db)).get(administrationId);
  if (!administration) throw new AppError('not_found', (w) => w.administrationMissing(administrationId));
  const offices = await getAdministrationOffices(db, administrationId);
  const zone = offices[0]?.timeZone ?? DEFAULT_TIME_ZONE;
  const thisYear = Number(localBucket(now, zone).day.slice(0, 4));
  if (!/^\d{4}$/.test(year) || Number(year) < FIRST_YEAR || Number(year) > thisYear) {
    throw new AppError('validation_failed', (w) => w.yearOutOfRange(FIRST_YEAR, thisYear), [{ field: '/year', reason: (w) => w.notAReportYear(year, FIRST_YEAR, thisYear) }]);
  }
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const officeIds = offices.map((o) => o.id);
  const [cells, monthRows, prevRows, participationRows, arrivals, standards, services, offered] = await Promise.all([
    getFaceCounts(db, officeIds, from, to, ['office_id', 'service_id']),
    getFaceSeries(db, officeIds, from, to, 'month', false),
    getAdminFaceCounts(db, [administrationId], `${Number(year) - 1}-01-01`, `${Number(year) - 1}-12-31`, []),
    getAdminParticipation(db, [administrationId], from, to),
    getArrivals(db, officeIds, from, to),
    getStandards(db, administrationId),
    getServiceNames(db, administrationId),
    getOfferedServices(db, officeIds),
  ]);
  // A year without votes is still a report (all zeros, each month there): the annual report must say so, not fail.
  const total = mergeTallied(foldBy(cells, () => 'all').values());

  // A charter part cut by a standard change is read once for every office and service.
  const parts = new Map<string, Promise<typeof cells>>();
  const partRows = (range: DayRange) => {
    const key = `${range.from}/${range.to}`;
    if (!parts.has(key)) parts.set(key, range.from === from && range.to === to ? Promise.resolve(cells) : getFaceCounts(db, officeIds, range.from, range.to, ['office_id', 'service_id']));
    return parts.get(key)!;
  };
  const sumsFor = (officeId: string | null) => async (range: DayRange) => {
    const rows = (await partRows(range)).filter((r) => officeId === null || r.office_id === officeId);
    return new Map([...foldBy(rows, (r) => r.service_id!)].map(([id, t]) => [id, t.sums]));
  };
  const serviceName = (id: string) => services.get(id)?.name ?? id;
  const serviceRows = async (byService: Map<string, Tallied>, officeId: string | null, participation: Map<string, YearlyService['participation']>): Promise<YearlyService[]> => {
    const list = [...byService.keys()].map((serviceId) => ({ serviceId, name: serviceName(serviceId) }));
    const checks: Map<string, CharterCheck> = await charterChecks(list, standards, { from, to }, sumsFor(officeId), minSample);
    return [...byService]
      .map(([serviceId, t]) => ({
        serviceId,
        name: serviceName(serviceId),
        archived: services.get(serviceId)?.archived ?? false,
        ...present(t, minSample),
        charter: checks.get(serviceId) ?? null,
        participation: participation.get(serviceId) ?? NO_PARTICIPATION,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'it'));
  };

  const officeName = new Map(offices.map((o) => [o.id, o]));
  const byOffice = foldBy(cells, (r) => r.office_id!);
  const officeRows = await Promise.all(
    [...byOffice].map(async ([officeId, t]) => {
      const rows = await serviceRows(
        // With the services offered there under a standard that nobody rated: judged «no votes», not left out.
        foldBy(cells.filter((r) => r.office_id === officeId), (r) => r.service_id!, withStandardIn(offered.get(officeId) ?? [], standards, { from, to })),
        officeId,
        participationBy(participationRows.filter((r) => r.office_id === officeId), (r) => r.service_id),
      );
      const charter = emptyCharterSummary();
      for (const s of rows) if (s.charter) charter[s.charter.verdict] += 1;
      return {
        officeId,
        name: officeName.get(officeId)?.name ?? officeId,
        archived: officeName.get(officeId)?.archived ?? false,
        ...present(t, minSample),
        charter,
        participation: participationBy(participationRows.filter((r) => r.office_id === officeId), () => 'all').get('all') ?? NO_PARTICIPATION,
        services: rows,
      };
    }),
  );
  officeRows.sort((a, b) => a.name.localeCompare(b.name, 'it'));
  const charter = emptyCharterSummary();
  for (const o of officeRows) for (const s of o.services) if (s.charter) charter[s.charter.verdict] += 1;

  const months = foldBy(monthRows, (r) => r.bucket.slice(0, 7), eachMonth(`${year}-01`, `${year}-12`));
  const prev = mergeTallied(foldBy(prevRows, () => 'all').values());
  return {
    administration: { id: administrationId, name: administration.name },
    year,
    period: { from, to },
    minSample,
    ...present(total, minSample),
    previousYear: comparison('year-before', { from: `${Number(year) - 1}-01-01`, to: `${Number(year) - 1}-12-31` }, total.sums, prev.sums, minSample, await getFirstVoteMonth(db, { offices: officeIds })),
    months: [...months].map(([month, t]) => ({ month, ...present(t, minSample) })),
    charter,
    byService: await serviceRows(foldBy(cells, (r) => r.service_id!, withStandardIn(offeredAnywhere(offered), standards, { from, to })), null, participationBy(participationRows, (r) => r.service_id)),
    offices: officeRows,
    dataQuality: { computedAt: now.toISOString(), lateVotes: arrivals.late, redatedVotes: arrivals.redated, periodOpen: localBucket(now, zone).day <= to, flaggedVotes: await getFlaggedCounts(db, officeIds, from, to) },
  };
}
