// Creates or updates a terminal (name, mode, services, scale), with its audit entry.
import type { Terminal } from '../../contract/admin';
import { DEFAULT_SCALE, type ScaleSize } from '../../contract/scale';
import type { TerminalMode } from '../../contract/terminal-config';
import { recordAudit, type Actor } from '../../audit/record-audit';
import type { Db } from '../../store/database';
import { cleanName, Problems, refuseArchived } from '../checks';
import { newId } from '../new-id';
import { lockAdministrationOfOffice, lockAdministrationOfTerminal } from '../lock-administration';
import { CHANNEL_OF_MODE, checkTerminalServices } from './check-terminal-services';
import { getTerminal } from './get-terminals';
import { recordFormerServices } from '../../terminals/former-services';
import { hashStaffPin } from '../../terminals/staff-pin';
import { getLastChange } from '../../audit/get-last-change';
import { refuseStale } from '../item-version';
import { nameKey } from '../name-taken';
import { refuseTakenTerminalName } from './refuse-taken-terminal-name';

export interface TerminalFields {
  name: string;
  mode: TerminalMode;
  serviceIds: string[];
  scale?: ScaleSize;
  sound?: boolean;
  /** Misuse thresholds (server/ingest/flag-taps.ts); the defaults are the migration's, 3 s and 8 a minute. */
  minIntervalSeconds?: number;
  burstPerMinute?: number;
  /** 4-8 digits, hashed before storage; null removes it. */
  staffPin?: string | null;
}

/** What the audit log keeps of a change: never the PIN, only that it was set or removed. */
function auditable(change: Partial<TerminalFields>): Record<string, unknown> {
  const { staffPin, ...rest } = change;
  return staffPin === undefined ? rest : { ...rest, staffPin: staffPin === null ? 'removed' : 'set' };
}

function misuseColumns(input: Partial<TerminalFields>) {
  return {
    ...(input.minIntervalSeconds !== undefined ? { min_interval_seconds: input.minIntervalSeconds } : {}),
    ...(input.burstPerMinute !== undefined ? { burst_per_minute: input.burstPerMinute } : {}),
  };
}

async function setServices(db: Db, terminalId: string, serviceIds: readonly string[], now: Date): Promise<void> {
  // Votes carry their own service id, so replacing the rows is safe for votes stored; but a terminal
  // may still hold votes cast for a service taken off it: the time it was on the terminal is kept, and
  // ingest takes those votes if cast then (migration 035).
  const at = now.toISOString();
  const before = await db.selectFrom('terminal_services').select(['service_id', 'added_at']).where('terminal_id', '=', terminalId).execute();
  const removed = before.filter((r) => !serviceIds.includes(r.service_id));
  await recordFormerServices(db, removed.map((r) => ({ terminalId, serviceId: r.service_id, addedAt: r.added_at })), at);
  const addedAt = new Map(before.map((r) => [r.service_id, r.added_at]));
  await db.deleteFrom('terminal_services').where('terminal_id', '=', terminalId).execute();
  await db
    .insertInto('terminal_services')
    .values(serviceIds.map((service_id, position) => ({ terminal_id: terminalId, service_id, position, added_at: addedAt.has(service_id) ? addedAt.get(service_id)! : at })))
    .execute();
}

export async function createTerminal(db: Db, officeId: string, input: TerminalFields, actor: Actor, now: Date): Promise<Terminal> {
  const id = await db.transaction().execute(async (trx) => {
    // Before any read: the office and the services checked below stay as read (not archived meanwhile),
    // and a second terminal called alike waits, then gets an id of its own from newId.
    await lockAdministrationOfOffice(trx, officeId);
    const office = await trx.selectFrom('offices').select(['administration_id', 'archived_at']).where('id', '=', officeId).executeTakeFirstOrThrow();
    refuseArchived(office, 'office');
    const problems = new Problems();
    const name = cleanName(input.name, '/name', problems);
    await checkTerminalServices(trx, office.administration_id, input.mode, input.serviceIds, problems);
    problems.throwIfAny((w) => w.terminalInvalid);
    await refuseTakenTerminalName(trx, officeId, name);
    const id = await newId(office.administration_id, name, async (c) => !!(await trx.selectFrom('terminals').select('id').where('id', '=', c).executeTakeFirst()));
    const scale = input.scale ?? DEFAULT_SCALE;
    const staff_pin_hash = input.staffPin ? await hashStaffPin(input.staffPin) : null;
    await trx
      .insertInto('terminals')
      .values({ id, office_id: officeId, name, mode: input.mode, channel: CHANNEL_OF_MODE[input.mode], scale, sound: input.sound ? 1 : 0, staff_pin_hash, ...misuseColumns(input), archived_at: null, created_at: now.toISOString() })
      .execute();
    await setServices(trx, id, input.serviceIds, now);
    await recordAudit(
      trx,
      { actor, administrationId: office.administration_id, action: 'terminal.create', targetType: 'terminal', targetId: id, details: { officeId, name, mode: input.mode, serviceIds: input.serviceIds, scale, sound: input.sound ?? false, staffPin: staff_pin_hash ? 'set' : 'none', ...(input.minIntervalSeconds !== undefined ? { minIntervalSeconds: input.minIntervalSeconds } : {}), ...(input.burstPerMinute !== undefined ? { burstPerMinute: input.burstPerMinute } : {}) } },
      now,
    );
    return id;
  });
  return (await getTerminal(db, id))!;
}

