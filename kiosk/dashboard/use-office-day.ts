// The office's day (earliest opening to latest closing) for the report's hour axes, read from its opening hours.
import { useEffect, useState } from 'preact/hooks';
import { getOfficeDetails } from './api';
import { officeDay, type OfficeDay } from './charts/hour-datasets';

/**
 * Undefined until known, and for an office without opening hours: the charts then fall back to a
 * usual office day. A failed request leaves it so too; the report itself is what matters.
 */
export function useOfficeDay(officeId: string | undefined): OfficeDay | undefined {
  const [day, setDay] = useState<{ officeId: string; day?: OfficeDay }>();
  useEffect(() => {
    if (!officeId) return;
    const abort = new AbortController();
    getOfficeDetails(officeId, abort.signal).then(
      (office) => setDay({ officeId, day: officeDay(office.openingHours) }),
      () => undefined,
    );
    return () => abort.abort();
  }, [officeId]);
  return day && day.officeId === officeId ? day.day : undefined;
}
