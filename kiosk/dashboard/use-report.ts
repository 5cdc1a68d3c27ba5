// Loads an office's report for a period, keeps the last one on screen while a newer one loads, and can reload on demand.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { OfficeReport } from '../../server/contract/report';
import { getOfficeReport } from './api';
import type { Period } from './period';

export interface ReportState {
  report?: OfficeReport;
  /** True while a request is out; `report` may still hold the previous answer. */
  loading: boolean;
  error?: string;
}

/**
 * Reports asked for before the page could know it needs them, by office and period: the first
 * request for the same office and period takes its answer instead of asking again. report-page.tsx
 * asks so for the office in the address while the offices list, which gives the office's time
 * zone and so its "today", is still on its way: one round trip less before the report shows.
 */
const early = new Map<string, Promise<OfficeReport>>();
const earlyKey = (officeId: string, { from, to }: Period) => `${officeId} ${from} ${to}`;

/** Starts the request for a report the page will most likely ask for; unused, it is dropped at the first request. */
export function askReportEarly(officeId: string, period: Period): void {
  const key = earlyKey(officeId, period);
  if (early.has(key)) return;
  const answer = getOfficeReport(officeId, period);
  // Its failure is reported by the request that takes it, if any; nobody else must see it unhandled.
  answer.catch(() => undefined);
  early.set(key, answer);
}

/** `officeId` or `period` undefined means "nothing to ask for yet" (no office chosen, or the period is invalid). */
export function useReport(officeId: string | undefined, period: Period | undefined): ReportState & { reload: () => void } {
  const [state, setState] = useState<ReportState>({ loading: false });
  const [generation, setGeneration] = useState(0);
  const from = period?.from;
  const to = period?.to;

  useEffect(() => {
    if (!officeId || !from || !to) return;
    // Only the newest request may write the state: an older, slower answer for another period is dropped.
    const abort = new AbortController();
    setState((s) => ({ report: s.report, loading: true }));
    // The early answer serves the first request only, never a reload; the others are dropped with it.
    const taken = generation === 0 ? early.get(earlyKey(officeId, { from, to })) : undefined;
    early.clear();
    (taken ?? getOfficeReport(officeId, { from, to }, abort.signal)).then(
      (report) => abort.signal.aborted || setState({ report, loading: false }),
      (err: unknown) => {
        if (abort.signal.aborted) return;
        // On error the old report goes: numbers for another office or period next to an error would mislead.
        setState({ loading: false, error: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => abort.abort();
  }, [officeId, from, to, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
