// Builds an office's report for a period from the aggregate tables (never from raw votes).
import type { OfficeReport } from '../contract/report';
import type { QualityDimension } from '../contract/quality';
import { AppError } from '../http/app-error';
import type { Db } from '../store/database';
import { getFaceCounts } from './get-face-counts';
import { getFollowUpCounts } from './get-follow-up-counts';
import { getOffice } from './get-office';
import { getReasonCounts } from './get-reason-counts';
import { getServiceNames } from './get-service-names';
import { checkPeriod, eachDay } from './period';
import { sumTallies, tallyBy } from './tally';

const HOURS = Array.from({ length: 24 }, (_, h) => String(h));

export async function getOfficeReport(db: Db, officeId: string, from: string, to: string): Promise<OfficeReport> {
  checkPeriod(from, to);
  const office = await getOffice(db, officeId);
  if (!office) throw new AppError('office_unknown', `Office "${officeId}" does not exist.`);

  const [byService, byChannel, byDay, byHour, reasons, followUps, services] = await Promise.all([
    getFaceCounts(db, officeId, from, to, 'service_id'),
    getFaceCounts(db, officeId, from, to, 'channel'),
    getFaceCounts(db, officeId, from, to, 'day'),
    getFaceCounts(db, officeId, from, to, 'hour'),
    getReasonCounts(db, officeId, from, to),
    getFollowUpCounts(db, officeId, from, to),
    getServiceNames(db, office.administration.id),
  ]);

  const serviceTallies = tallyBy(byService);
  return {
    office: { id: office.id, name: office.name, timeZone: office.timeZone, administration: office.administration.name },
    period: { from, to },
    totals: sumTallies(serviceTallies.values()),
    byService: [...serviceTallies]
      .map(([serviceId, t]) => ({ serviceId, name: services.get(serviceId)?.name ?? serviceId, archived: services.get(serviceId)?.archived ?? false, ...t }))
      .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'it')),
    byChannel: [...tallyBy(byChannel)].map(([channel, t]) => ({ channel, ...t })).sort((a, b) => b.total - a.total),
    daily: [...tallyBy(byDay, eachDay(from, to))].map(([day, t]) => ({ day, ...t })),
    byHour: [...tallyBy(byHour, HOURS)].map(([hour, t]) => ({ hour: Number(hour), ...t })),
    reasons: reasons
      .sort((a, b) => b.count - a.count || a.position - b.position)
      .map((r) => ({ reasonId: r.reasonId, label: r.label, dimension: r.dimension as QualityDimension | null, count: r.count })),
    followUp: { chosen: followUps.get('chosen') ?? 0, skipped: followUps.get('skipped') ?? 0, timeout: followUps.get('timeout') ?? 0 },
  };
}
