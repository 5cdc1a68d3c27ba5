// The download buttons of a report (CSV, Excel, PDF) and a print button: one row under the report's controls, never on paper.
import { useEffect } from 'preact/hooks';
import '../exports.css';
import { drawAllCharts } from '../charts/chart-canvas';
import { X } from '../export-labels';
import { administrationExportUrl, officeExportUrl, type ExportFormat } from '../export-urls';
import type { Period } from '../period';

interface Props {
  /** An office's report or an administration's (all its offices). */
  of: { kind: 'office'; officeId: string } | { kind: 'administration'; administrationId: string };
  period: Period;
}

const FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'pdf'];

/** Every chart drawn, then the browser's print dialog: charts below the screen wait to be scrolled near (ChartCanvas). */
const printReport = () => void drawAllCharts().then(() => window.print());

export function ExportLinks({ of, period }: Props) {
  // Ctrl+P (Cmd+P) prints the way the button does, charts included; the browser's menu cannot be
  // intercepted, and prints a sentence in place of each chart not drawn yet (print.css).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'p') return;
      e.preventDefault();
      printReport();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  const url = (format: ExportFormat) => (of.kind === 'office' ? officeExportUrl(of.officeId, period, format) : administrationExportUrl(of.administrationId, period, format));
  const hint: Record<ExportFormat, string> = { csv: of.kind === 'office' ? X.csvHint : X.csvHintAdministration, xlsx: of.kind === 'office' ? X.xlsxHint : X.xlsxHintAdministration, pdf: X.pdfHint };
  return (
    <div class="exports" role="group" aria-label={X.downloads} data-testid="exports">
      <span class="exports-label" aria-hidden="true">
        {X.downloads}
      </span>
      {FORMATS.map((format) => (
        <a key={format} class="button export" data-testid={`export-${format}`} href={url(format)} download title={hint[format]}>
          {X[format]}
        </a>
      ))}
      <button type="button" class="button export" data-testid="print" title={X.printHint} onClick={printReport}>
        {X.print}
      </button>
    </div>
  );
}
