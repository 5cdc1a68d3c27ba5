// Errors Fastify raises while routing (an overlong path segment, an address it cannot decode) come in the API's error shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { DEMO } from '../../../server/store/seed-demo';
import { startCollector, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
beforeAll(async () => {
  c = await startCollector();
});
afterAll(async () => c?.close());

describe('routing errors', () => {
  it('answers a path segment beyond 100 characters with 414 in the error shape (found by route fuzzing)', async () => {
    const res = await c.app.inject({ url: `/pubblico/valdoria/dati.${'x'.repeat(120)}` });
    expect(res.statusCode).toBe(414);
    expect(res.json()).toEqual({ error: { code: 'validation_failed', message: expect.stringContaining('longer than 100 characters') } });
  });

  it('answers an address that cannot be decoded with 400 in the error shape', async () => {
    const res = await c.app.inject({ url: '/api/v1/offices/%E0%A4%A' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'validation_failed', message: expect.stringContaining('cannot be decoded') } });
  });
});

describe('bodies the framework refuses', () => {
  const post = (url: string, type: string, payload: string | Buffer) => c.app.inject({ method: 'POST', url, headers: { ...c.admin.headers, 'content-type': type }, payload });

  it('answers JSON sent as text/plain with 415, on every route (it was a puzzling "/: must be object")', async () => {
    const res = await post(apiPaths.administrations, 'text/plain', JSON.stringify({ name: 'Comune di Prova' }));
    expect(res.statusCode).toBe(415);
    expect(res.json().error).toEqual({ code: 'unsupported_media_type', message: 'Send the body as application/json.' });
    expect(await c.store.db.selectFrom('administrations').select('id').where('name', '=', 'Comune di Prova').execute()).toEqual([]);
  });

  it('says what an address that takes a file takes', async () => {
    const res = await post(apiPaths.officePeopleServedCsv(DEMO.offices[0]!.id), 'multipart/form-data; boundary=x', '--x--');
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toBe('This address takes a body as text/csv (or text/plain, application/vnd.ms-excel) only.');
  });

  it('gives the limit of the address asked, not the vote batch\'s, for a body too large', async () => {
    const res = await post(apiPaths.administrations, 'application/json', JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toMatch(/^The request body is too large: this address takes at most \d+ KiB\.$/);
  });
});
