// The management writes that carry the version the form was opened with, and the reads that give it: offices, terminals and the reason list.
import { apiPaths } from '../../../server/contract/api';
import type { Office, Reason, Terminal } from '../../../server/contract/admin';
import { request } from '../api';
import type { OfficeInput, ReasonInput, TerminalInput } from '../admin-api';

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
