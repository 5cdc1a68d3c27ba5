// Twenty-ninth schema, data only: the national programme's four default reasons, as every administration got
// them, now come with their translations into the terminal's other languages (contract/quality.ts). An
// administration created before gets them too, but only for a default reason still as it was given (its id,
// its Italian label unchanged) that has no translation at all: anything an administrator wrote stays as it is.
import type { Kysely, Migration } from 'kysely';
import { DEFAULT_REASON_TRANSLATIONS, DEFAULT_REASONS } from '../../contract/quality';

export const defaultReasonTranslations: Migration = {
  async up(db: Kysely<any>) {
    const administrations = await db.selectFrom('administrations').select('id').execute();
    for (const { id } of administrations) {
      for (const r of DEFAULT_REASONS) {
        const reasonId = `${id}-${r.code}`;
        const reason = await db.selectFrom('reasons').select('label').where('id', '=', reasonId).executeTakeFirst();
        if (!reason || reason.label !== r.label) continue;
        const translated = await db.selectFrom('reason_translations').select('language').where('reason_id', '=', reasonId).executeTakeFirst();
        if (translated) continue;
        const rows = Object.entries(DEFAULT_REASON_TRANSLATIONS[r.code] ?? {}).map(([language, label]) => ({ reason_id: reasonId, language, label }));
        if (rows.length) await db.insertInto('reason_translations').values(rows).execute();
      }
    }
  },
};
