// Creates or updates a service (name, charter standard), with its audit entry; a standard's changes are kept with their dates.
import type { Service } from '../../contract/admin';
import { recordAudit, type Actor } from '../../audit/record-audit';
import type { Db } from '../../store/database';
import type { Database } from '../../store/schema';
import type { Kysely } from 'kysely';
import { liveTerminalIds } from '../affected-terminals';
import { Problems, refuseArchived } from '../checks';
import { newId } from '../new-id';
import { dayProblem } from '../../reports/period';
import { getService, todayForStandards } from './get-services';
import type { Translations } from '../../contract/languages';
import { sameTranslations } from '../translations/clean-translations';
import { serviceTranslations } from '../translations/read-translations';
import { replaceServiceTranslations } from '../translations/save-translations';
import { refuseTakenName } from '../name-taken';
import { lockAdministration, lockAdministrationOfService } from '../lock-administration';
import { getLastChange } from '../../audit/get-last-change';
import { refuseStale } from '../item-version';

type Standard = Service['standard'];

/** A new service promises its standard from the start of time: it had no votes before. */
const SINCE_EVER = '1970-01-01';

/**
 * Records that `standard` applies from `validFrom`, replacing a change already set for that day.
 * Returns false, writing nothing, when that standard already holds from then on: a form that sends
 * the standard back unchanged must not fill the history with copies.
 */
async function setStandard(trx: Kysely<Database>, serviceId: string, standard: Standard, validFrom: string, actor: Actor, now: Date): Promise<boolean> {
  const history = await trx.selectFrom('service_standards').select(['valid_from', 'min_positive_pct']).where('service_id', '=', serviceId).orderBy('valid_from').execute();
  const inForce = history.filter((h) => h.valid_from <= validFrom).at(-1);
  const later = history.some((h) => h.valid_from > validFrom);
  if (!later && (inForce?.min_positive_pct ?? null) === (standard?.minPositivePct ?? null)) return false;
  await trx
    .insertInto('service_standards')
    .values({ service_id: serviceId, valid_from: validFrom, min_positive_pct: standard?.minPositivePct ?? null, set_at: now.toISOString(), set_by: actor?.email ?? null })
    .onConflict((oc) => oc.columns(['service_id', 'valid_from']).doUpdateSet((eb) => ({ min_positive_pct: eb.ref('excluded.min_positive_pct'), set_at: eb.ref('excluded.set_at'), set_by: eb.ref('excluded.set_by') })))
    .execute();
  return true;
}

export async function createService(
  db: Db,
  administrationId: string,
  name: string,
  standard: Standard,
  actor: Actor,
  now: Date,
  translations: Translations = {},
): Promise<Service> {
  const id = await db.transaction().execute(async (trx) => {
    const administration = await lockAdministration(trx, administrationId);
    refuseArchived(administration, 'administration');
    await refuseTakenName(trx, 'service', name, administrationId);
    const id = await newId(administrationId, name, async (c) => !!(await trx.selectFrom('services').select('id').where('id', '=', c).executeTakeFirst()));
    await trx.insertInto('services').values({ id, administration_id: administrationId, name, archived_at: null, created_at: now.toISOString() }).execute();
    if (standard) await setStandard(trx, id, standard, SINCE_EVER, actor, now);
    await replaceServiceTranslations(trx, id, translations);
    await recordAudit(trx, { actor, administrationId, action: 'service.create', targetType: 'service', targetId: id, details: { name, standard, translations } }, now);
    return id;
  });
  return (await getService(db, id, now))!;
}

export interface ServiceChange {
  name?: string;
  standard?: Standard;
  /** First day the new standard applies; today when left out. */
  standardFrom?: string;
  /** Replaces every translation of the name; already cleaned. */
  translations?: Translations;
}

/**
 * Returns the service and, when its name or a translation changed, the terminals that show it. With
 * `version` (the service as the person read it), a change made meanwhile by someone else refuses it:
 * 409 stale, nothing stored.
 */
export async function updateService(db: Db, serviceId: string, change: ServiceChange, actor: Actor, now: Date, version?: string): Promise<{ service: Service; terminalIds: string[] }> {
  const problems = new Problems();
  if (change.standardFrom !== undefined && change.standard === undefined) problems.add('/standardFrom', (w) => w.standardFromAlone);
  const fromWrong = change.standardFrom === undefined ? null : dayProblem(change.standardFrom);
  if (fromWrong) problems.add('/standardFrom', fromWrong);
  problems.throwIfAny();
  const relabelled = await db.transaction().execute(async (trx) => {
    await lockAdministrationOfService(trx, serviceId);
    const current = await trx.selectFrom('services').select(['administration_id', 'archived_at']).where('id', '=', serviceId).executeTakeFirstOrThrow();
    refuseArchived(current, 'service');
    // Read under the administration's lock: no other change of the service can land between this check and the write.
    const stored = (await getService(trx, serviceId, now))!;
    await refuseStale(version, stored.version!, 'service', () => getLastChange(trx, current.administration_id, 'service', serviceId, ['service.create', 'service.update']));
    if (change.name !== undefined) await refuseTakenName(trx, 'service', change.name, current.administration_id, serviceId);
    const validFrom = change.standardFrom ?? todayForStandards(now);
    const standardChanged = change.standard !== undefined && (await setStandard(trx, serviceId, change.standard, validFrom, actor, now));
    const translationsChanged = change.translations !== undefined && !sameTranslations((await serviceTranslations(trx, [serviceId])).get(serviceId)!, change.translations);
    if (change.name === undefined && !standardChanged && !translationsChanged) return false;
    if (change.name !== undefined) await trx.updateTable('services').set({ name: change.name }).where('id', '=', serviceId).execute();
    if (translationsChanged) await replaceServiceTranslations(trx, serviceId, change.translations!);
    const { standard, standardFrom: _from, translations, ...rest } = change;
    const details = { ...rest, ...(standardChanged ? { standard, standardFrom: validFrom } : {}), ...(translationsChanged ? { translations } : {}) };
    await recordAudit(trx, { actor, administrationId: current.administration_id, action: 'service.update', targetType: 'service', targetId: serviceId, details }, now);
    return translationsChanged;
  });
  // Terminals show the name and its translations: either change reaches them live.
  const shown = change.name !== undefined || relabelled;
  return { service: (await getService(db, serviceId, now))!, terminalIds: shown ? await liveTerminalIds(db, { serviceId }) : [] };
}
