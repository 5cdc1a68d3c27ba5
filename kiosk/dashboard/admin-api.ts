// The management API as the dashboard calls it: administrations, offices, services, reasons, terminals, people, audit, people served, API keys.
import { apiPaths, MAX_TERMINAL_NAMES } from '../../server/contract/api';
import type { Grant, PairingCode } from '../../server/contract/auth';
import type { Administration, AuditEntry, OpeningHours, Office, Reason, Service, Terminal, User } from '../../server/contract/admin';
import type { ApiKey, PeopleServedEntry, PeopleServedImportResult, PeopleServedRow } from '../../server/contract/participation';
import type { QualityDimension } from '../../server/contract/quality';
import type { Translations } from '../../server/contract/languages';
import type { ScaleSize } from '../../server/contract/scale';
import type { TerminalMode } from '../../server/contract/terminal-config';
import { request } from './api';

const get = <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, { signal });
const post = <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} });
const patch = <T>(path: string, body: unknown) => request<T>('PATCH', path, { body });

export const listAdministrations = (signal?: AbortSignal) => get<Administration[]>(apiPaths.administrations, signal);
export const createAdministration = (name: string) => post<Administration>(apiPaths.administrations, { name });

export interface OfficeInput {
  name: string;
  address: string;
  timeZone: string;
  openingHours: OpeningHours;
  holidays: string[];
}
export const listOffices = (administrationId: string, signal?: AbortSignal) => get<Office[]>(apiPaths.administrationOffices(administrationId), signal);
export const createOffice = (administrationId: string, input: OfficeInput) => post<Office>(apiPaths.offices, { administrationId, ...input });
export const updateOffice = (id: string, input: Partial<OfficeInput>) => patch<Office>(apiPaths.office(id), input);
/** The archives carry the version the list showed, when there is one: someone's change since refuses them (409 stale). */
const versioned = (version: string | undefined) => (version ? { version } : {});
export const archiveOffice = (id: string, version?: string) => post<Office>(apiPaths.officeArchive(id), versioned(version));
export const archiveAdministration = (id: string, version?: string) => post<Administration>(apiPaths.administrationArchive(id), versioned(version));

export interface ServiceInput {
  name: string;
  standard: { minPositivePct: number } | null;
  /** The name in the terminal's other languages; on an update, replaces them all. */
  translations?: Translations;
}
export const listServices = (administrationId: string, signal?: AbortSignal) => get<Service[]>(apiPaths.administrationServices(administrationId), signal);
export const createService = (administrationId: string, input: ServiceInput) => post<Service>(apiPaths.services, { administrationId, ...input });
export interface ServiceUpdate extends Partial<ServiceInput> {
  /** With `standard`: the first day it applies (the collector's default is today); earlier days keep theirs. */
  standardFrom?: string;
}
export const archiveService = (id: string, version?: string) => post<Service>(apiPaths.serviceArchive(id), versioned(version));

export interface ReasonInput {
  id?: string;
  label: string;
  dimension: QualityDimension | null;
  /** Replaces the label's translations; left out, a kept reason keeps its own. */
  translations?: Translations;
}
export const listReasons = (administrationId: string, signal?: AbortSignal) => get<Reason[]>(apiPaths.administrationReasons(administrationId), signal);
/** The whole ordered list: entries without id are new, live reasons left out are archived. */
export const saveReasons = (administrationId: string, reasons: ReasonInput[]) =>
  request<Reason[]>('PUT', apiPaths.administrationReasons(administrationId), { body: { reasons } });

