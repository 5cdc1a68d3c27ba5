// Replaces an administration's reason list: edits and reorders kept ones, adds new ones, archives those left out.
import { randomUUID } from 'node:crypto';
import type { QualityDimension } from '../../contract/quality';
import { recordAudit, type Actor } from '../../audit/record-audit';
import type { Db } from '../../store/database';
import { liveTerminalIds } from '../affected-terminals';
import { lockAdministration } from '../lock-administration';
import { cleanName, Problems, refuseArchived } from '../checks';
import { slug } from '../new-id';
import type { Translations } from '../../contract/languages';
import { cleanTranslations } from '../translations/clean-translations';
import { replaceReasonTranslations } from '../translations/save-translations';
import { getLastChange } from '../../audit/get-last-change';
import { refuseStale } from '../item-version';
import { listLiveReasons, reasonListVersion } from './list-reasons';

export interface ReasonInput {
  id?: string;
  label: string;
  dimension: QualityDimension | null;
  /** Replaces the label's translations; left out, a kept reason keeps those it had. */
  translations?: Translations;
}

/** A code unique among all of the administration's reasons, archived ones included (a unique key). */
function uniqueCode(label: string, used: Set<string>): string {
  const root = slug(label, 24) || 'motivo';
  let code = root;
  for (let n = 2; used.has(code); n++) code = `${root}-${n}`;
  used.add(code);
  return code;
}

/**
 * Reasons are never deleted: votes point at them and old reports still name them. An archived
 * reason sent back with its id comes back to life. Returns the terminals to update. With `version`
 * (the list as the person read it), a list changed meanwhile by someone else refuses the save: 409
 * stale, nothing stored; a reason someone added since is never archived by a copy that did not have it.
 */
export async function saveReasons(db: Db, administrationId: string, input: readonly ReasonInput[], actor: Actor, now: Date, version?: string): Promise<{ terminalIds: string[] }> {
  await db.transaction().execute(async (trx) => {
    const administration = await lockAdministration(trx, administrationId);
    refuseArchived(administration, 'administration');
    if (version !== undefined) {
      const stored = reasonListVersion(await listLiveReasons(trx, administrationId));
      await refuseStale(version, stored, 'reasons', () => getLastChange(trx, administrationId, 'administration', administrationId, ['reasons.update']));
    }
    const existing = await trx.selectFrom('reasons').select(['id', 'code', 'archived_at']).where('administration_id', '=', administrationId).execute();
    const byId = new Map(existing.map((r) => [r.id, r]));

    const problems = new Problems();
    // The kiosk skips the question when there are no reasons, but ingest expects it asked after a negative face.
    if (input.length === 0) problems.add('/reasons', (w) => w.keepOneReason);
    const seenIds = new Set<string>();
    const seenLabels = new Set<string>();
    const labels = input.map((r, i) => {
      const label = cleanName(r.label, `/reasons/${i}/label`, problems);
      const key = label.toLocaleLowerCase('it');
      if (label && seenLabels.has(key)) problems.add(`/reasons/${i}/label`, (w) => w.appearsTwice(label));
      seenLabels.add(key);
      const { id } = r;
      if (id !== undefined) {
        if (!byId.has(id)) problems.add(`/reasons/${i}/id`, (w) => w.notAReason(id));
        if (seenIds.has(id)) problems.add(`/reasons/${i}/id`, (w) => w.appearsTwice(id));
        seenIds.add(id);
      }
      return label;
    });
    const translations = input.map((r, i) => (r.translations === undefined ? undefined : cleanTranslations(r.translations, `/reasons/${i}/translations`, problems)));
    problems.throwIfAny((w) => w.reasonListInvalid);

    const usedCodes = new Set(existing.map((r) => r.code));
    const saved: { id: string; label: string; dimension: QualityDimension | null; translations?: Translations }[] = [];
    for (const [position, r] of input.entries()) {
      const label = labels[position]!;
      const translated = translations[position];
      if (r.id !== undefined) {
        await trx.updateTable('reasons').set({ label, dimension: r.dimension, position, archived_at: null }).where('id', '=', r.id).execute();
        if (translated) await replaceReasonTranslations(trx, r.id, translated);
        saved.push({ id: r.id, label, dimension: r.dimension, ...(translated ? { translations: translated } : {}) });
      } else {
        const id = `${administrationId}-${randomUUID().slice(0, 8)}`;
        await trx
          .insertInto('reasons')
          .values({ id, administration_id: administrationId, code: uniqueCode(label, usedCodes), label, dimension: r.dimension, position, archived_at: null })
          .execute();
        if (translated) await replaceReasonTranslations(trx, id, translated);
        saved.push({ id, label, dimension: r.dimension, ...(translated ? { translations: translated } : {}) });
      }
    }
    const archived = existing.filter((r) => r.archived_at === null && !seenIds.has(r.id)).map((r) => r.id);
    if (archived.length) await trx.updateTable('reasons').set({ archived_at: now.toISOString() }).where('id', 'in', archived).execute();
    await recordAudit(trx, { actor, administrationId, action: 'reasons.update', targetType: 'administration', targetId: administrationId, details: { reasons: saved, archived } }, now);
  });
  return { terminalIds: await liveTerminalIds(db, { administrationId }) };
}
