// Archives a service: its votes and reports stay, terminals stop offering it (their former services keep when), ingest refuses new votes for it.
import type { Service } from '../../contract/admin';
import { recordAudit, type Actor } from '../../audit/record-audit';
import { AppError } from '../../http/app-error';
import type { Db } from '../../store/database';
import { recordFormerServices } from '../../terminals/former-services';
import { liveTerminalIds } from '../affected-terminals';
import { lockAdministrationOfService } from '../lock-administration';
import { getLastChange } from '../../audit/get-last-change';
import { refuseStale } from '../item-version';
import { getService } from './get-services';

/**
 * Refused (conflict) while a live terminal offers no other live service: it would be left with
 * nothing to vote on, a screen stuck in front of citizens. Give it another service or archive it
 * first. Returns the terminals that offered the service, to refetch their configuration. With
 * `version` (the service as the list showed it), a change made meanwhile by someone else refuses it:
 * 409 stale, nothing archived. One already archived is left as it is, whatever the version.
 */
export async function archiveService(db: Db, serviceId: string, actor: Actor, now: Date, version?: string): Promise<{ service: Service; terminalIds: string[] }> {
  const terminalIds = await db.transaction().execute(async (trx) => {
    await lockAdministrationOfService(trx, serviceId);
    const current = await trx.selectFrom('services').select(['administration_id', 'archived_at']).where('id', '=', serviceId).executeTakeFirstOrThrow();
    if (current.archived_at) return [];
    // Read under the administration's lock, as the service form's save does (save-service.ts).
    const stored = (await getService(trx, serviceId, now))!;
    await refuseStale(version, stored.version!, 'service', () => getLastChange(trx, current.administration_id, 'service', serviceId, ['service.create', 'service.update']));
    const terminals = await liveTerminalIds(trx, { serviceId });
    const stranded = terminals.length
      ? await trx
          .selectFrom('terminals')
          .select(['terminals.id', 'terminals.name'])
          .where('terminals.id', 'in', terminals)
          .where((eb) =>
            eb.not(
              eb.exists(
                eb
                  .selectFrom('terminal_services')
                  .innerJoin('services', 'services.id', 'terminal_services.service_id')
                  .select('services.id')
                  .whereRef('terminal_services.terminal_id', '=', 'terminals.id')
                  .where('services.id', '!=', serviceId)
                  .where('services.archived_at', 'is', null),
              ),
            ),
          )
          .execute()
      : [];
    if (stranded.length) {
      const names = stranded.map((t) => t.name);
      throw new AppError('conflict', (w) => w.onlyServiceOf(names));
    }
    await trx.updateTable('services').set({ archived_at: now.toISOString() }).where('id', '=', serviceId).execute();
    // The terminals stop offering it: left in their list, it came back with every edit of the terminal,
    // refused as archived (a rename failed). Its time on each is kept, as when staff take a service off.
    if (terminals.length) {
      const links = await trx.selectFrom('terminal_services').select(['terminal_id', 'added_at']).where('service_id', '=', serviceId).where('terminal_id', 'in', terminals).execute();
      await recordFormerServices(trx, links.map((l) => ({ terminalId: l.terminal_id, serviceId, addedAt: l.added_at })), now.toISOString());
      await trx.deleteFrom('terminal_services').where('service_id', '=', serviceId).where('terminal_id', 'in', terminals).execute();
    }
    // The web widgets and QR points of this service rate nothing else: they are archived with it (their votes stay).
    const points = (await trx.selectFrom('channel_points').select('id').where('service_id', '=', serviceId).where('archived_at', 'is', null).execute()).map((p) => p.id);
    if (points.length) {
      await trx.updateTable('channel_points').set({ archived_at: now.toISOString() }).where('id', 'in', points).execute();
      await trx.updateTable('terminals').set({ archived_at: now.toISOString() }).where('id', 'in', points).execute();
    }
    await recordAudit(
      trx,
      { actor, administrationId: current.administration_id, action: 'service.archive', targetType: 'service', targetId: serviceId, details: { terminals, ...(points.length ? { channelPoints: points } : {}) } },
      now,
    );
    return terminals;
  });
  return { service: (await getService(db, serviceId))!, terminalIds };
}
