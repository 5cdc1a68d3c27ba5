// How far an installation is from its first vote: an administration, an office, services, a paired terminal.
import type { Grant } from '../../server/contract/auth';
import { listAdministrations, listOffices, listServices, listTerminals } from './admin-api';
import { terminalStatus } from './admin/terminal-status';
import { scopeOf } from './grants';

export const SETUP_STEPS = ['administration', 'office', 'services', 'terminal'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];
export type SetupProgress = Record<SetupStep, boolean>;

export const isComplete = (p: SetupProgress) => SETUP_STEPS.every((s) => p[s]);

/**
 * Looks through the administrations this person manages, in order, and stops as soon as every step
 * is done somewhere: a set-up installation costs a handful of requests however large it is. Only
 * archived items do not count; a terminal counts once it is paired, since only then can it collect.
 */
export async function loadSetupProgress(grants: readonly Grant[], signal?: AbortSignal): Promise<SetupProgress> {
  const progress: SetupProgress = { administration: false, office: false, services: false, terminal: false };
  // Those this person sets up: the list also holds administrations where they only read reports.
  const scope = scopeOf(grants, 'administration:manage');
  const administrations = (await listAdministrations(signal)).filter((a) => !a.archivedAt && (scope.everywhere || scope.administrationIds.includes(a.id)));
  progress.administration = administrations.length > 0;
  for (const a of administrations) {
    if (isComplete(progress)) break;
    const [offices, services] = await Promise.all([listOffices(a.id, signal), progress.services ? [] : listServices(a.id, signal)]);
    const live = offices.filter((o) => !o.archivedAt);
    progress.office ||= live.length > 0;
    progress.services ||= services.some((s) => !s.archivedAt);
    for (const o of live) {
      if (progress.terminal) break;
      progress.terminal = (await listTerminals(o.id, signal)).some((t) => terminalStatus(t) === 'enrolled');
    }
  }
  return progress;
}
