// The OpenAPI document lists every API route with its schemas; /healthz answers while the database does.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { startCollector, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
beforeEach(async () => {
  c = await startCollector();
});
afterEach(async () => c?.close());

describe('GET /api/openapi.json', () => {
  it('documents the votes route with its request body and error answers', async () => {
    const res = await c.app.inject({ url: apiPaths.openapi });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const post = doc.paths['/api/v1/votes']?.post;
    expect(post).toBeDefined();
    const body = post.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(expect.arrayContaining(['terminalId', 'votes']));
    expect(body.properties.votes.maxItems).toBe(500);
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['200', '400', '404', '413', '429']));
  });

  it('lists the terminal and report routes, and hides its own and the health route', async () => {
    const doc = (await c.app.inject({ url: apiPaths.openapi })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/terminals/{terminalId}/config',
        '/api/v1/offices',
        '/api/v1/offices/{officeId}/report',
        '/api/v1/offices/{officeId}/report.csv',
      ]),
    );
    expect(doc.paths[apiPaths.openapi]).toBeUndefined();
    expect(doc.paths[apiPaths.health]).toBeUndefined();
    const query = doc.paths['/api/v1/offices/{officeId}/report'].get.parameters.filter((p: { in: string }) => p.in === 'query');
    expect(query.map((p: { name: string }) => p.name).sort()).toEqual(['from', 'to']);
  });
});

describe('GET /healthz', () => {
  it('answers ok with the version while the database answers', async () => {
    const res = await c.app.inject({ url: apiPaths.health });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('answers 503 once the database is closed', async () => {
    await c.store.close();
    const res = await c.app.inject({ url: apiPaths.health });
    expect(res.statusCode).toBe(503);
    expect(res.json().status).toBe('database unavailable');
  });
});
