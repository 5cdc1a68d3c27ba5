// An administration's figures per month, as the public page, its open data and its badge show them: totals, channels, services, suppressed where the sample is too small.
import { CONTACT_CHANNELS, contactChannel } from '../../contract/channels';
import type { OpenDataRow, OpenDataStatus } from '../../contract/public-page-schemas';
import type { Participation } from '../../contract/report';
import type { Db } from '../../store/database';
import { getServiceNames } from '../../reports/queries/get-service-names';
import { participationOf } from '../../reports/shape/participation';
import { foldBy, type Tallied } from '../../reports/shape/tallied';
import { getMonthCells } from '../queries/get-month-cells';
import { getMonthParticipation } from '../queries/get-month-participation';
import type { MonthWindow } from '../window';
import { primaryStatus, protectFamily } from './suppress';

export interface PublicFigures {
  window: MonthWindow;
  minSample: number;
  /** Services with votes in the window, in name order. */
  services: { id: string; name: string }[];
  /** Services still offered that nobody rated in the window. */
  servicesWithoutVotes: string[];
  /** Every month of the window: first the month's total, then each contact channel, then each service. */
  rows: OpenDataRow[];
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function row(month: string, group: OpenDataRow['group'], key: { serviceId?: string; service?: string; channel?: OpenDataRow['channel'] }, t: Tallied, status: OpenDataStatus, p: Participation): OpenDataRow {
  const { votes, positive, negative, value } = t.sums;
  const shown = status === 'published';
  return {
    month,
    group,
    serviceId: key.serviceId ?? null,
    service: key.service ?? null,
    channel: key.channel ?? null,
    status,
    votes,
    positive: shown ? positive : null,
    neutral: shown ? votes - positive - negative : null,
    negative: shown ? negative : null,
    positiveShare: shown ? round(positive / votes, 4) : null,
    index: shown ? round((value / votes) * 100, 1) : null,
    served: p.served,
    servedVotes: p.served === null ? null : p.votes,
    participation: p.rate === null ? null : round(p.rate, 4),
    participationDays: p.daysCovered,
  };
}

export async function buildPublicFigures(db: Db, administrationId: string, window: MonthWindow, minSample: number): Promise<PublicFigures> {
  const [cells, participation, names] = await Promise.all([
    getMonthCells(db, administrationId, window.from, window.to),
    getMonthParticipation(db, administrationId, window.from, window.to),
    getServiceNames(db, administrationId),
  ]);
  const rated = new Set(cells.filter((c) => c.votes > 0).map((c) => c.service_id));
  // In the order an Italian reader looks a name up («Servizi sociali» before «SUAP»): the database's text order is by byte, and differs between stores.
  const services = [...names]
    .filter(([id]) => rated.has(id))
    .map(([id, s]) => ({ id, name: s.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'it'));
  const serviceIds = services.map((s) => s.id);

  const rows: OpenDataRow[] = [];
  for (const month of window.months) {
    const monthCells = cells.filter((c) => c.month === month);
    const monthPeople = participation.filter((p) => p.month === month);
    const all = foldBy(monthCells, () => 'all', ['all']).get('all')!;
    const byChannel = foldBy(monthCells, (c) => contactChannel(c.channel), CONTACT_CHANNELS);
    const byService = foldBy(monthCells, (c) => c.service_id, serviceIds);
    const allStatus = primaryStatus(all.sums.votes, minSample);

    const family = <K extends string>(groups: Map<K, Tallied>, keys: readonly K[]) =>
      protectFamily(allStatus, keys.map((key) => ({ key, votes: groups.get(key)!.sums.votes, status: primaryStatus(groups.get(key)!.sums.votes, minSample) })));
    const channelStatus = family(byChannel, CONTACT_CHANNELS);
    const serviceStatus = family(byService, serviceIds);

    rows.push(row(month, 'all', {}, all, allStatus, participationOf(monthPeople)));
    CONTACT_CHANNELS.forEach((channel, i) =>
      rows.push(row(month, 'channel', { channel }, byChannel.get(channel)!, channelStatus[i]!, participationOf(monthPeople.filter((p) => p.channel === channel)))),
    );
    services.forEach((s, i) =>
      rows.push(row(month, 'service', { serviceId: s.id, service: s.name }, byService.get(s.id)!, serviceStatus[i]!, participationOf(monthPeople.filter((p) => p.service_id === s.id)))),
    );
  }
  return {
    window,
    minSample,
    services,
    servicesWithoutVotes: [...names].filter(([id, s]) => !rated.has(id) && !s.archived).map(([, s]) => s.name),
    rows,
  };
}
