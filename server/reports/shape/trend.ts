// The trend's time buckets: days for a month, weeks for up to half a year, months beyond; every bucket present.
import type { TrendUnit } from '../../contract/report';
import { addDays, daysBetween, lastDayOfMonth, nextMonth } from '../period-plan';

export interface Bucket {
  from: string;
  to: string;
}

export function trendUnit(from: string, to: string): TrendUnit {
  const days = daysBetween(from, to);
  if (days <= 31) return 'day';
  if (days <= 182) return 'week';
  return 'month';
}

/** Buckets covering [from, to], the first and last clipped to it: weeks run Monday to Sunday. */
export function trendBuckets(from: string, to: string, unit: TrendUnit): Bucket[] {
  const out: Bucket[] = [];
  let start = from;
  while (start <= to) {
    let end: string;
    if (unit === 'day') end = start;
    else if (unit === 'week') {
      const weekday = (new Date(`${start}T00:00:00Z`).getUTCDay() + 6) % 7;
      end = addDays(start, 6 - weekday);
    } else end = lastDayOfMonth(start.slice(0, 7));
    if (end > to) end = to;
    out.push({ from: start, to: end });
    start = unit === 'month' ? `${nextMonth(start.slice(0, 7))}-01` : addDays(end, 1);
  }
  return out;
}

/** Finds the bucket of a day (or of a whole month, YYYY-MM): buckets are sorted and contiguous. */
export function bucketOf(buckets: readonly Bucket[], dayOrMonth: string): Bucket | undefined {
  const day = dayOrMonth.length === 7 ? `${dayOrMonth}-01` : dayOrMonth;
  let lo = 0;
  let hi = buckets.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = buckets[mid]!;
    if (day < b.from) hi = mid - 1;
    else if (day > b.to) lo = mid + 1;
    else return b;
  }
  return undefined;
}