export interface TerminalInput {
  name: string;
  mode: TerminalMode;
  serviceIds: string[];
  scale?: ScaleSize;
}
export const listTerminals = (officeId: string, signal?: AbortSignal) => get<Terminal[]>(apiPaths.officeTerminals(officeId), signal);
/** The names of those of `ids` the reader may manage: one request per MAX_TERMINAL_NAMES ids, not one per terminal. */
export async function getTerminalNames(ids: readonly string[], signal?: AbortSignal): Promise<Pick<Terminal, 'id' | 'name'>[]> {
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += MAX_TERMINAL_NAMES) batches.push(ids.slice(i, i + MAX_TERMINAL_NAMES));
  const answers = await Promise.all(batches.map((b) => get<Pick<Terminal, 'id' | 'name'>[]>(`${apiPaths.terminalNames}?ids=${b.map(encodeURIComponent).join(',')}`, signal)));
  return answers.flat();
}
export const createTerminal = (officeId: string, input: TerminalInput) => post<Terminal>(apiPaths.terminals, { officeId, ...input });
export const updateTerminal = (id: string, input: Partial<TerminalInput>) => patch<Terminal>(apiPaths.terminal(id), input);
export const issuePairingCode = (id: string) => post<PairingCode>(apiPaths.terminalPairingCode(id));
export const revokeTerminal = (id: string) => post<Terminal>(apiPaths.terminalRevoke(id));
export const archiveTerminal = (id: string, version?: string) => post<Terminal>(apiPaths.terminalArchive(id), versioned(version));

export interface UserCreateInput {
  email: string;
  name: string;
  password: string;
  grants: Grant[];
}
export interface UserUpdateInput {
  name?: string;
  grants?: Grant[];
  disabled?: boolean;
  password?: string;
}
/** Everyone the reader manages; with `administrationId`, only those holding a role there (installation admins included). */
export const listUsers = (signal?: AbortSignal, administrationId?: string) =>
  get<User[]>(administrationId ? `${apiPaths.users}?administrationId=${encodeURIComponent(administrationId)}` : apiPaths.users, signal);
export const createUser = (input: UserCreateInput) => post<User>(apiPaths.users, input);

export interface AuditQuery {
  administrationId?: string;
  before?: string;
  beforeId?: string;
  limit?: number;
  after?: string;
  targetType?: string;
  actor?: string;
}
/** Newest first; pass the oldest entry's `at` as `before` and its id as `beforeId` for the next page. */
export function listAudit(query: AuditQuery, signal?: AbortSignal): Promise<AuditEntry[]> {
  const q = new URLSearchParams();
  if (query.administrationId) q.set('administrationId', query.administrationId);
  if (query.before) q.set('before', query.before);
  if (query.beforeId) q.set('beforeId', query.beforeId);
  if (query.limit) q.set('limit', String(query.limit));
  if (query.after) q.set('after', query.after);
  if (query.targetType) q.set('targetType', query.targetType);
  if (query.actor) q.set('actor', query.actor);
  const search = q.toString();
  return get<AuditEntry[]>(search ? `${apiPaths.audit}?${search}` : apiPaths.audit, signal);
}

/** What a save or an import of people served did: figures written (equal ones too) and figures removed. */
export interface PeopleServedResult {
  stored: number;
  removed: number;
}
/** An office's people-served figures over a period, each with the votes of the same service, channel and day. */
export function listPeopleServed(officeId: string, period: { from: string; to: string }, signal?: AbortSignal): Promise<PeopleServedRow[]> {
  return get<PeopleServedRow[]>(`${apiPaths.officePeopleServed(officeId)}?${new URLSearchParams({ from: period.from, to: period.to }).toString()}`, signal);
}
/** All or nothing: a refusal lists every problem as /entries/N/field. */
export const savePeopleServed = (officeId: string, entries: PeopleServedEntry[]) => request<PeopleServedResult>('PUT', apiPaths.officePeopleServed(officeId), { body: { entries } });
/** The file's text as text/csv; all or nothing: a refusal lists every bad line; an import names the columns it did not read. */
export const importPeopleServedCsv = (officeId: string, csv: string) => request<PeopleServedImportResult>('POST', apiPaths.officePeopleServedCsv(officeId), { body: csv, contentType: 'text/csv' });

/** An API key as created: the key itself travels this once. */
export type NewApiKey = ApiKey & { key: string };
export const listApiKeys = (administrationId: string, signal?: AbortSignal) => get<ApiKey[]>(apiPaths.administrationApiKeys(administrationId), signal);
export const createApiKey = (administrationId: string, name: string) => post<NewApiKey>(apiPaths.administrationApiKeys(administrationId), { name });
export const revokeApiKey = (id: string) => post<ApiKey>(apiPaths.apiKeyRevoke(id));