/**
 * Fields left out stay; the result (old and new fields together) must still be a valid terminal.
 * With `version` (the terminal as the person read it), a change made meanwhile by someone else
 * refuses it: 409 stale, nothing stored.
 */
export async function updateTerminal(db: Db, terminalId: string, change: Partial<TerminalFields>, actor: Actor, now: Date, version?: string): Promise<Terminal> {
  await db.transaction().execute(async (trx) => {
    // Its administration (its services stay as checked), then its row: an archiving (terminal-lifecycle.ts)
    // or another change under way finishes first, and the read below sees it (two lists of services at once
    // collided on the service rows: a 500).
    await lockAdministrationOfTerminal(trx, terminalId);
    await trx.selectFrom('terminals').select('id').where('id', '=', terminalId).forUpdate().execute();
    const current = (await getTerminal(trx, terminalId))!;
    refuseArchived(current, 'terminal');
    await refuseStale(version, current.version!, 'terminal', () => getLastChange(trx, current.administrationId, 'terminal', terminalId, ['terminal.create', 'terminal.update']));
    const problems = new Problems();
    const name = change.name === undefined ? undefined : cleanName(change.name, '/name', problems);
    const mode = change.mode ?? current.mode;
    const serviceIds = change.serviceIds ?? current.serviceIds;
    if (change.mode !== undefined || change.serviceIds !== undefined) await checkTerminalServices(trx, current.administrationId, mode, serviceIds, problems);
    problems.throwIfAny((w) => w.terminalInvalid);
    // A new name only: one of two terminals called alike before the rule (or its letter case fixed) still saves its other settings.
    if (name !== undefined && nameKey(name) !== nameKey(current.name)) await refuseTakenTerminalName(trx, current.officeId, name, terminalId);
    const columns = {
      ...(name !== undefined ? { name } : {}),
      ...(change.mode !== undefined ? { mode, channel: CHANNEL_OF_MODE[mode] } : {}),
      ...(change.scale !== undefined && change.scale !== current.scale ? { scale: change.scale, previous_scale: current.scale, scale_changed_at: now.toISOString() } : {}),
      ...(change.sound !== undefined ? { sound: change.sound ? 1 : 0 } : {}),
      ...misuseColumns(change),
      ...(change.staffPin !== undefined ? { staff_pin_hash: change.staffPin === null ? null : await hashStaffPin(change.staffPin) } : {}),
    };
    if (Object.keys(columns).length === 0 && change.serviceIds === undefined) return;
    if (Object.keys(columns).length) await trx.updateTable('terminals').set(columns).where('id', '=', terminalId).execute();
    // Votes it queued in the former mode keep that mode's channel and services (check-votes.ts).
    if (change.mode !== undefined && change.mode !== current.mode) {
      await trx
        .insertInto('terminal_mode_changes')
        .values({ terminal_id: terminalId, changed_at: now.toISOString(), mode_before: current.mode, channel_before: CHANNEL_OF_MODE[current.mode] })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    if (change.serviceIds !== undefined) await setServices(trx, terminalId, serviceIds, now);
    await recordAudit(trx, { actor, administrationId: current.administrationId, action: 'terminal.update', targetType: 'terminal', targetId: terminalId, details: { ...auditable(change), ...(name !== undefined ? { name } : {}) } }, now);
  });
  return (await getTerminal(db, terminalId))!;
}
