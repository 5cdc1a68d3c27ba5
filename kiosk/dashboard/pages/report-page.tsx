// The report page: picks office and period (kept in the address), loads the report, lays out its sections, stays live.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { OfficeSummary } from '../../../server/contract/report';
import { getOffices, officeReportCsvUrl } from '../api';
import { shownFaces } from '../charts/faces';
import { ChannelTable } from '../components/channel-table';
import { HourChart } from '../components/hour-chart';
import { LiveBadge } from '../components/live-badge';
import { OfficePicker } from '../components/office-picker';
import { PeriodPicker } from '../components/period-picker';
import { ReasonChart } from '../components/reason-chart';
import { ServiceChart } from '../components/service-chart';
import { Totals } from '../components/totals';
import { TrendChart } from '../components/trend-chart';
import { formatDayLong } from '../format';
import { LABELS } from '../labels';
import { connectLive, type LiveConnector } from '../live';
import { checkPeriod, presetPeriod, todayIn, type Period } from '../period';
import { readUrlState, writeUrlState } from '../url-state';
import { useLive } from '../use-live';
import { useOfficeDay } from '../use-office-day';
import { useReport } from '../use-report';

export interface ReportPageProps {
  /** The live link; tests pass a fake so no socket is opened. */
  connect?: LiveConnector;
  /** The clock, for "oggi" and the presets; tests fix it. */
  now?: () => Date;
  /** The live link found the session over (signed out elsewhere, expired). */
  onSignedOut?: () => void;
}

/** The period a manager gets before choosing one: a month is what the monthly review looks at. */
const DEFAULT_PRESET = 'last30';

export function ReportPage({ connect = connectLive, now = () => new Date(), onSignedOut }: ReportPageProps) {
  const initial = useMemo(() => readUrlState(location.search), []);
  const [offices, setOffices] = useState<OfficeSummary[]>();
  const [officesError, setOfficesError] = useState<string>();
  const [officeId, setOfficeId] = useState(initial.office);
  const [period, setPeriod] = useState(initial.period);
  // The office the address asked for, when it is not one this person may read (or no longer exists).
  const [unavailable, setUnavailable] = useState<string>();

  useEffect(() => {
    const abort = new AbortController();
    getOffices(abort.signal).then(
      (list) => {
        setOffices(list);
        // A bookmark to an office that no longer exists, or is outside this person's scope, opens the
        // first one rather than an empty page, and says so: silently showing another office misleads.
        setOfficeId((id) => {
          if (id && !list.some((o) => o.id === id)) setUnavailable(id);
          return list.some((o) => o.id === id) ? id : list[0]?.id;
        });
      },
      (err: unknown) => abort.signal.aborted || setOfficesError(err instanceof Error ? err.message : String(err)),
    );
    return () => abort.abort();
  }, []);

  const office = offices?.find((o) => o.id === officeId);
  const today = todayIn(office?.timeZone, now());
  const shownPeriod: Period | undefined = period ?? (office ? presetPeriod(DEFAULT_PRESET, today) : undefined);
  const validPeriod = shownPeriod && !checkPeriod(shownPeriod) ? shownPeriod : undefined;

  const { report, loading, error, reload } = useReport(office?.id, validPeriod);
  const live = useLive(connect, office?.id, validPeriod, reload, onSignedOut);

  // replaceState, not pushState: trying ten periods should not take ten presses of "back" to leave.
  useEffect(() => {
    if (!office || !validPeriod) return;
    const search = writeUrlState(location.search, { office: office.id, period: validPeriod });
    if (search !== location.search) history.replaceState(history.state, '', search + location.hash);
    document.title = `${office.name} · gradimento`;
  }, [office, validPeriod?.from, validPeriod?.to]);

  // The report on screen may belong to the previous choice while the new one loads: grey it out then.
  const current = report && validPeriod && report.office.id === office?.id && report.period.from === validPeriod.from && report.period.to === validPeriod.to;
  const state = officesError || error ? 'error' : !report || !current ? 'loading' : report.totals.total === 0 ? 'empty' : 'ready';

  return (
    <div class="report-page">
      <header class="top">
        <div>
          <h2>{LABELS.reportTitle}</h2>
          {office && <p class="subtitle">{`${office.administration.name} · ${office.name}`}</p>}
        </div>
        <LiveBadge status={live} />
      </header>

      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        {offices && offices.length > 0 && (
          <OfficePicker
            offices={offices}
            value={office?.id}
            onChange={(id) => {
              setUnavailable(undefined);
              setOfficeId(id);
            }}
          />
        )}
        {shownPeriod && <PeriodPicker period={shownPeriod} today={today} onChange={setPeriod} />}
        {office && validPeriod && (
          <a class="button export" data-testid="export-csv" href={officeReportCsvUrl(office.id, validPeriod)} download title={LABELS.exportCsvHint}>
            {LABELS.exportCsv}
          </a>
        )}
      </form>

      {/* A div: the dashboard's shell holds the page's one main landmark. */}
      <div class={`report${current ? '' : ' is-stale'}`} data-testid="report" data-state={state} aria-busy={loading}>
        {officesError && <ErrorBox message={officesError} onRetry={() => location.reload()} />}
        {unavailable && (
          <p class="card note" role="status" data-testid="office-unavailable">
            {LABELS.officeUnavailable(unavailable)}
          </p>
        )}
        {offices?.length === 0 && <p class="card note">{LABELS.noOffices}</p>}
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
              <ReportSections report={report} />
            )}
          </>
        )}
      </div>
    </div>
  );
}

function ReportSections({ report }: { report: NonNullable<ReturnType<typeof useReport>['report']> }) {
  const shown = useMemo(() => shownFaces(report.totals.faces), [report]);
  const officeDay = useOfficeDay(report.office.id);
  const { from, to } = report.period;
  return (
    <div class="grid">
      <Totals total={report.totals.total} faces={report.totals.faces} shown={shown} periodText={LABELS.periodSummary(formatDayLong(from), formatDayLong(to))} />
      <ReasonChart reasons={report.reasons} followUp={report.followUp} />
      <div class="wide">
        <ServiceChart services={report.byService} shown={shown} />
      </div>
      <div class="wide">
        <TrendChart daily={report.daily} hours={report.byHour} officeDay={officeDay} />
      </div>
      <HourChart hours={report.byHour} shown={shown} officeDay={officeDay} />
      {/* One channel only (the usual single totem) would make a one-row table that says nothing new. */}
      {report.byChannel.length > 1 && <ChannelTable channels={report.byChannel} shown={shown} />}
    </div>
  );
}

function ErrorBox({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div class="card error" role="alert" data-testid="error">
      <h2>{LABELS.errorTitle}</h2>
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        {LABELS.retry}
      </button>
    </div>
  );
}
