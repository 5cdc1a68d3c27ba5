// Channel points (web widget, QR codes, phone): create them (audited), list an office's, archive one, and find a live one for a vote.
import { randomBytes } from 'node:crypto';
import { recordAudit, type Actor } from '../audit/record-audit';
import { CHANNEL_OF_POINT, SCALE_OF_POINT, widgetSnippet, type ChannelPointKind } from '../contract/channel-points';
import type { ChannelPoint, ChannelPointCreate } from '../contract/channel-schemas';
import { Problems, refuseArchived } from '../admin/checks';
import { AppError } from '../http/app-error';
import type { Db } from '../store/database';
import { lockAdministrationOfOffice } from '../admin/lock-administration';
import { refuseSecondPoint } from './point-taken';

const KIND_NAMES: Readonly<Record<ChannelPointKind, string>> = { web: 'Sito web', qr: 'Codici QR', phone: 'Telefono' };

/**
 * Random, not made from a name: the web point's id is printed in the comune's pages, and nothing
 * about the office should be read from it.
 */
const newPointId = (kind: ChannelPointKind) => `${kind}-${randomBytes(9).toString('base64url')}`;

type PointRow = { id: string; kind: string; administration_id: string; office_id: string; service_id: string | null; name: string; created_at: string; archived_at: string | null };

/** `collector`: the address the comune's pages load the widget from (PUBLIC_URL, or the one the dashboard was reached at). */
function toPoint(r: PointRow, collector: string): ChannelPoint {
  const kind = r.kind as ChannelPointKind;
  return {
    id: r.id,
    kind,
    administrationId: r.administration_id,
    officeId: r.office_id,
    serviceId: r.service_id,
    name: r.name,
    createdAt: r.created_at,
    archivedAt: r.archived_at,
    embedCode: kind === 'web' && !r.archived_at ? widgetSnippet(collector, r.id) : null,
    publicBase: collector,
  };
}

function pointQuery(db: Db) {
  return db
    .selectFrom('channel_points')
    .innerJoin('terminals', 'terminals.id', 'channel_points.id')
    .select(['channel_points.id', 'channel_points.kind', 'channel_points.administration_id', 'channel_points.office_id', 'channel_points.service_id', 'terminals.name', 'channel_points.created_at', 'channel_points.archived_at']);
}

export async function listOfficePoints(db: Db, officeId: string, collector = ''): Promise<ChannelPoint[]> {
  const rows = await pointQuery(db).where('channel_points.office_id', '=', officeId).orderBy('channel_points.created_at').orderBy('channel_points.id').execute();
  return rows.map((r) => toPoint(r, collector));
}

export async function getPoint(db: Db, pointId: string, collector = ''): Promise<ChannelPoint | null> {
  const row = await pointQuery(db).where('channel_points.id', '=', pointId).executeTakeFirst();
  return row ? toPoint(row, collector) : null;
}

/**
 * A point is a terminal row that is never paired (votes, rollups and retention key on terminals)
 * with misuse checks off: a response interval between two citizens on the web, or two calls,
 * means nothing. The web has its per-address limit instead, QR codes are single-use, and the
 * phone page is used by signed-in staff. `id` is random but for the demo's points, whose history
 * must come out the same for the same day.
 */
