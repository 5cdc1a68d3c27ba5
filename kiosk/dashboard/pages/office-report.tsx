// One office's report: the verdict first, then the charter, when, the trend, why, participation, and the faces behind it all.
import { Fragment, type ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { OfficeReport } from '../../../server/contract/report';
import { shownFaces } from '../charts/faces';
import { officeDayOf } from '../charts/heatmap-cells';
import { ChannelTable } from '../components/channel-table';
import { CharterSection } from '../components/charter-section';
import { ErrorBox } from '../components/error-box';
import { FollowUp } from '../components/follow-up';
import { HeatmapSection } from '../components/heatmap';
import { OfficeVerdict } from '../components/office-verdict';
import { ParticipationSection } from '../components/participation-section';
import { ReasonChart } from '../components/reason-chart';
import { ReasonTrendChart } from '../components/reason-trend-chart';
import { ServiceChart } from '../components/service-chart';
import { Totals } from '../components/totals';
import { TrendChart } from '../components/trend-chart';
import { formatDayLong } from '../format';
import { LABELS } from '../labels';
import type { Period } from '../period';
import type { ReportState } from '../use-report';
import { useStaged } from '../use-staged';

interface BodyProps {
  state: ReportState & { reload: () => void };
  officeId: string | undefined;
  period: Period | undefined;
  mayEnterServed: boolean;
}

/** The office's report as it loads: the previous one greyed while a newer one comes, the collector's error, "nobody voted". */
export function OfficeReportBody({ state, officeId, period, mayEnterServed }: BodyProps) {
  const { report, loading, error, reload } = state;
  // Whether every section is on screen (they appear a few at a time: OfficeReportSections).
  const [drawn, setDrawn] = useState(false);
  // The report on screen may belong to the previous choice while the new one loads: grey it out then.
  const current = report && period && report.office.id === officeId && report.period.from === period.from && report.period.to === period.to;
  // "ready" once the whole report is on screen, not its first sections only.
  const shown = error ? 'error' : !report || !current ? 'loading' : report.totals.total === 0 ? 'empty' : drawn ? 'ready' : 'loading';
  return (
    <div class={`report${current ? '' : ' is-stale'}`} data-testid="report" data-state={shown} aria-busy={loading || shown === 'loading'}>
      {error && <ErrorBox message={error} onRetry={reload} />}
      {!error && !report && loading && <p class="card note" role="status">{LABELS.loading}</p>}
      {!error && report && (
        <>
          {loading && <p class="refreshing" role="status">{current ? LABELS.refreshing : LABELS.loading}</p>}
          {report.totals.total === 0 ? (
            <div class="card empty" data-testid="empty-state">
              <h2>{LABELS.empty}</h2>
              <p>{LABELS.emptyHint}</p>
            </div>
          ) : (
            <OfficeReportSections report={report} mayEnterServed={mayEnterServed} onDrawn={setDrawn} />
          )}
        </>
      )}
    </div>
  );
}

interface Props {
  report: OfficeReport;
  /** Whether this person may enter the office's people served: the participation card then links to that page. */
  mayEnterServed: boolean;
  /** Told true once every section is on screen, false when the sections go. */
  onDrawn?: (all: boolean) => void;
}

/**
 * The sections shown at once: the verdict and the charter, what answers "how are we doing?" on the
 * first screen. The others follow one per idle moment (use-staged.ts): rendered and laid out in one
 * task, the whole report blocked a slow phone for over 100 ms (docs/accessibility.md, Lighthouse).
 */
const FIRST_SECTIONS = 2;

export function OfficeReportSections({ report, mayEnterServed, onDrawn }: Props) {
  const shown = useMemo(() => shownFaces(report.totals.faces), [report]);
  // The office's day, for one day's hour-by-hour trend, from the heatmap's own opening-hour flags.
  const { from, to } = report.period;
  const officeDay = useMemo(() => officeDayOf(report.heatmap, report.period), [report.heatmap, from, to]);
  const sections = [
    () => <OfficeVerdict report={report} />,
    () => <CharterSection services={report.byService} />,
    () => <HeatmapSection heatmap={report.heatmap} timeZone={report.office.timeZone} period={report.period} />,
    () => (
      <div class="wide">
        <TrendChart trend={report.trend} services={report.byService} hours={report.byHour} period={report.period} minSample={report.minSample} officeDay={officeDay} notInHours={report.heatmap.notInHours} />
      </div>
    ),
    () => <ReasonChart report={report} />,
    () => (
      <div class="stack">
        <FollowUp followUp={report.followUp} />
        <Totals total={report.totals.total} faces={report.totals.faces} shown={shown} periodText={LABELS.periodSummary(formatDayLong(from), formatDayLong(to))} />
      </div>
    ),
    () => <ReasonTrendChart report={report} />,
    () => (
      <ParticipationSection
        total={report.participation.total}
        byChannel={report.participation.byChannel}
        rows={report.byService.map((s) => ({ key: s.serviceId, name: s.name, participation: s.participation }))}
        mayEnter={mayEnterServed}
      />
    ),
    () => (
      <div class="wide">
        <ServiceChart services={report.byService} shown={shown} />
      </div>
    ),
    // One channel only (the usual single totem) would make a one-row table that says nothing new.
    () =>
      report.byChannel.length > 1 && (
        <div class="wide">
          <ChannelTable channels={report.byChannel} shown={shown} />
        </div>
      ),
  ];
  // Each section's elements are made once per report. This list renders again at every stage, when the
  // whole report is drawn, and whenever the page above changes (the live badge, the "refreshing" note);
  // Preact skips a subtree whose element is the very one it drew last time, so only the new section is
  // rendered, not every one before it again (on a slow phone the last stages took 70 ms each).
  const built = useMemo(() => new Map<number, ComponentChildren>(), [report, mayEnterServed]);
  const section = (at: number): ComponentChildren => {
    if (!built.has(at)) built.set(at, sections[at]!());
    return built.get(at);
  };
  const staged = useStaged(sections.length, FIRST_SECTIONS, onDrawn);
  return (
    <div class="grid">
      {sections.slice(0, staged).map((_, at) => (
        <Fragment key={at}>{section(at)}</Fragment>
      ))}
    </div>
  );
}
