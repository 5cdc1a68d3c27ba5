// Sends votes to a real collector the way a terminal does (device token, batches of the real API), spread over past days.
import { apiPaths } from '../../../server/contract/api';
import { MAX_VOTES_PER_BATCH } from '../../../server/contract/limits';
import { DEMO } from '../../../server/store/seed-demo';
import type { RunningCollector } from './collector';

const FACES = ['positivo', 'positivo', 'positivo', 'sufficiente', 'negativo'] as const;
const totem = DEMO.terminals[0]!;

/**
 * `days` days of votes on the demo totem, `perDay` a day between 09:00 and 14:00 Rome time
 * (07:00-12:00 UTC is inside it all year), and today's only up to now. Deterministic: the same
 * call gives the same votes, so a failing layout can be looked at again.
 */
export async function seedTotemVotes(collector: RunningCollector, days: number, perDay = 5): Promise<number> {
  const token = await collector.deviceToken(totem.id);
  const now = Date.now();
  const votes = [];
  for (let d = 0; d < days; d++) {
    for (let k = 0; k < perDay; k++) {
      const at = new Date(now - d * 86_400_000);
      at.setUTCHours(7 + ((d + k) % 5), (k * 11) % 60, 0, 0);
      if (at.getTime() > now) continue;
      const face = FACES[(d + k) % FACES.length]!;
      const negative = face === 'negativo';
      votes.push({
        id: crypto.randomUUID(),
        serviceId: totem.services[(d + k) % totem.services.length]!,
        face,
        reasons: negative ? [`${DEMO.administration.id}-attesa`] : [],
        followUp: negative ? 'chosen' : 'not-asked',
        castAt: at.toISOString(),
      });
    }
  }
  for (let i = 0; i < votes.length; i += MAX_VOTES_PER_BATCH) {
    const res = await fetch(`${collector.url}${apiPaths.votes}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ terminalId: totem.id, votes: votes.slice(i, i + MAX_VOTES_PER_BATCH) }),
    });
    if (res.status !== 200) throw new Error(`votes answered ${res.status}: ${await res.text()}`);
  }
  return votes.length;
}