export async function createPoint(db: Db, officeId: string, input: ChannelPointCreate, actor: Actor, now: Date, collector = '', id = newPointId(input.kind)): Promise<ChannelPoint> {
  await db.transaction().execute(async (trx) => {
    // The office and the service read below stay as read: not archived meanwhile (admin/lock-administration.ts);
    // and a second point of the same kind sent at once waits, then is refused (point-taken.ts).
    await lockAdministrationOfOffice(trx, officeId);
    const office = await trx
      .selectFrom('offices')
      .innerJoin('administrations', 'administrations.id', 'offices.administration_id')
      .select(['offices.administration_id', 'offices.archived_at', 'administrations.archived_at as administration_archived_at'])
      .where('offices.id', '=', officeId)
      .executeTakeFirstOrThrow();
    refuseArchived(office, 'office');
    const problems = new Problems();
    let serviceName = '';
    const { kind, serviceId } = input;
    if (kind === 'phone') {
      if (serviceId !== undefined) problems.add('/serviceId', (w) => w.phonePointNoService);
    } else if (serviceId === undefined) {
      problems.add('/serviceId', (w) => w.pointNeedsService(kind));
    } else {
      const service = await trx.selectFrom('services').select(['name', 'archived_at']).where('id', '=', serviceId).where('administration_id', '=', office.administration_id).executeTakeFirst();
      if (!service) problems.add('/serviceId', (w) => w.serviceNotOfAdministration(serviceId));
      else if (service.archived_at) problems.add('/serviceId', (w) => w.serviceIdArchived(serviceId));
      else serviceName = service.name;
    }
    problems.throwIfAny((w) => w.pointInvalid);
    await refuseSecondPoint(trx, officeId, kind, serviceId, serviceName || null);
    const at = now.toISOString();
    const name = serviceName ? `${KIND_NAMES[input.kind]} · ${serviceName}` : KIND_NAMES[input.kind];
    await trx
      .insertInto('terminals')
      .values({ id, office_id: officeId, name, mode: 'totem', channel: CHANNEL_OF_POINT[input.kind], scale: SCALE_OF_POINT[input.kind], min_interval_seconds: 0, burst_per_minute: 1_000_000, archived_at: null, created_at: at })
      .execute();
    if (input.serviceId) await trx.insertInto('terminal_services').values({ terminal_id: id, service_id: input.serviceId, position: 0 }).execute();
    await trx
      .insertInto('channel_points')
      .values({ id, administration_id: office.administration_id, office_id: officeId, kind: input.kind, service_id: input.serviceId ?? null, created_at: at, archived_at: null })
      .execute();
    await recordAudit(trx, { actor, administrationId: office.administration_id, action: 'channel-point.create', targetType: 'channel-point', targetId: id, details: { officeId, kind: input.kind, serviceId: input.serviceId ?? null } }, now);
  });
  return (await getPoint(db, id, collector))!;
}

/** Archived, a point takes no more votes (its codes included) and keeps those it has. */
export async function archivePoint(db: Db, pointId: string, actor: Actor, now: Date, collector = ''): Promise<ChannelPoint> {
  await db.transaction().execute(async (trx) => {
    // Locked (store/row-locks.ts): a second archiving at once waits, then sees the first's and records nothing.
    const point = await trx.selectFrom('channel_points').select(['administration_id', 'archived_at']).where('id', '=', pointId).forUpdate().executeTakeFirstOrThrow();
    if (point.archived_at) return;
    const at = now.toISOString();
    await trx.updateTable('channel_points').set({ archived_at: at }).where('id', '=', pointId).execute();
    await trx.updateTable('terminals').set({ archived_at: at }).where('id', '=', pointId).execute();
    await recordAudit(trx, { actor, administrationId: point.administration_id, action: 'channel-point.archive', targetType: 'channel-point', targetId: pointId }, now);
  });
  return (await getPoint(db, pointId, collector))!;
}

export interface LivePoint {
  id: string;
  kind: ChannelPointKind;
  administrationId: string;
  administrationName: string;
  officeId: string;
  officeName: string;
  timeZone: string;
  serviceId: string | null;
  serviceName: string | null;
}

/**
 * The point a public vote names, if it still takes votes: the point, its office, its
 * administration and its service all live. Anything else is the same 404, whatever the reason.
 */
export async function findLivePoint(db: Db, pointId: string, kind: ChannelPointKind): Promise<LivePoint> {
  const row = await db
    .selectFrom('channel_points')
    .innerJoin('terminals', 'terminals.id', 'channel_points.id')
    .innerJoin('offices', 'offices.id', 'channel_points.office_id')
    .innerJoin('administrations', 'administrations.id', 'channel_points.administration_id')
    .leftJoin('services', 'services.id', 'channel_points.service_id')
    .select([
      'channel_points.id',
      'channel_points.kind',
      'channel_points.administration_id',
      'administrations.name as administration_name',
      'channel_points.office_id',
      'offices.name as office_name',
      'offices.time_zone',
      'channel_points.service_id',
      'services.name as service_name',
      'services.archived_at as service_archived_at',
    ])
    .where('channel_points.id', '=', pointId)
    .where('channel_points.kind', '=', kind)
    .where('channel_points.archived_at', 'is', null)
    .where('terminals.archived_at', 'is', null)
    .where('offices.archived_at', 'is', null)
    .where('administrations.archived_at', 'is', null)
    .executeTakeFirst();
  if (!row || row.service_archived_at) throw new AppError('not_found', (w) => w.formInactive);
  return {
    id: row.id,
    kind: row.kind as ChannelPointKind,
    administrationId: row.administration_id,
    administrationName: row.administration_name,
    officeId: row.office_id,
    officeName: row.office_name,
    timeZone: row.time_zone,
    serviceId: row.service_id,
    serviceName: row.service_name,
  };
}
