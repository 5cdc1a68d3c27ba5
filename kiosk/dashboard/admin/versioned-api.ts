// The management writes that carry the version the form was opened with, and the reads that give it: offices, terminals, the reason list, services, administrations and people.
import { apiPaths } from '../../../server/contract/api';
import type { Administration, Office, Reason, Service, Terminal, User } from '../../../server/contract/admin';
import { request } from '../api';
import { S } from './stale-labels';
import { listAdministrations, listServices, type OfficeInput, type ReasonInput, type ServiceUpdate, type TerminalInput, type UserUpdateInput } from '../admin-api';

/** Only the fields changed, with the version read: a change someone made meanwhile is answered 409 stale, not overwritten. */
export type Versioned<T> = Partial<T> & { version?: string };

export const getOffice = (id: string, signal?: AbortSignal) => request<Office>('GET', apiPaths.office(id), { signal });
export const changeOffice = (id: string, change: Versioned<OfficeInput>) => request<Office>('PATCH', apiPaths.office(id), { body: change });

export const getTerminal = (id: string, signal?: AbortSignal) => request<Terminal>('GET', apiPaths.terminal(id), { signal });
/** `staffPin` as the terminal form sends it: a new PIN, or null to remove it. */
export const changeTerminal = (id: string, change: Versioned<TerminalInput & { staffPin: string | null; sound: boolean; minIntervalSeconds: number; burstPerMinute: number }>) =>
  request<Terminal>('PATCH', apiPaths.terminal(id), { body: change });

/** The live reasons in order, with the list's version (its ETag). */
export interface ReasonList {
  reasons: Reason[];
  version: string | undefined;
}

async function withVersion(send: (onHeaders: (h: Headers) => void) => Promise<Reason[]>): Promise<ReasonList> {
  let version: string | undefined;
  const reasons = await send((h) => (version = h.get('etag') ?? undefined));
  return { reasons, version };
}

export const readReasons = (administrationId: string, signal?: AbortSignal) =>
  withVersion((onHeaders) => request<Reason[]>('GET', apiPaths.administrationReasons(administrationId), { signal, onHeaders }));

/** The whole ordered list: entries without id are new, live reasons left out are archived; refused as stale if the list changed since `version`. */
export const replaceReasons = (administrationId: string, reasons: ReasonInput[], version: string | undefined) =>
  withVersion((onHeaders) => request<Reason[]>('PUT', apiPaths.administrationReasons(administrationId), { body: { reasons, ...(version ? { version } : {}) }, onHeaders }));

/** An item read again from the list it is kept in (the API reads services and administrations by list only); gone from it, an error says so. */
async function fromList<T extends { id: string }>(list: Promise<T[]>, id: string): Promise<T> {
  const found = (await list).find((item) => item.id === id);
  if (!found) throw new Error(S.notListed);
  return found;
}

export const getService = (administrationId: string, id: string, signal?: AbortSignal) => fromList(listServices(administrationId, signal), id);
export const changeService = (id: string, change: ServiceUpdate & { version?: string }) => request<Service>('PATCH', apiPaths.service(id), { body: change });

export const getAdministration = (id: string, signal?: AbortSignal) => fromList(listAdministrations(signal), id);
export const renameAdministration = (id: string, name: string, version: string | undefined) =>
  request<Administration>('PATCH', apiPaths.administration(id), { body: { name, ...(version ? { version } : {}) } });

export const getUser = (id: string, signal?: AbortSignal) => request<User>('GET', apiPaths.user(id), { signal });
export const changeUser = (id: string, change: Versioned<UserUpdateInput>) => request<User>('PATCH', apiPaths.user(id), { body: change });
