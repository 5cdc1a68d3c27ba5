// One writer at a time on an administration's structure (its offices, services, terminals, channel points, reasons).
import type { Db } from '../store/database';

/**
 * Locks the administration's row until the transaction ends, and answers whether it is archived.
 * On PostgreSQL, two transactions that change the same administration at once (archive a service
 * while a terminal is created on it, archive both services of a terminal, save the reason list
 * twice, create two terminals called alike) each read before the other committed, and both went
 * ahead: a terminal on an archived service or with none left, a reason list stored twice, a 500 on
 * the id made from the name. Taken first in each such transaction, this row makes the second wait
 * for the first's commit, and its reads then see what the first did. Always the first lock taken,
 * so that two of these never wait on each other (no deadlock). SQLite runs one write transaction at
 * a time already; the lock clause is left out there (store/row-locks.ts). `trx` must be the
 * transaction that writes.
 */
export async function lockAdministration(trx: Db, administrationId: string): Promise<{ archived_at: string | null }> {
  return trx.selectFrom('administrations').select('archived_at').where('id', '=', administrationId).forUpdate().executeTakeFirstOrThrow();
}

/** The same, for the administration of an office (an office never moves to another administration). */
export async function lockAdministrationOfOffice(trx: Db, officeId: string): Promise<void> {
  const office = await trx.selectFrom('offices').select('administration_id').where('id', '=', officeId).executeTakeFirstOrThrow();
  await lockAdministration(trx, office.administration_id);
}

/** The same, for the administration of a service. */
export async function lockAdministrationOfService(trx: Db, serviceId: string): Promise<void> {
  const service = await trx.selectFrom('services').select('administration_id').where('id', '=', serviceId).executeTakeFirstOrThrow();
  await lockAdministration(trx, service.administration_id);
}

/** The same, for the administration of a terminal (or of a channel point, which is a terminal row). */
export async function lockAdministrationOfTerminal(trx: Db, terminalId: string): Promise<void> {
  await lockAdministrationOfOffice(trx, (await trx.selectFrom('terminals').select('office_id').where('id', '=', terminalId).executeTakeFirstOrThrow()).office_id);
}
