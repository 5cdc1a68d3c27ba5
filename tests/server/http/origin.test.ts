// Behind a reverse proxy: X-Forwarded-* count only from the proxies TRUST_PROXY names; the scheme counts too.
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { requestOrigin, sameOrigin, trustsPeer } from '../../../server/http/origin';
import { startCollector, testConfig, type TestCollector } from '../helpers/test-collector';

let c: TestCollector | undefined;
afterEach(async () => c?.close());

const HOST = 'gradimento.comune.example.org';

describe('requestOrigin and sameOrigin', () => {
  it('read the proxy\'s headers only when its address is trusted', () => {
    const headers = { host: '127.0.0.1:8080', 'x-forwarded-host': HOST, 'x-forwarded-proto': 'https' };
    expect(requestOrigin(headers, '127.0.0.1', false, false)).toBe('http://127.0.0.1:8080');
    expect(requestOrigin(headers, '127.0.0.1', false, ['loopback'])).toBe(`https://${HOST}`);
    expect(requestOrigin(headers, '10.1.2.3', false, ['loopback'])).toBe('http://127.0.0.1:8080');
    expect(requestOrigin(headers, '10.1.2.3', false, ['10.0.0.0/8'])).toBe(`https://${HOST}`);
    expect(trustsPeer(1, '203.0.113.9')).toBe(true);
  });

  it('compare scheme, host and port; refuse null and malformed origins; let a request without Origin through', () => {
    expect(sameOrigin(`https://${HOST}`, `https://${HOST}`, '')).toBe(true);
    expect(sameOrigin(`http://${HOST}`, `https://${HOST}`, '')).toBe(false);
    expect(sameOrigin(`https://${HOST}:8443`, `https://${HOST}`, '')).toBe(false);
    expect(sameOrigin(`https://${HOST}`, 'http://10.0.0.5:8080', `https://${HOST}`)).toBe(true);
    expect(sameOrigin('null', `https://${HOST}`, '')).toBe(false);
    expect(sameOrigin('not a url', `https://${HOST}`, '')).toBe(false);
    expect(sameOrigin(undefined, `https://${HOST}`, '')).toBe(true);
  });
});

describe('TRUST_PROXY', () => {
  it('is refused at start when it names no address', () => {
    expect(() => testConfig('/tmp/x', { TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY must list the reverse proxies/);
    expect(testConfig('/tmp/x', { TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(testConfig('/tmp/x', {}).trustProxy).toBe(false);
  });

  it('behind a trusted proxy, accepts the browser\'s https origin and logs the client\'s own address', async () => {
    c = await startCollector({ env: { TRUST_PROXY: 'loopback' } });
    const res = await c.app.inject({
      method: 'DELETE',
      url: apiPaths.session,
      remoteAddress: '127.0.0.1',
      headers: { ...c.admin.headers, host: '127.0.0.1:8080', 'x-forwarded-host': HOST, 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.4', origin: `https://${HOST}` },
    });
    expect(res.statusCode).toBe(204);
  });
});
