// Checks a terminal's service list against its mode and its office's administration.
import type { TerminalMode } from '../../contract/terminal-config';
import type { Db } from '../../store/database';
import type { Problems } from '../checks';

/** What a mode means on the wire: a counter's votes come through the sportello channel, a totem's through its own. */
export const CHANNEL_OF_MODE: Readonly<Record<TerminalMode, string>> = { counter: 'sportello', totem: 'totem' };

/**
 * Counter mode serves exactly one service (the citizen never picks); totem mode one or more.
 * Every service must be live and belong to the office's administration: a terminal of one
 * comune never offers, nor counts votes for, another comune's services.
 */
export async function checkTerminalServices(db: Db, administrationId: string, mode: TerminalMode, serviceIds: readonly string[], problems: Problems): Promise<void> {
  if (mode === 'counter' && serviceIds.length !== 1) problems.add('/serviceIds', (w) => w.counterServesOne(serviceIds.length));
  if (serviceIds.length === 0) return;
  const rows = await db.selectFrom('services').select(['id', 'administration_id', 'archived_at']).where('id', 'in', [...serviceIds]).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  serviceIds.forEach((id, i) => {
    const s = byId.get(id);
    if (!s || s.administration_id !== administrationId) problems.add(`/serviceIds/${i}`, (w) => w.notOurService(id));
    else if (s.archived_at) problems.add(`/serviceIds/${i}`, (w) => w.serviceArchived(id));
  });
}
