// Puts groups (offices, administrations, services) side by side: ranked best first by the shrunk share, small samples after.
import { rankByShrunkShare } from '../metrics/rank';
import type { Tallied } from './tallied';

export interface RankedGroup<T> {
  item: T;
  tallied: Tallied;
  rankScore: number | null;
  rank: number | null;
}

/** `name` breaks ties and orders the unranked, so the list reads the same on every run and store. */
export function rankGroups<T>(groups: readonly { item: T; tallied: Tallied }[], minSample: number, name: (item: T) => string): RankedGroup<T>[] {
  // By name first: groups come from queries with no order of their own, and tied ones keep this one.
  const byName = [...groups].sort((a, b) => name(a.item).localeCompare(name(b.item), 'it'));
  const ranks = rankByShrunkShare(byName.map((g) => g.tallied.sums), minSample);
  return byName
    .map((g, i) => ({ ...g, ...ranks[i]! }))
    .sort((a, b) => {
      if (a.rank !== null && b.rank !== null) return a.rank - b.rank || name(a.item).localeCompare(name(b.item), 'it');
      if (a.rank !== null) return -1;
      if (b.rank !== null) return 1;
      return b.tallied.total - a.tallied.total || name(a.item).localeCompare(name(b.item), 'it');
    });
}
