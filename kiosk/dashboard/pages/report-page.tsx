// The report page: picks the level (office, administration, installation), what it looks at and the period or bulletin (all kept in the address), and shows it; an office's report stays live.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Grant } from '../../../server/contract/permissions';
import { allows } from '../../../server/contract/permissions';
import { BulletinPicker } from '../components/bulletin-picker';
import { useToday } from '../use-today';
import { ErrorBox } from '../components/error-box';
import { BulletinExports } from '../components/bulletin-exports';
import { ExportLinks } from '../components/export-links';
import { AdministrationSelect, LevelSwitch, ViewSwitch } from '../components/level-switch';
import { LiveBadge } from '../components/live-badge';
import { OfficePicker } from '../components/office-picker';
import { PeriodPicker } from '../components/period-picker';
import { YearlyExports } from '../components/yearly-exports';
import { X } from '../export-labels';
import { formatDayLong } from '../format';
import { LABELS } from '../labels';
import { V } from '../level-labels';
import { connectLive, type LiveConnector } from '../live';
import { checkPeriod, DEFAULT_PRESET, presetPeriod, todayIn, type Period } from '../period';
import { availableLevels, lastWholeMonth, readableAdministrations } from '../report-levels';
import { readUrlState, writeUrlState, type BulletinPeriod, type Level, type View } from '../url-state';
import { BulletinView } from './bulletin';
import { AdministrationReportView, InstallationReportView } from './level-report';
import '../report.css';
import { OfficeReportBody } from './office-report';
import { useLive } from '../use-live';
import { useReport } from '../use-report';
import { askReportEarly, reportInAddress } from '../early-requests';
import { useReportOffices } from './use-report-offices';

export interface ReportPageProps {
  /** The live link; tests pass a fake so no socket is opened. */
  connect?: LiveConnector;
  /** The clock, for "oggi" and the presets; tests fix it. */
  now?: () => Date;
  /** The live link found the session over (signed out elsewhere, expired). */
  onSignedOut?: () => void;
  /** The person's grants: which levels to offer, and whether to link to the people-served page. */
  grants?: readonly Grant[];
}

