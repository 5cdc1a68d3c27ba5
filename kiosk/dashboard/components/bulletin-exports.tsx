// The bulletin's download (a one-page PDF) and a print button, under the bulletin's controls, as a report has its own.
import '../exports.css';
import { X } from '../export-labels';
import { bulletinExportUrl } from '../export-urls';
import type { BulletinPeriod } from '../url-state';

interface Props {
  /** Undefined: the installation's bulletin. */
  administrationId?: string;
  period: BulletinPeriod;
}

export function BulletinExports({ administrationId, period }: Props) {
  return (
    <div class="exports" role="group" aria-label={X.bulletinDownloads} data-testid="bulletin-exports">
      <span class="exports-label" aria-hidden="true">
        {X.bulletinDownloads}
      </span>
      <a class="button export" data-testid="bulletin-pdf" href={bulletinExportUrl(administrationId, period)} download title={X.bulletinPdfHint}>
        {X.pdf}
      </a>
      <button type="button" class="button export" data-testid="bulletin-print" title={X.printHint} onClick={() => window.print()}>
        {X.print}
      </button>
    </div>
  );
}
