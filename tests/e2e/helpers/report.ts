// Reads an office's report straight from the collector's API as the signed-in admin, for assertions.
import type { OfficeReport } from '../../../server/contract/report';
import { apiPaths } from '../../../server/contract/api';
import { localBucket } from '../../../server/aggregates/time-bucket';
import type { RunningCollector } from './collector';

/** Today in the demo offices' zone. */
export function today(): string {
  return localBucket(new Date(), 'Europe/Rome').day;
}

export async function fetchReport(collector: RunningCollector, officeId: string, day = today()): Promise<OfficeReport> {
  const res = await collector.adminFetch(`${apiPaths.officeReport(officeId)}?from=${day}&to=${day}`);
  if (!res.ok) throw new Error(`report ${res.status}: ${await res.text()}`);
  return (await res.json()) as OfficeReport;
}
