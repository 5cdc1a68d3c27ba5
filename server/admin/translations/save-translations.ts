// Replaces the translations of one service or one reason, inside the caller's transaction (which also records the audit entry).
import type { Kysely } from 'kysely';
import { TRANSLATION_LANGUAGES, type Translations } from '../../contract/languages';
import type { Database } from '../../store/schema';

function rowsOf(translations: Translations): { language: string; label: string }[] {
  return TRANSLATION_LANGUAGES.flatMap((language) => (translations[language] ? [{ language, label: translations[language]! }] : []));
}

export async function replaceServiceTranslations(trx: Kysely<Database>, serviceId: string, translations: Translations): Promise<void> {
  await trx.deleteFrom('service_translations').where('service_id', '=', serviceId).execute();
  const rows = rowsOf(translations).map((r) => ({ service_id: serviceId, ...r }));
  if (rows.length) await trx.insertInto('service_translations').values(rows).execute();
}

export async function replaceReasonTranslations(trx: Kysely<Database>, reasonId: string, translations: Translations): Promise<void> {
  await trx.deleteFrom('reason_translations').where('reason_id', '=', reasonId).execute();
  const rows = rowsOf(translations).map((r) => ({ reason_id: reasonId, ...r }));
  if (rows.length) await trx.insertInto('reason_translations').values(rows).execute();
}
