// Which service a CSV line names. A service archived and made again under the same name (names are
// freed by archiving, server/admin/name-taken.ts) leaves two services of one name: the live one is
// meant, since it is the one the dashboard's template and its lists show. An archived service is
// found by name only when no live service bears it (figures of past days); write its id otherwise.
import { nameKey } from '../admin/name-taken';
import type { ServiceLookup } from './parse-csv';

export interface NamedService {
  id: string;
  name: string;
  archived: boolean;
}

export function serviceLookup(services: readonly NamedService[]): (text: string) => ServiceLookup {
  const ids = new Set(services.map((s) => s.id));
  const live = new Map<string, string[]>();
  const archived = new Map<string, string[]>();
  for (const s of services) {
    const group = s.archived ? archived : live;
    const k = nameKey(s.name);
    group.set(k, [...(group.get(k) ?? []), s.id]);
  }
  return (text) => {
    if (ids.has(text)) return text;
    const k = nameKey(text);
    const found = live.get(k) ?? archived.get(k) ?? [];
    return found.length > 1 ? { sharedBy: found.length } : (found[0] ?? null);
  };
}
