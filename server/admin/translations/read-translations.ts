// Reads the translations of services or reasons, keyed by their id: for the management API and the terminal's configuration.
import { isTerminalLanguage, type Translations, type TranslationLanguage } from '../../contract/languages';
import type { Db } from '../../store/database';

type Row = { id: string; language: string; label: string };

function group(ids: readonly string[], rows: readonly Row[]): Map<string, Translations> {
  const out = new Map<string, Translations>(ids.map((id) => [id, {}]));
  for (const r of rows) {
    // A language the code no longer offers stays stored but is not shown anywhere.
    if (r.language === 'it' || !isTerminalLanguage(r.language)) continue;
    const of = out.get(r.id);
    if (of) of[r.language as TranslationLanguage] = r.label;
  }
  return out;
}

export async function serviceTranslations(db: Db, serviceIds: readonly string[]): Promise<Map<string, Translations>> {
  if (serviceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('service_translations')
    .select(['service_id as id', 'language', 'label'])
    .where('service_id', 'in', [...serviceIds])
    .execute();
  return group(serviceIds, rows);
}

export async function reasonTranslations(db: Db, reasonIds: readonly string[]): Promise<Map<string, Translations>> {
  if (reasonIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('reason_translations')
    .select(['reason_id as id', 'language', 'label'])
    .where('reason_id', 'in', [...reasonIds])
    .execute();
  return group(reasonIds, rows);
}
