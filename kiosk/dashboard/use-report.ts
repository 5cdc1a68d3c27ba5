// Loads an office's report for a period, keeps the last one on screen while a newer one loads, and can reload on demand.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { OfficeReport } from '../../server/contract/report';
import { getOfficeReport } from './api';
import { dropEarly, isOfficeReportPath } from './early-requests';
import type { Period } from './period';

export interface ReportState {
  report?: OfficeReport;
  /** True while a request is out; `report` may still hold the previous answer. */
  loading: boolean;
  error?: string;
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
    // A report asked for early (early-requests.ts) serves this first request if it is for the same
    // office and period, and only it: once asked, any other early report is dropped, so a reload
    // or a later choice of that period never gets an old answer.
    const answer = getOfficeReport(officeId, { from, to }, abort.signal);
    dropEarly(isOfficeReportPath);
    answer.then(
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
