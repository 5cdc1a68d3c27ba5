// The export's finest table: votes per day, office, service and channel, with the faces in use and a count per reason.
import { FACE_IDS, type FaceId } from '../../contract/scale';
import type { Db } from '../../store/database';
import { getDailyReasonCounts } from '../queries/get-daily-reason-counts';
import { getDailyServiceCounts } from '../queries/get-daily-service-counts';
import { getReasonLabels } from '../queries/get-reason-labels';
import { getServiceNames } from '../queries/get-service-names';
import { getTerminalScales } from '../queries/get-terminal-scales';
import { facesInUse } from './faces-in-use';

export interface DailyRow {
  day: string;
  officeId: string;
  office: string;
  serviceId: string;
  service: string;
  channel: string;
  total: number;
  faces: ReadonlyMap<string, number>;
  /** Negative votes of this row that gave each reason (a citizen may give several). */
  reasons: ReadonlyMap<string, number>;
}

export interface ReasonColumn {
  id: string;
  /** As the administration typed it: data, never translated. */
  label: string;
  /** No longer offered, but named by votes of the period: its header says so, in the file's language. */
  retired: boolean;
}

export interface DailyTable {
  faces: FaceId[];
  /** The administration's live reasons in its order, then retired ones that votes of the period name. */
  reasons: ReasonColumn[];
  rows: DailyRow[];
}

const key = (...parts: string[]) => parts.join('\u0000');

export async function buildDailyTable(db: Db, administrationId: string, offices: readonly { id: string; name: string }[], from: string, to: string): Promise<DailyTable> {
  const officeIds = offices.map((o) => o.id);
  const [counts, reasonCounts, scales, services, labels] = await Promise.all([
    getDailyServiceCounts(db, officeIds, from, to),
    getDailyReasonCounts(db, officeIds, from, to),
    getTerminalScales(db, officeIds),
    getServiceNames(db, administrationId),
    getReasonLabels(db, [administrationId]),
  ]);
  const officeName = new Map(offices.map((o) => [o.id, o.name]));
  const rows = new Map<string, DailyRow & { faces: Map<string, number>; reasons: Map<string, number> }>();
  for (const c of counts) {
    const k = key(c.day, c.officeId, c.serviceId, c.channel);
    let row = rows.get(k);
    if (!row) {
      row = { day: c.day, officeId: c.officeId, office: officeName.get(c.officeId) ?? c.officeId, serviceId: c.serviceId, service: services.get(c.serviceId)?.name ?? c.serviceId, channel: c.channel, total: 0, faces: new Map(), reasons: new Map() };
      rows.set(k, row);
    }
    row.total += c.tally.votes;
    for (const f of FACE_IDS) if (c.tally[f] > 0) row.faces.set(f, (row.faces.get(f) ?? 0) + c.tally[f]);
  }
  const named = new Set<string>();
  for (const r of reasonCounts) {
    const row = rows.get(key(r.day, r.officeId, r.serviceId, r.channel));
    // A reason always comes with its negative vote, so its row exists; were it not, there is no row to put it on.
    if (!row || r.count === 0) continue;
    row.reasons.set(r.reasonId, (row.reasons.get(r.reasonId) ?? 0) + r.count);
    named.add(r.reasonId);
  }
  const reasons = [...labels]
    .filter(([id, l]) => !l.archived || named.has(id))
    .sort(([, a], [, b]) => Number(a.archived) - Number(b.archived) || a.position - b.position)
    .map(([id, l]) => ({ id, label: l.label, retired: l.archived }));
  for (const id of named) if (!labels.has(id)) reasons.push({ id, label: id, retired: false });
  const sorted = [...rows.values()].sort(
    (a, b) => a.day.localeCompare(b.day) || a.office.localeCompare(b.office, 'it') || a.service.localeCompare(b.service, 'it') || a.channel.localeCompare(b.channel),
  );
  return { faces: facesInUse(scales, counts.flatMap((c) => FACE_IDS.filter((f) => c.tally[f] > 0))), reasons, rows: sorted };
}
