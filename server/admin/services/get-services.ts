// Reads services in the contract's shape, with their charter standard and its history: one, or an administration's.
import type { Service } from '../../contract/admin';
import { localBucket } from '../../aggregates/time-bucket';
import type { Db } from '../../store/database';
import { DEFAULT_TIME_ZONE } from '../offices/save-office';
import { byCodePoint } from '../../store/text-order';
import type { Translations } from '../../contract/languages';
import { serviceTranslations } from '../translations/read-translations';
import { digestVersion } from '../item-version';

type StandardRow = { service_id: string; valid_from: string; min_positive_pct: number | null; set_at: string; set_by: string | null };

/** Today's date where the administration works: a standard "from today" starts on it. */
export function todayForStandards(now: Date): string {
  return localBucket(now, DEFAULT_TIME_ZONE).day;
}

async function standardsOf(db: Db, serviceIds: readonly string[]): Promise<Map<string, StandardRow[]>> {
  const out = new Map<string, StandardRow[]>(serviceIds.map((id) => [id, []]));
  if (serviceIds.length === 0) return out;
  const rows = await db
    .selectFrom('service_standards')
    .select(['service_id', 'valid_from', 'min_positive_pct', 'set_at', 'set_by'])
    .where('service_id', 'in', [...serviceIds])
    .orderBy('valid_from')
    .execute();
  for (const r of rows) out.get(r.service_id)?.push(r);
  return out;
}

function toService(
  r: { id: string; administration_id: string; name: string; archived_at: string | null },
  standards: StandardRow[],
  translations: Translations,
  today: string,
): Service {
  const inForce = standards.filter((s) => s.valid_from <= today).at(-1);
  return {
    id: r.id,
    administrationId: r.administration_id,
    name: r.name,
    standard: inForce?.min_positive_pct == null ? null : { minPositivePct: inForce.min_positive_pct },
    standards: standards.map((s) => ({ validFrom: s.valid_from, minPositivePct: s.min_positive_pct, setAt: s.set_at, setBy: s.set_by })),
    translations,
    archivedAt: r.archived_at,
    // What the service form edits, as stored (the standard's days and values, not who set them when):
    // a change by someone else changes it (save-service.ts checks it). Today's date plays no part.
    version: digestVersion([r.name, translations, standards.map((s) => [s.valid_from, s.min_positive_pct])]),
  };
}

export async function getService(db: Db, serviceId: string, now = new Date()): Promise<Service | null> {
  const row = await db.selectFrom('services').select(['id', 'administration_id', 'name', 'archived_at']).where('id', '=', serviceId).executeTakeFirst();
  if (!row) return null;
  const translations = (await serviceTranslations(db, [serviceId])).get(serviceId)!;
  return toService(row, (await standardsOf(db, [serviceId])).get(serviceId)!, translations, todayForStandards(now));
}

/** Archived ones included (they carry archivedAt): reports still name them. */
export async function listAdministrationServices(db: Db, administrationId: string, now = new Date()): Promise<Service[]> {
  const rows = await db.selectFrom('services').select(['id', 'administration_id', 'name', 'archived_at']).where('administration_id', '=', administrationId).orderBy('name', byCodePoint).orderBy('id', byCodePoint).execute();
  const ids = rows.map((r) => r.id);
  const [standards, translations] = await Promise.all([standardsOf(db, ids), serviceTranslations(db, ids)]);
  const today = todayForStandards(now);
  return rows.map((r) => toService(r, standards.get(r.id)!, translations.get(r.id)!, today));
}
