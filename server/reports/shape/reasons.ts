// Reasons as a share of negative votes: overall, per service and per trend bucket.
import type { OfficeReport } from '../../contract/report';
import type { ReasonLabel } from '../queries/get-reason-labels';
import type { ReasonRow } from '../queries/get-reason-counts';
import { bucketOf, type Bucket } from './trend';

type ReasonShare = OfficeReport['reasons'][number];

/** Code-point order: the same on every store and machine, whatever order rows came back in. */
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const share = (count: number, negative: number) => (negative > 0 ? Math.round((count / negative) * 1e6) / 1e6 : null);

export function reasonShares(rows: readonly ReasonRow[], labels: ReadonlyMap<string, ReasonLabel>, negative: number): ReasonShare[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.reason_id, (counts.get(r.reason_id) ?? 0) + r.count);
  return [...counts]
    .map(([reasonId, count]) => {
      const l = labels.get(reasonId);
      return { reasonId, label: l?.label ?? reasonId, dimension: l?.dimension ?? null, count, shareOfNegative: share(count, negative), position: l?.position ?? 999 };
    })
    .sort((a, b) => b.count - a.count || a.position - b.position || byId(a.reasonId, b.reasonId))
    .map(({ position: _position, ...r }) => r);
}

export function reasonsByService(rows: readonly ReasonRow[], labels: ReadonlyMap<string, ReasonLabel>, negativeOf: (serviceId: string) => number) {
  const byService = new Map<string, ReasonRow[]>();
  for (const r of rows) byService.set(r.service_id!, [...(byService.get(r.service_id!) ?? []), r]);
  // In service id order, not the order the store returned rows in (a restored PostgreSQL copy may differ).
  return [...byService]
    .sort(([a], [b]) => byId(a, b))
    .map(([serviceId, list]) => ({ serviceId, negative: negativeOf(serviceId), reasons: reasonShares(list, labels, negativeOf(serviceId)) }));
}

export function reasonTrend(rows: readonly ReasonRow[], buckets: readonly Bucket[], negativeOf: (bucket: Bucket) => number) {
  const counts = new Map<Bucket, Map<string, number>>(buckets.map((b) => [b, new Map()]));
  for (const r of rows) {
    const b = r.bucket ? bucketOf(buckets, r.bucket) : undefined;
    if (!b) continue;
    const m = counts.get(b)!;
    m.set(r.reason_id, (m.get(r.reason_id) ?? 0) + r.count);
  }
  return buckets.map((b) => ({
    from: b.from,
    to: b.to,
    negative: negativeOf(b),
    reasons: [...counts.get(b)!].map(([reasonId, count]) => ({ reasonId, count })).sort((a, b) => a.reasonId.localeCompare(b.reasonId)),
  }));
}
