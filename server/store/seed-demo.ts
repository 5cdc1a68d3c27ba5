// Creates the demo installation on an empty database: one comune, two offices, services, two terminals.
import { DEFAULT_REASONS, defaultReasonTranslationRows } from '../contract/quality';
import { DEFAULT_SCALE } from '../contract/scale';
import type { Db } from './database';

export const DEMO = {
  administration: { id: 'valdoria', name: 'Comune di Valdoria' },
  offices: [
    { id: 'valdoria-municipio', name: 'Sede municipale, Piazza Garibaldi 1' },
    { id: 'valdoria-san-rocco', name: 'Ufficio decentrato di San Rocco' },
  ],
  services: [
    { id: 'valdoria-anagrafe', name: 'Anagrafe e stato civile' },
    { id: 'valdoria-tributi', name: 'Tributi' },
    { id: 'valdoria-suap', name: 'SUAP - Sportello unico attività produttive' },
    { id: 'valdoria-sociali', name: 'Servizi sociali' },
    { id: 'valdoria-urp', name: 'URP - Relazioni con il pubblico' },
  ],
  terminals: [
    {
      id: 'valdoria-totem-ingresso',
      officeId: 'valdoria-municipio',
      name: 'Totem nell’atrio',
      mode: 'totem' as const,
      channel: 'totem',
      services: ['valdoria-anagrafe', 'valdoria-tributi', 'valdoria-suap', 'valdoria-sociali', 'valdoria-urp'],
    },
    {
      id: 'valdoria-sportello-anagrafe',
      officeId: 'valdoria-san-rocco',
      name: 'Sportello Anagrafe',
      mode: 'counter' as const,
      channel: 'sportello',
      services: ['valdoria-anagrafe'],
    },
  ],
};

/** Seeds the demo only when no administration exists; returns whether it did. */
export async function seedDemo(db: Db, now = new Date()): Promise<boolean> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('administrations').select('id').limit(1).executeTakeFirst();
    if (existing) return false;
    const adminId = DEMO.administration.id;
    await trx.insertInto('administrations').values({ ...DEMO.administration, created_at: at }).execute();
    await trx
      .insertInto('offices')
      .values(DEMO.offices.map((o) => ({ ...o, administration_id: adminId, time_zone: 'Europe/Rome', archived_at: null, created_at: at })))
      .execute();
    await trx
      .insertInto('services')
      .values(DEMO.services.map((s) => ({ ...s, administration_id: adminId, archived_at: null, created_at: at })))
      .execute();
    await trx
      .insertInto('reasons')
      .values(DEFAULT_REASONS.map((r, position) => ({ id: `${adminId}-${r.code}`, administration_id: adminId, ...r, position, archived_at: null })))
      .execute();
    await trx.insertInto('reason_translations').values(defaultReasonTranslationRows(adminId)).execute();
    for (const t of DEMO.terminals) {
      await trx
        .insertInto('terminals')
        .values({ id: t.id, office_id: t.officeId, name: t.name, mode: t.mode, channel: t.channel, scale: DEFAULT_SCALE, archived_at: null, created_at: at })
        .execute();
      await trx
        .insertInto('terminal_services')
        .values(t.services.map((service_id, position) => ({ terminal_id: t.id, service_id, position })))
        .execute();
    }
    return true;
  });
}
