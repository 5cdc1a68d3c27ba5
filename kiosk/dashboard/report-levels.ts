// Which report levels a person may open, read from their grants as the collector decides them: an office always, an administration whole, the installation. Pure.
import type { OfficeSummary } from '../../server/contract/report';
import { allows, type Grant } from '../../server/contract/permissions';
import type { Level } from './url-state';
import { LOCALE } from './i18n/locale';

export interface AdministrationChoice {
  id: string;
  name: string;
  /** The zone of its first office: "today" and the periods' days are the offices' local days. */
  timeZone: string;
}

/** The administrations whose report this person may read whole, from the offices they can see; alphabetical. */
export function readableAdministrations(offices: readonly OfficeSummary[], grants: readonly Grant[]): AdministrationChoice[] {
  const seen = new Map<string, AdministrationChoice>();
  for (const o of offices) {
    if (seen.has(o.administration.id)) continue;
    if (allows(grants, 'reports:read', { kind: 'administration', administrationId: o.administration.id })) {
      seen.set(o.administration.id, { id: o.administration.id, name: o.administration.name, timeZone: o.timeZone });
    }
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, LOCALE));
}

/** The levels to offer: an office's report always; an administration's with one readable whole; the installation's for its admins. */
export function availableLevels(grants: readonly Grant[], administrations: readonly AdministrationChoice[]): Level[] {
  const levels: Level[] = ['office'];
  if (administrations.length > 0) levels.push('administration');
  if (allows(grants, 'reports:read', { kind: 'installation' })) levels.push('installation');
  return levels;
}

/** The month before today's: the last one a monthly bulletin can tell whole. */
export function lastWholeMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
