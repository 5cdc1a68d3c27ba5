// Creates or updates a service (name, charter standard), with its audit entry.
import type { Service } from '../../contract/admin';
import { recordAudit, type Actor } from '../../audit/record-audit';
import type { Db } from '../../store/database';
import { liveTerminalIds } from '../affected-terminals';
import { refuseArchived } from '../checks';
import { newId } from '../new-id';
import { getService } from './get-services';

type Standard = Service['standard'];

export async function createService(db: Db, administrationId: string, name: string, standard: Standard, actor: Actor, now: Date): Promise<Service> {
  const id = await db.transaction().execute(async (trx) => {
    const administration = await trx.selectFrom('administrations').select('archived_at').where('id', '=', administrationId).executeTakeFirstOrThrow();
    refuseArchived(administration, 'This administration');
    const id = await newId(administrationId, name, async (c) => !!(await trx.selectFrom('services').select('id').where('id', '=', c).executeTakeFirst()));
    await trx
      .insertInto('services')
      .values({ id, administration_id: administrationId, name, standard_min_positive_pct: standard?.minPositivePct ?? null, archived_at: null, created_at: now.toISOString() })
      .execute();
    await recordAudit(trx, { actor, administrationId, action: 'service.create', targetType: 'service', targetId: id, details: { name, standard } }, now);
    return id;
  });
  return (await getService(db, id))!;
}

/** Returns the service and, when its name changed, the terminals that show it. */
export async function updateService(db: Db, serviceId: string, change: { name?: string; standard?: Standard }, actor: Actor, now: Date): Promise<{ service: Service; terminalIds: string[] }> {
  await db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('services').select(['administration_id', 'archived_at']).where('id', '=', serviceId).executeTakeFirstOrThrow();
    refuseArchived(current, 'This service');
    const columns = {
      ...(change.name !== undefined ? { name: change.name } : {}),
      ...(change.standard !== undefined ? { standard_min_positive_pct: change.standard?.minPositivePct ?? null } : {}),
    };
    if (Object.keys(columns).length === 0) return;
    await trx.updateTable('services').set(columns).where('id', '=', serviceId).execute();
    await recordAudit(trx, { actor, administrationId: current.administration_id, action: 'service.update', targetType: 'service', targetId: serviceId, details: { ...change } }, now);
  });
  return { service: (await getService(db, serviceId))!, terminalIds: change.name !== undefined ? await liveTerminalIds(db, { serviceId }) : [] };
}
