// Finds the names behind the ids an audit page shows: from the entries themselves first, then from the lists the reader may see.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AuditEntry } from '../../../server/contract/admin';
import type { Grant } from '../../../server/contract/auth';
import { getTerminalNames, listAdministrations, listOffices, listServices, listUsers } from '../admin-api';
import type { NameBook } from './audit-details';

type Kind = keyof NameBook;
type Names = Record<Kind, Map<string, string>>;

const KINDS: readonly Kind[] = ['administration', 'office', 'service', 'terminal', 'user'];
const isKind = (t: string): t is Kind => (KINDS as readonly string[]).includes(t);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const grantsOf = (v: unknown): Grant[] => (Array.isArray(v) ? (v as Grant[]) : []);

/** Names the entries carry (create and rename entries record the name), newest first so a rename wins. */
export function namesInEntries(entries: readonly AuditEntry[]): Names {
  const names: Names = { administration: new Map(), office: new Map(), service: new Map(), terminal: new Map(), user: new Map() };
  for (const e of entries) {
    const name = e.details.name;
    if (typeof name === 'string' && isKind(e.targetType) && !names[e.targetType].has(e.targetId)) names[e.targetType].set(e.targetId, name);
  }
  return names;
}

/** Every id the entries mention, by kind. */
export function idsInEntries(entries: readonly AuditEntry[]): Record<Kind, Set<string>> {
  const ids: Record<Kind, Set<string>> = { administration: new Set(), office: new Set(), service: new Set(), terminal: new Set(), user: new Set() };
  for (const e of entries) {
    if (e.administrationId) ids.administration.add(e.administrationId);
    if (isKind(e.targetType)) ids[e.targetType].add(e.targetId);
    if (e.actor) ids.user.add(e.actor.id);
    const d = e.details;
    // An alert rule's office and service, before and after a change; the person a report is sent to.
    for (const key of ['officeId', 'previousOfficeId']) if (typeof d[key] === 'string') ids.office.add(d[key]);
    for (const key of ['serviceId', 'previousServiceId']) if (typeof d[key] === 'string') ids.service.add(d[key]);
    if (typeof d.userId === 'string') ids.user.add(d.userId);
    strings(d.offices).forEach((id) => ids.office.add(id));
    strings(d.serviceIds).forEach((id) => ids.service.add(id));
    strings(d.terminals).forEach((id) => ids.terminal.add(id));
    for (const g of [...grantsOf(d.grants), ...grantsOf(d.previousGrants)]) {
      if (g.administrationId) ids.administration.add(g.administrationId);
      if (g.officeId) ids.office.add(g.officeId);
    }
  }
  return ids;
}

/**
 * Asks the collector only for what the entries leave unnamed: the administrations (one list), the
 * offices and services of each administration mentioned (two lists each), people (one list) and
 * the terminals not asked for yet (one request: an archived service's entry names every terminal
 * that offered it, 76 requests when asked one by one). A list the reader may not see just leaves
 * those ids as they are.
 */
export function useAuditNames(entries: readonly AuditEntry[]): NameBook {
  const [fetched, setFetched] = useState<Names>(() => namesInEntries([]));
  const asked = useRef(new Set<string>());
  // One controller for the page's life: a new page of entries still wants what was asked for before.
  const abort = useRef(new AbortController());
  useEffect(() => () => abort.current.abort(), []);

  useEffect(() => {
    const { signal } = abort.current;
    const add = (kind: Kind, items: readonly { id: string; name: string }[]) =>
      setFetched((old) => ({ ...old, [kind]: new Map([...old[kind], ...items.map((i) => [i.id, i.name] as const)]) }));
    // Once per page: a failed or refused list is not asked again while the log is open.
    const once = (key: string, load: () => Promise<void>) => {
      if (asked.current.has(key)) return;
      asked.current.add(key);
      load().catch(() => undefined);
    };
    const inEntries = namesInEntries(entries);
    const ids = idsInEntries(entries);
    if (ids.administration.size) once('administrations', async () => add('administration', await listAdministrations(signal)));
    // Offices and services are listed per administration: those of the entries' administrations.
    for (const a of ids.administration) {
      if (ids.office.size) once(`offices:${a}`, async () => add('office', await listOffices(a, signal)));
      if (ids.service.size) once(`services:${a}`, async () => add('service', await listServices(a, signal)));
    }
    if ([...ids.user].some((id) => !inEntries.user.has(id))) once('users', async () => add('user', await listUsers(signal)));
    const terminals = [...ids.terminal].filter((id) => !inEntries.terminal.has(id) && !asked.current.has(`terminal:${id}`));
    if (terminals.length) {
      terminals.forEach((id) => asked.current.add(`terminal:${id}`));
      getTerminalNames(terminals, signal).then((names) => add('terminal', names), () => undefined);
    }
  }, [entries]);

  return useMemo(() => {
    const own = namesInEntries(entries);
    // What the collector has now beats what an old entry recorded (a later rename).
    const lookup = (kind: Kind) => (id: string) => fetched[kind].get(id) ?? own[kind].get(id);
    return { administration: lookup('administration'), office: lookup('office'), service: lookup('service'), terminal: lookup('terminal'), user: lookup('user') };
  }, [entries, fetched]);
}
