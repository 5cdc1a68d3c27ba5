// The report's first screen: how are we doing? The verdict, the comparisons, the charter at a glance, the services worst first, how much to trust it all.
import type { OfficeReport } from '../../../server/contract/report';
import { R } from '../report-labels';
import { CharterGlance } from './charter-glance';
import { DataQualityLine } from './data-quality';
import { HowToRead } from './how-to-read';
import { ScoreHeadline } from './score-headline';
import { ServiceVerdicts } from './service-verdicts';

export function OfficeVerdict({ report }: { report: OfficeReport }) {
  const verdicts = report.byService.flatMap((s) => (s.charter ? [s.charter.verdict] : []));
  return (
    <section class="card verdict-card wide" aria-labelledby="verdict-title" data-testid="verdict">
      <h2 id="verdict-title">{R.verdictTitle}</h2>
      <DataQualityLine quality={report.dataQuality} timeZone={report.office.timeZone} />
      <div class="verdict-body">
        <ScoreHeadline score={report.score} comparisons={report.comparisons} minSample={report.minSample} />
        <div class="verdict-side">
          <CharterGlance verdicts={verdicts} services={report.byService.length} />
          {report.byService.length > 0 && <ServiceVerdicts services={report.byService} minSample={report.minSample} />}
        </div>
      </div>
      <HowToRead minSample={report.minSample} level="office" />
    </section>
  );
}