export function ReportPage({ connect = connectLive, now = () => new Date(), onSignedOut, grants = [] }: ReportPageProps) {
  const initial = useMemo(() => readUrlState(location.search), []);
  const { offices, error: officesError, officeId, setOfficeId, unavailable, showArchived, setShowArchived } = useReportOffices(initial.office);
  const [level, setLevel] = useState<Level>(initial.level ?? 'office');
  const [administrationId, setAdministrationId] = useState(initial.administration);
  const [period, setPeriod] = useState(initial.period);
  const [view, setView] = useState<View>(initial.view ?? 'report');
  const [bulletin, setBulletin] = useState<BulletinPeriod | undefined>(initial.bulletin);

  useEffect(() => {
    // An office in the address (a bookmark, a reload): its report is asked for now, beside the
    // offices list, if the entry script has not already (early-requests.ts); useReport takes the
    // answer if it is for the period shown once the office's own day is known.
    const early = reportInAddress(location.search, now());
    if (early) askReportEarly(early.officeId, early.period);
  }, []);

  // The levels above an office are those of open offices, as before archived ones could be listed.
  const administrations = useMemo(() => readableAdministrations((offices ?? []).filter((o) => !o.archivedAt), grants), [offices, grants]);
  // Before any office exists there is nothing to report on, at any level: no controls at all.
  const levels = offices?.length ? availableLevels(grants, administrations) : [];
  // A bookmarked level this person may not open (any more) falls back to the office's report.
  const shownLevel: Level = offices && !levels.includes(level) ? 'office' : level;
  const anything = levels.length > 0;
  const office = offices?.find((o) => o.id === officeId);
  const administration = administrations.find((a) => a.id === administrationId) ?? administrations.find((a) => a.id === office?.administration.id) ?? administrations[0];
  const shownView: View = shownLevel === 'office' ? 'report' : view;

  const zone = shownLevel === 'office' ? office?.timeZone : (administration?.timeZone ?? office?.timeZone);
  const today = useToday(zone, now);
  const shownPeriod: Period | undefined = offices?.length ? (period ?? presetPeriod(DEFAULT_PRESET, today)) : undefined;
  const validPeriod = shownPeriod && !checkPeriod(shownPeriod) ? shownPeriod : undefined;
  const shownBulletin: BulletinPeriod = bulletin ?? { kind: 'month', month: lastWholeMonth(today) };

  // Only an office's report is live: the socket watches one office. Levels above reload on demand.
  const liveOffice = shownLevel === 'office' ? office?.id : undefined;
  const officeReport = useReport(liveOffice, validPeriod);
  const live = useLive(connect, liveOffice, validPeriod, officeReport.reload, onSignedOut);

  // replaceState, not pushState: trying ten periods should not take ten presses of "back" to leave.
  useEffect(() => {
    if (!offices) return;
    const search = writeUrlState(location.search, {
      level: shownLevel,
      office: office?.id,
      administration: shownLevel === 'administration' ? administration?.id : undefined,
      period: validPeriod,
      view: shownView,
      bulletin: shownView === 'bulletin' ? shownBulletin : undefined,
    });
    if (search !== location.search) history.replaceState(history.state, '', search + location.hash);
    const title = shownLevel === 'office' ? office?.name : shownLevel === 'administration' ? administration?.name : V.wholeInstallation;
    if (title) document.title = `${title} · gradimento`;
  }, [offices, shownLevel, office, administration, validPeriod?.from, validPeriod?.to, shownView, shownBulletin.kind === 'month' ? shownBulletin.month : shownBulletin.year]);

  const subtitle =
    shownLevel === 'office'
      ? office && `${office.administration.name} · ${office.name}${office.archivedAt ? ` (${LABELS.officeClosed})` : ''}`
      : shownLevel === 'administration'
        ? administration && (shownView === 'bulletin' ? V.subtitleBulletin(administration.name) : V.subtitleAdministration(administration.name))
        : shownView === 'bulletin'
          ? V.subtitleBulletin(V.wholeInstallation)
          : V.subtitleInstallation;
  const mayEnterServed = (administrationId: string, officeId?: string) =>
    allows(grants, 'people-served:write', officeId ? { kind: 'office', administrationId, officeId } : { kind: 'administration', administrationId });

  return (
    <div class="report-page">
      <header class="top">
        <div>
          <h2>{LABELS.reportTitle}</h2>
          {subtitle && <p class="subtitle">{subtitle}</p>}
          {validPeriod && shownView === 'report' && (
            <p class="subtitle print-only" data-testid="printed-period">
              {X.printedPeriod(formatDayLong(validPeriod.from), formatDayLong(validPeriod.to))}
            </p>
          )}
        </div>
        {shownLevel === 'office' && <LiveBadge status={live} />}
      </header>

      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        {levels.length > 1 && <LevelSwitch levels={levels} value={shownLevel} onChange={setLevel} />}
        {shownLevel === 'office' && offices && offices.length > 0 && (
          <OfficePicker
            // The one shown stays listed when the closed ones are hidden again.
            offices={offices.filter((o) => !o.archivedAt || showArchived || o.id === office?.id)}
            value={office?.id}
            onChange={setOfficeId}
            showArchived={showArchived}
            onShowArchived={setShowArchived}
          />
        )}
        {shownLevel === 'administration' && administrations.length > 1 && <AdministrationSelect administrations={administrations} value={administration?.id} onChange={setAdministrationId} />}
        {anything && shownLevel !== 'office' && <ViewSwitch value={shownView} onChange={setView} />}
        {shownView === 'report' && shownPeriod && <PeriodPicker period={shownPeriod} today={today} onChange={setPeriod} />}
        {anything && shownView === 'bulletin' && <BulletinPicker value={shownBulletin} today={today} onChange={setBulletin} />}
      </form>
      {shownLevel === 'office' && office && validPeriod && <ExportLinks of={{ kind: 'office', officeId: office.id }} period={validPeriod} />}
      {shownLevel === 'administration' && administration && validPeriod && shownView === 'report' && (
        <ExportLinks of={{ kind: 'administration', administrationId: administration.id }} period={validPeriod} />
      )}
      {shownView === 'bulletin' && shownLevel === 'administration' && administration && <BulletinExports administrationId={administration.id} period={shownBulletin} />}
      {shownView === 'bulletin' && shownLevel === 'installation' && <BulletinExports period={shownBulletin} />}

      {officesError && <ErrorBox message={officesError} onRetry={() => location.reload()} />}
      {unavailable && shownLevel === 'office' && (
        <p class="card note" role="status" data-testid="office-unavailable">
          {LABELS.officeUnavailable(unavailable)}
        </p>
      )}
      {shownLevel === 'office' && office?.archivedAt && (
        <p class="card note" role="status" data-testid="office-archived">
          {LABELS.officeArchived(formatDayLong(todayIn(office.timeZone, new Date(office.archivedAt))))}
        </p>
      )}
      {offices?.length === 0 && <p class="card note">{LABELS.noOffices}</p>}
      {shownLevel === 'office' && (
        <OfficeReportBody state={officeReport} officeId={office?.id} period={validPeriod} mayEnterServed={office ? mayEnterServed(office.administration.id, office.id) : false} />
      )}
      {shownLevel === 'administration' && administration && validPeriod && shownView === 'report' && (
        <AdministrationReportView administrationId={administration.id} period={validPeriod} mayEnterServed={mayEnterServed(administration.id)} />
      )}
      {shownLevel === 'administration' && administration && shownView === 'bulletin' && <BulletinView administrationId={administration.id} period={shownBulletin} />}
      {shownLevel === 'administration' && administration && <YearlyExports administrationId={administration.id} thisYear={Number(today.slice(0, 4))} />}
      {shownLevel === 'installation' && validPeriod && shownView === 'report' && <InstallationReportView period={validPeriod} />}
      {shownLevel === 'installation' && shownView === 'bulletin' && <BulletinView period={shownBulletin} />}
    </div>
  );
}
