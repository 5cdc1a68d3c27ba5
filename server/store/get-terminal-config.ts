// Reads everything a terminal needs to run, in the shape of the contract's TerminalConfig.
import { createHash } from 'node:crypto';
import type { QualityDimension } from '../contract/quality';
import { DEFAULT_SCALE, SCALE_SIZES, type ScaleSize } from '../contract/scale';
import type { Channel, TerminalConfig, TerminalMode } from '../contract/terminal-config';
import { parseOpeningHours } from '../admin/opening-hours';
import type { OpeningHours } from '../contract/opening-hours';
import { parseStaffPinHash } from '../contract/staff-pin';
import type { Db } from './database';
import type { Translations } from '../contract/languages';
import { reasonTranslations, serviceTranslations } from '../admin/translations/read-translations';

/** Timings chosen for a lobby: long enough to read, short enough that the next citizen finds the start. */
export const DEFAULT_TIMING = { thanksMs: 4000, idleMs: 30_000, followUpMs: 20_000 } as const;

/** null when the terminal does not exist or was archived. */
export async function getTerminalConfig(db: Db, terminalId: string): Promise<TerminalConfig | null> {
  const t = await db
    .selectFrom('terminals')
    .innerJoin('offices', 'offices.id', 'terminals.office_id')
    .innerJoin('administrations', 'administrations.id', 'offices.administration_id')
    .select([
      'terminals.id',
      'terminals.name',
      'terminals.mode',
      'terminals.channel',
      'terminals.scale',
      'terminals.sound',
      'terminals.staff_pin_hash',
      'offices.id as office_id',
      'offices.name as office_name',
      'offices.time_zone',
      'offices.opening_hours',
      'offices.holidays',
      'administrations.id as administration_id',
      'administrations.name as administration_name',
    ])
    .where('terminals.id', '=', terminalId)
    .where('terminals.archived_at', 'is', null)
    .executeTakeFirst();
  if (!t) return null;

  const [services, reasons] = await Promise.all([
    db
      .selectFrom('terminal_services')
      .innerJoin('services', 'services.id', 'terminal_services.service_id')
      .select(['services.id', 'services.name'])
      .where('terminal_services.terminal_id', '=', t.id)
      .where('services.archived_at', 'is', null)
      .orderBy('terminal_services.position')
      .execute(),
    db
      .selectFrom('reasons')
      .select(['id', 'label', 'dimension'])
      .where('administration_id', '=', t.administration_id)
      .where('archived_at', 'is', null)
      .orderBy('position')
      .execute(),
  ]);

  const [serviceNames, reasonLabels] = await Promise.all([serviceTranslations(db, services.map((s) => s.id)), reasonTranslations(db, reasons.map((r) => r.id))]);
  const scale = (SCALE_SIZES as number[]).includes(t.scale) ? (t.scale as ScaleSize) : DEFAULT_SCALE;
  const body = {
    terminal: { id: t.id, name: t.name, mode: t.mode as TerminalMode, channel: t.channel as Channel, sound: t.sound === 1, staffPin: parseStaffPinHash(t.staff_pin_hash) },
    administration: { id: t.administration_id, name: t.administration_name },
    office: { id: t.office_id, name: t.office_name, timeZone: t.time_zone, openingHours: knownHours(t.opening_hours), holidays: JSON.parse(t.holidays) as string[] },
    services: (t.mode === 'counter' ? services.slice(0, 1) : services).map((s) => ({ ...s, ...translated(serviceNames.get(s.id)) })),
    scale,
    reasons: reasons.map((r) => ({ id: r.id, label: r.label, dimension: r.dimension as QualityDimension | null, ...translated(reasonLabels.get(r.id)) })),
    timing: { ...DEFAULT_TIMING },
  };
  // Derived from the content itself, so any change (a renamed service, a new reason) changes it.
  const version = createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 16);
  return { ...body, version };
}

/** Hours with no interval on any day were never set (or the office never opens): the terminal stays awake rather than rest for good. */
function knownHours(json: string): OpeningHours | null {
  const hours = parseOpeningHours(json);
  return Object.values(hours).some((day) => day.length > 0) ? hours : null;
}

/** Only when there are some: a terminal nobody translated for keeps the configuration (and version) it had. */
function translated(translations: Translations | undefined): { translations?: Translations } {
  return translations && Object.keys(translations).length > 0 ? { translations } : {};
}
