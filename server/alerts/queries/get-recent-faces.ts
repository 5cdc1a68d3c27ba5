// The faces of the most recent votes of an office or a service (misuse left out): the negative-share rule's sample.
import type { Db } from '../../store/database';
import type { AlertScope } from '../scope';
import type { ScaleFaceCount } from '../../reports/metrics/score';

export async function getRecentFaces(db: Db, scope: AlertScope, limit: number): Promise<ScaleFaceCount[]> {
  let q = db.selectFrom('votes').select(['scale', 'face']).where('administration_id', '=', scope.administrationId).where('flag', 'is', null);
  if (scope.officeId) q = q.where('office_id', '=', scope.officeId);
  if (scope.serviceId) q = q.where('service_id', '=', scope.serviceId);
  const rows = await q.orderBy('counted_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({ scale: Number(r.scale), face: r.face, count: 1 }));
}
