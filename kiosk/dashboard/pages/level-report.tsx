// The levels above one office: an administration's offices side by side with its totals and services, and the installation's administrations side by side.
import type { AdministrationReport, InstallationReport } from '../../../server/contract/levels';
import { getAdministrationReport, getInstallationReport } from '../api';
import { ChannelScores } from '../components/channel-scores';
import { DataQualityLine } from '../components/data-quality';
import { HowToRead } from '../components/how-to-read';
import { LevelFrame } from '../components/level-frame';
import { ParticipationSection } from '../components/participation-section';
import { RankedTable } from '../components/ranked-table';
import { ScoreHeadline } from '../components/score-headline';
import { V } from '../level-labels';
import type { Period } from '../period';
import { R } from '../report-labels';
import { useFetched } from '../use-fetched';

interface AdministrationProps {
  administrationId: string;
  period: Period;
  /** Whether this person may enter people served in this administration. */
  mayEnterServed: boolean;
}

export function AdministrationReportView({ administrationId, period, mayEnterServed }: AdministrationProps) {
  const key = `${administrationId}|${period.from}|${period.to}`;
  const fetched = useFetched(key, (signal) => getAdministrationReport(administrationId, period, signal));
  return (
    <LevelFrame fetched={fetched} asked={key} testId="administration-report" isEmpty={(r) => r.totals.total === 0}>
      {(r: AdministrationReport) => (
        <>
          <Totals score={r.score} comparisons={r.comparisons} minSample={r.minSample} quality={r.dataQuality} />
          <RankedTable
            title={V.officesTitle}
            nameHeader={V.office}
            testId="ranked-offices"
            minSample={r.minSample}
            withCharter
            withParticipation
            rows={r.offices.map((o) => ({ key: o.officeId, name: o.name, archived: o.archived, score: o.score, rank: o.rank, charter: o.charter, participation: o.participation }))}
          />
          <RankedTable
            title={V.servicesTitle}
            nameHeader={V.service}
            testId="ranked-services"
            minSample={r.minSample}
            rows={r.byService.map((s) => ({ key: s.serviceId, name: s.name, archived: s.archived, score: s.score, rank: s.rank }))}
          />
          <ChannelScores channels={r.byChannel} minSample={r.minSample} />
          <ParticipationSection
            total={r.participation.total}
            byChannel={r.participation.byChannel}
            rows={r.offices.map((o) => ({ key: o.officeId, name: o.name, participation: o.participation }))}
            rowHeader={V.office}
            mayEnter={mayEnterServed}
          />
        </>
      )}
    </LevelFrame>
  );
}

export function InstallationReportView({ period }: { period: Period }) {
  const key = `installation|${period.from}|${period.to}`;
  const fetched = useFetched(key, (signal) => getInstallationReport(period, signal));
  return (
    <LevelFrame fetched={fetched} asked={key} testId="installation-report" isEmpty={(r) => r.totals.total === 0}>
      {(r: InstallationReport) => (
        <>
          <Totals score={r.score} comparisons={r.comparisons} minSample={r.minSample} quality={r.dataQuality} />
          <RankedTable
            title={V.administrationsTitle}
            nameHeader={V.administrationCol}
            testId="ranked-administrations"
            minSample={r.minSample}
            withParticipation
            rows={r.administrations.map((a) => ({ key: a.administrationId, name: a.name, archived: a.archived, score: a.score, rank: a.rank, participation: a.participation }))}
          />
          <ChannelScores channels={r.byChannel} minSample={r.minSample} />
          <ParticipationSection
            total={r.participation.total}
            byChannel={r.participation.byChannel}
            rows={r.administrations.map((a) => ({ key: a.administrationId, name: a.name, participation: a.participation }))}
            rowHeader={V.administrationCol}
            mayEnter
          />
        </>
      )}
    </LevelFrame>
  );
}

function Totals({ score, comparisons, minSample, quality }: Pick<AdministrationReport, 'score' | 'comparisons' | 'minSample'> & { quality: AdministrationReport['dataQuality'] }) {
  return (
    <section class="card verdict-card wide" aria-labelledby="level-verdict-title" data-testid="verdict">
      <h2 id="level-verdict-title">{R.verdictTitle}</h2>
      <DataQualityLine quality={quality} />
      <ScoreHeadline score={score} comparisons={comparisons} minSample={minSample} />
      <HowToRead minSample={minSample} level="ranking" />
    </section>
  );
}
