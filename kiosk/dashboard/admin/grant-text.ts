// A person's role in words, as the people list and the person form's stale notice show it.
import type { Administration } from '../../../server/contract/admin';
import type { Grant } from '../../../server/contract/auth';
import type { OfficeSummary } from '../../../server/contract/report';
import { A, ROLE_LABEL } from './admin-labels';

/** "Responsabile d’ufficio · Comune di Aldeno · Sede centrale" (ids when a name is not at hand). */
export function grantText(g: Grant, administrations: readonly Administration[], offices: readonly OfficeSummary[]): string {
  const administration = administrations.find((a) => a.id === g.administrationId);
  const where = administration ? (administration.archivedAt ? A.archivedAdministrationChoice(administration.name) : administration.name) : (g.administrationId ?? '');
  const office = g.officeId ? (offices.find((o) => o.id === g.officeId)?.name ?? g.officeId) : '';
  return [ROLE_LABEL[g.role], where, office].filter(Boolean).join(' · ');
}
