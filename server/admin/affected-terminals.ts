// Which live terminals show a given office, administration or service: they must refetch their configuration.
import type { Db } from '../store/database';

export async function liveTerminalIds(db: Db, of: { officeId?: string; administrationId?: string; serviceId?: string }): Promise<string[]> {
  let q = db
    .selectFrom('terminals')
    .innerJoin('offices', 'offices.id', 'terminals.office_id')
    .select('terminals.id')
    .where('terminals.archived_at', 'is', null)
    .where('offices.archived_at', 'is', null)
    // Channel points (web widget, QR codes, phone) vote through terminal rows but have no screen to refresh.
    .where((eb) => eb.not(eb.exists(eb.selectFrom('channel_points').select('channel_points.id').whereRef('channel_points.id', '=', 'terminals.id'))));
  if (of.officeId) q = q.where('terminals.office_id', '=', of.officeId);
  if (of.administrationId) q = q.where('offices.administration_id', '=', of.administrationId);
  if (of.serviceId) q = q.where('terminals.id', 'in', (eb) => eb.selectFrom('terminal_services').select('terminal_id').where('service_id', '=', of.serviceId!));
  return (await q.execute()).map((r) => r.id);
}
