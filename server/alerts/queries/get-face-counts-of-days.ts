// Votes of an office or a service on a range of local days, by scale and face (misuse left out): the charter rule's month so far.
import { sql } from 'kysely';
import type { Db } from '../../store/database';
import type { ScaleFaceCount } from '../../reports/metrics/score';
import type { AlertScope } from '../scope';

export async function getFaceCountsOfDays(db: Db, scope: AlertScope, from: string, to: string): Promise<ScaleFaceCount[]> {
  let q = db
    .selectFrom('votes')
    .select(['scale', 'face', sql<number>`count(*)`.as('count')])
    .where('administration_id', '=', scope.administrationId)
    .where('flag', 'is', null)
    .where('day', '>=', from)
    .where('day', '<=', to);
  if (scope.officeId) q = q.where('office_id', '=', scope.officeId);
  if (scope.serviceId) q = q.where('service_id', '=', scope.serviceId);
  const rows = await q.groupBy(['scale', 'face']).execute();
  return rows.map((r) => ({ scale: Number(r.scale), face: r.face, count: Number(r.count) }));
}
