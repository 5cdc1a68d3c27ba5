// The yearly report of an administration, for its annual performance report: pick a year, download it as PDF or Excel.
import { useState } from 'preact/hooks';
import '../exports.css';
import { FIRST_REPORT_YEAR } from '../../../server/contract/exports';
import { X } from '../export-labels';
import { yearlyExportUrl } from '../export-urls';

interface Props {
  administrationId: string;
  /** The administration's current year (its offices' time zone): the newest one offered. */
  thisYear: number;
}

/** Ten years back at most: an annual report looks at last year, sometimes the one before. */
const YEARS_OFFERED = 10;

export function YearlyExports({ administrationId, thisYear }: Props) {
  const years = Array.from({ length: Math.min(YEARS_OFFERED, thisYear - FIRST_REPORT_YEAR + 1) }, (_, i) => String(thisYear - i));
  // Last year by default: the annual report is written once a year is over.
  const [year, setYear] = useState(years[1] ?? years[0]!);
  return (
    <section class="card yearly-exports wide" aria-labelledby="yearly-title" data-testid="yearly-exports">
      <h2 id="yearly-title">{X.yearlyTitle}</h2>
      <p class="muted">{X.yearlyNote}</p>
      <div class="exports">
        <label>
          {X.year}{' '}
          <select value={year} onChange={(e) => setYear((e.target as HTMLSelectElement).value)} data-testid="yearly-year">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <a class="button export" data-testid="yearly-pdf" href={yearlyExportUrl(administrationId, year, 'pdf')} download>
          {X.yearlyPdf(year)}
        </a>
        <a class="button export" data-testid="yearly-xlsx" href={yearlyExportUrl(administrationId, year, 'xlsx')} download>
          {X.yearlyXlsx(year)}
        </a>
      </div>
    </section>
  );
}
