// The offices the report page offers and the one it shows: the open ones, and the archived ones too when asked for or when the address names one.
import { useEffect, useState } from 'preact/hooks';
import type { OfficeSummary } from '../../../server/contract/report';
import { getOffices } from '../api';

export interface ReportOffices {
  /** Every office fetched: the open ones, and the archived ones once asked for. */
  offices?: OfficeSummary[];
  error?: string;
  officeId?: string;
  setOfficeId: (id: string) => void;
  /** The office the address asked for, when it is none this person may read (or it no longer exists). */
  unavailable?: string;
  /** Whether the picker lists archived offices («mostra anche gli uffici chiusi»). */
  showArchived: boolean;
  setShowArchived: (on: boolean) => void;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function useReportOffices(initialOffice: string | undefined): ReportOffices {
  const [offices, setOffices] = useState<OfficeSummary[]>();
  const [withArchived, setWithArchived] = useState(false);
  const [showArchived, setShown] = useState(false);
  const [error, setError] = useState<string>();
  const [officeId, setOfficeId] = useState(initialOffice);
  const [unavailable, setUnavailable] = useState<string>();

  useEffect(() => {
    const abort = new AbortController();
    getOffices(abort.signal).then(
      async (open) => {
        let list = open;
        // A bookmark to an archived office opens its report: archived offices keep their reports. So
        // does a person whose offices are all closed. Only then are they asked for, so the usual load
        // stays one request (the one the entry script asked early).
        const missing = initialOffice && !open.some((o) => o.id === initialOffice);
        if (missing || open.length === 0) {
          const all = (await getOffices(abort.signal, { archived: true }).catch(() => undefined)) ?? [];
          if (missing ? all.some((o) => o.id === initialOffice) : all.length > 0) {
            list = all;
            setWithArchived(true);
            setShown(true);
          }
        }
        if (abort.signal.aborted) return;
        setOffices(list);
        // An office that does not exist, or is outside this person's scope, opens the first one rather
        // than an empty page, and says so: silently showing another office misleads.
        setOfficeId((id) => {
          if (id && !list.some((o) => o.id === id)) setUnavailable(id);
          return list.some((o) => o.id === id) ? id : list[0]?.id;
        });
      },
      (err: unknown) => abort.signal.aborted || setError(message(err)),
    );
    return () => abort.abort();
  }, []);

  const setShowArchived = (on: boolean) => {
    setShown(on);
    if (!on || withArchived) return;
    setWithArchived(true);
    getOffices(undefined, { archived: true }).then(setOffices, (err: unknown) => {
      setWithArchived(false);
      setError(message(err));
    });
  };

  return {
    offices,
    error,
    officeId,
    setOfficeId: (id) => {
      setUnavailable(undefined);
      setOfficeId(id);
    },
    unavailable,
    showArchived,
    setShowArchived,
  };
}
