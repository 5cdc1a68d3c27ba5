import { describe, expect, it } from 'vitest';
import { requestEnrolment } from '../../../../kiosk/terminal/enrolment/request-enrolment';
import { json } from '../fixtures';

const answering = (res: Response | Error) => {
  const sent: { url: string; body: unknown; method?: string }[] = [];
  const fetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ url: String(url), body: JSON.parse(String(init?.body)), method: init?.method });
    if (res instanceof Error) throw res;
    return res;
  }) as typeof globalThis.fetch;
  return { fetch, sent };
};

describe('requestEnrolment', () => {
  it('posts the cleaned code and returns the terminal and its token', async () => {
    const { fetch, sent } = answering(json({ terminalId: 'T1', token: 'secret' }));
    expect(await requestEnrolment('abcd 2345', fetch)).toEqual({ kind: 'enrolled', enrolment: { terminalId: 'T1', token: 'secret' } });
    expect(sent).toEqual([{ url: '/api/v1/enrolment', body: { code: 'ABCD2345' }, method: 'POST' }]);
  });

  it('sorts the failures staff must tell apart', async () => {
    const invalid = json({ error: { code: 'pairing_code_invalid', message: 'wrong, used or expired' } }, 400);
    expect(await requestEnrolment('ABCD2345', answering(invalid).fetch)).toEqual({ kind: 'code-invalid' });
    const limited = json({ error: { code: 'rate_limited', message: 'slow down', retryAfterSeconds: 42 } }, 429);
    expect(await requestEnrolment('ABCD2345', answering(limited).fetch)).toEqual({ kind: 'rate-limited', retryAfterSeconds: 42 });
    expect(await requestEnrolment('ABCD2345', answering(new TypeError('Failed to fetch')).fetch)).toEqual({ kind: 'unreachable' });
    expect(await requestEnrolment('ABCD2345', answering(new Response('bad gateway', { status: 502 })).fetch)).toEqual({ kind: 'unreachable' });
    expect(await requestEnrolment('ABCD2345', answering(json({ error: { code: 'internal_error', message: 'x' } }, 500)).fetch)).toEqual({ kind: 'failed', status: 500 });
    // A 200 without a token (a captive portal's page) enrols nothing.
    expect(await requestEnrolment('ABCD2345', answering(new Response('<html>', { status: 200 })).fetch)).toEqual({ kind: 'failed', status: 200 });
  });
});
