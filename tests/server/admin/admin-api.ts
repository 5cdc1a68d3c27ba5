// Helpers for the management API tests: calls as a given person, and a second administration to trespass on.
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import type { Grant } from '../../../server/contract/auth';
import type { SignedIn, TestCollector } from '../helpers/test-collector';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A CSV file to upload as the request body. */
export class Csv {
  constructor(readonly text: string) {}
}

/** A file of any other type (an image) to upload as the request body. */
export class Upload {
  constructor(
    readonly bytes: Buffer,
    readonly type: string,
  ) {}
}

/** app.inject as a signed-in person; answers status and parsed JSON body. */
export function as(app: FastifyInstance, who: SignedIn) {
  const call = async (method: Method, url: string, payload?: unknown) => {
    // A Csv payload travels as the file it stands for; anything else as JSON.
    const csv = payload instanceof Csv;
    const upload = payload instanceof Upload;
    const headers = csv ? { ...who.headers, 'content-type': 'text/csv; charset=utf-8' } : upload ? { ...who.headers, 'content-type': payload.type } : who.headers;
    const body = csv ? payload.text : upload ? payload.bytes : (payload as object);
    const res = await app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: body }) });
    const json = String(res.headers['content-type'] ?? '').startsWith('application/json');
    return { status: res.statusCode, body: json ? res.json() : res.body, headers: res.headers };
  };
  return {
    get: (url: string) => call('GET', url),
    post: (url: string, payload?: unknown) => call('POST', url, payload),
    put: (url: string, payload: unknown) => call('PUT', url, payload),
    patch: (url: string, payload: unknown) => call('PATCH', url, payload),
    call,
  };
}

export const grant = {
  installation: (): Grant => ({ role: 'installation_admin', administrationId: null, officeId: null }),
  administration: (administrationId: string): Grant => ({ role: 'administration_admin', administrationId, officeId: null }),
  office: (administrationId: string, officeId: string): Grant => ({ role: 'office_manager', administrationId, officeId }),
  viewer: (administrationId: string, officeId: string | null = null): Grant => ({ role: 'viewer', administrationId, officeId }),
};

export interface OtherAdministration {
  administrationId: string;
  officeId: string;
  serviceId: string;
  /** A second live service, so archiving the first never strands the terminal. */
  spareServiceId: string;
  terminalId: string;
  /** A person whose roles are all in the other administration. */
  userId: string;
  /** An API key of the administration (for its queue-ticket system). */
  apiKeyId: string;
}

/** A second comune built through the API by the installation admin: an office, two services, a totem, a viewer. */
export async function createOtherAdministration(c: TestCollector, name = 'Comune di Montalto'): Promise<OtherAdministration> {
  const admin = as(c.app, c.admin);
  const ok = <T>(r: { status: number; body: T }, what: string): T => {
    if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  // Names are unique among live administrations: a second «other» administration of one collector is numbered.
  let created = await admin.post(apiPaths.administrations, { name });
  for (let n = 2; created.status === 409; n++) created = await admin.post(apiPaths.administrations, { name: `${name} ${n}` });
  const administrationId = ok(created, 'administration').id as string;
  const officeId = ok(await admin.post(apiPaths.offices, { administrationId, name: 'Municipio' }), 'office').id as string;
  const serviceId = ok(await admin.post(apiPaths.services, { administrationId, name: 'Anagrafe' }), 'service').id as string;
  const spareServiceId = ok(await admin.post(apiPaths.services, { administrationId, name: 'Tributi' }), 'service').id as string;
  const terminalId = ok(await admin.post(apiPaths.terminals, { officeId, name: 'Totem', mode: 'totem', serviceIds: [serviceId, spareServiceId] }), 'terminal').id as string;
  const userId = ok(
    await admin.post(apiPaths.users, { email: `viewer@${administrationId}.example.org`, name: 'Viewer', password: 'a long enough password', grants: [grant.viewer(administrationId)] }),
    'user',
  ).id as string;
  const apiKeyId = ok(await admin.post(apiPaths.administrationApiKeys(administrationId), { name: 'Eliminacode' }), 'api key').id as string;
  return { administrationId, officeId, serviceId, spareServiceId, terminalId, userId, apiKeyId };
}

/**
 * One live name per list (server/admin/name-taken.ts): POSTs `bodyOf(name)` as an installation admin
 * for each name alike to a live item's (another letter case, spaces or invisible characters around
 * it), expecting 409 on /name naming that item with `english`; then the first name asked in Italian,
 * expecting `italian`. Whether anything was stored is the caller's to check.
 */
export async function expectNamesTaken(
  c: Pick<TestCollector, 'app' | 'admin'>,
  url: string,
  bodyOf: (name: string) => object,
  names: readonly string[],
  takenId: string,
  words: { english: string; italian: string },
): Promise<void> {
  for (const name of names) {
    const res = await c.app.inject({ method: 'POST', url, headers: c.admin.headers, payload: bodyOf(name) });
    expect([res.statusCode, res.json().error], name).toEqual([409, { code: 'conflict', message: words.english, problems: [{ field: '/name', reason: 'already in use' }] }]);
  }
  const italian = await c.app.inject({ method: 'POST', url, headers: { ...c.admin.headers, 'accept-language': 'it' }, payload: bodyOf(names[0]!) });
  expect([italian.statusCode, italian.json().error.message]).toEqual([409, words.italian]);
}
