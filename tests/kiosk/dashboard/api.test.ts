import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashboardApiError, getOfficeReport, officeReportCsvUrl } from '../../../kiosk/dashboard/api';

const PERIOD = { from: '2024-06-01', to: '2024-06-30' };

afterEach(() => vi.unstubAllGlobals());

async function failure(p: Promise<unknown>): Promise<DashboardApiError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(DashboardApiError);
  return err as DashboardApiError;
}

describe('api', () => {
  it('builds encoded paths with the period', async () => {
    const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => new Response('{}'));
    vi.stubGlobal('fetch', fetch);
    await getOfficeReport('sede/1', PERIOD);
    expect(fetch.mock.calls[0]![0]).toBe('/api/v1/offices/sede%2F1/report?from=2024-06-01&to=2024-06-30');
    expect(officeReportCsvUrl('sede/1', PERIOD)).toBe('/api/v1/offices/sede%2F1/report.csv?from=2024-06-01&to=2024-06-30');
  });

  it("passes on the collector's code and message", async () => {
    vi.stubGlobal('fetch', async () => Response.json({ error: { code: 'office_unknown', message: 'Ufficio sconosciuto' } }, { status: 404 }));
    const err = await failure(getOfficeReport('x', PERIOD));
    expect(err.code).toBe('office_unknown');
    expect(err.status).toBe(404);
    expect(err.message).toBe('Ufficio sconosciuto');
  });

  it('names the fields of a validation error', async () => {
    const body = { error: { code: 'validation_failed', message: 'Periodo non valido', problems: [{ field: '/from', reason: 'must match format' }] } };
    vi.stubGlobal('fetch', async () => Response.json(body, { status: 400 }));
    expect((await failure(getOfficeReport('x', PERIOD))).message).toBe('Periodo non valido (/from: must match format)');
  });

  it('explains an answer that is not the collector speaking (a proxy page)', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>Bad Gateway</html>', { status: 502 }));
    const err = await failure(getOfficeReport('x', PERIOD));
    expect(err.code).toBe('http');
    expect(err.message).toContain('502');
  });

  it('tells a network failure apart', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect((await failure(getOfficeReport('x', PERIOD))).code).toBe('network');
  });
});
