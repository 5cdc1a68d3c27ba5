// The people served by an office, per service, channel and day: typed in a grid, imported from a CSV file, or sent by a queue-ticket system.
import { useMemo, useState } from 'preact/hooks';
import type { SessionInfo } from '../../../server/contract/auth';
import type { OfficeSummary } from '../../../server/contract/report';
import { listPeopleServed, listServices, listTerminals } from '../admin-api';
import { getOffices } from '../api';
import { groupOffices } from '../components/office-picker';
import { allows, allowsSomewhere } from '../grants';
import { todayIn } from '../period';
import { PAGE_LABELS } from '../session-labels';
import { A } from './admin-labels';
import { Loading, LoadError } from './list-parts';
import { ServedFeedNote } from './served-feed-note';
import { ServedGrid } from './served-grid';
import { ServedImport } from './served-import';
import { storedCells } from './served-cells';
import { S } from './served-labels';
import { daysOf, periodLabel, readServedPeriod, weekOf, writeServedPeriod, type ServedPeriod } from './served-period';
import { ServedPeriodPicker } from './served-period-picker';
import { useLoad } from './use-load';

/** The office lives in the address as on the report (?office=), so both pages open on the same one. */
function writeAddress(search: string): void {
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

interface Props {
  session: SessionInfo;
  /** The clock, for "today" in the office's zone; tests fix it. */
  now?: () => Date;
}

export function PeopleServedPage({ session, now = () => new Date() }: Props) {
  const offices = useLoad(getOffices, 'offices');
  const writable = (offices.data ?? []).filter((o) => allows(session.grants, 'people-served:write', { kind: 'office', administrationId: o.administration.id, officeId: o.id }));
  const [officeId, setOfficeId] = useState(() => new URLSearchParams(location.search).get('office') ?? undefined);
  const [asked, setAsked] = useState(() => readServedPeriod(location.search));
  const [dirty, setDirty] = useState(false);
  const office = writable.find((o) => o.id === officeId) ?? writable[0];
  const today = todayIn(office?.timeZone, now());
  // A period asked for in the address that has not begun yet shows the current one.
  const period = asked && asked.from <= today ? asked : weekOf(today);

  const chooseOffice = (id: string) => {
    setOfficeId(id);
    const q = new URLSearchParams(location.search);
    q.set('office', id);
    writeAddress(`?${q.toString()}`);
  };
  const choosePeriod = (p: ServedPeriod) => {
    setAsked(p);
    writeAddress(writeServedPeriod(location.search, p));
  };

  return (
    <section class="admin-page" data-testid="page-people-served">
      <div class="admin-head">
        <h2>{PAGE_LABELS['people-served']}</h2>
      </div>
      <p class="muted">{S.peopleServedIntro}</p>
      {offices.error ? (
        <LoadError error={offices.error} onRetry={offices.reload} />
      ) : !offices.data ? (
        <Loading />
      ) : !office ? (
        <p class="card note">{S.noOfficesToFill}</p>
      ) : (
        <>
          <div class="card served-controls">
            <OfficeSelect offices={writable} value={office.id} disabled={dirty} onChange={chooseOffice} />
            <ServedPeriodPicker period={period} today={today} disabled={dirty} onChange={choosePeriod} />
            {dirty && (
              <p class="field-hint served-dirty" data-testid="served-dirty">
                {S.dirtyHint}
              </p>
            )}
          </div>
          <OfficeFigures key={office.id} office={office} period={period} today={today} mayManageKeys={allowsSomewhere(session.grants, 'administration:manage')} onDirtyChange={setDirty} />
        </>
      )}
    </section>
  );
}

function OfficeSelect({ offices, value, disabled, onChange }: { offices: readonly OfficeSummary[]; value: string; disabled: boolean; onChange: (id: string) => void }) {
  if (offices.length === 1) return <p class="subtitle served-office" data-testid="served-office-name">{`${A.office}: ${offices[0]!.name}`}</p>;
  const groups = groupOffices(offices);
  return (
    <div class="field">
      <label for="served-office">{A.office}</label>
      <select id="served-office" data-testid="served-office" value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value)}>
        {groups.length === 1
          ? groups[0]!.offices.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)
          : groups.map((g) => (
              <optgroup key={g.name} label={g.name}>
                {g.offices.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
              </optgroup>
            ))}
      </select>
    </div>
  );
}

interface FiguresProps {
  office: OfficeSummary;
  period: ServedPeriod;
  today: string;
  mayManageKeys: boolean;
  onDirtyChange: (dirty: boolean) => void;
}

/** One office: its services (those its terminals offer, those with figures, those added by hand), the grid, the import. */
function OfficeFigures({ office, period, today, mayManageKeys, onDirtyChange }: FiguresProps) {
  const administrationId = office.administration.id;
  const services = useLoad((signal) => listServices(administrationId, signal), administrationId);
  // Only to know which services the office offers: without it (a refusal) the grid starts from the figures.
  const terminals = useLoad((signal) => listTerminals(office.id, signal), office.id);
  const figures = useLoad((signal) => listPeopleServed(office.id, period, signal), `${office.id}|${period.from}|${period.to}`);
  const [added, setAdded] = useState<string[]>([]);
  // One map per answer of the collector: the grid waits for a new one after a save.
  const stored = useMemo(() => storedCells(figures.data ?? []), [figures.data]);

  if (services.error) return <LoadError error={services.error} onRetry={services.reload} />;
  if (figures.error) return <LoadError error={figures.error} onRetry={figures.reload} />;
  if (!services.data || !figures.data || terminals.loading) return <Loading />;

  const offered = new Set((terminals.data ?? []).filter((t) => !t.archivedAt).flatMap((t) => t.serviceIds));
  const withFigures = new Set(figures.data.map((r) => r.serviceId));
  const shown = services.data.filter((s) => (offered.has(s.id) && !s.archivedAt) || withFigures.has(s.id) || added.includes(s.id));
  const live = services.data.filter((s) => !s.archivedAt);
  const addable = live.filter((s) => !shown.includes(s));
  const days = daysOf(period);

  return (
    <>
      {live.length === 0 && shown.length === 0 ? (
        <p class="card note">{S.noLiveServices}</p>
      ) : (
        <>
          {shown.length === 0 && <p class="card note" data-testid="served-empty">{S.noGridServices}</p>}
          {addable.length > 0 && (
            <div class="field served-add">
              <label for="served-add">{S.addGridService}</label>
              <select id="served-add" data-testid="served-add" value="" onChange={(e) => e.currentTarget.value && setAdded([...added, e.currentTarget.value])}>
                <option value="">{S.chooseGridService}</option>
                {addable.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {shown.length > 0 && (
            <ServedGrid
              key={period.from}
              officeId={office.id}
              days={days}
              today={today}
              services={shown}
              stored={stored}
              periodLabel={periodLabel(period)}
              onSaved={figures.reload}
              onDirtyChange={onDirtyChange}
            />
          )}
        </>
      )}
      <ServedImport office={office} services={shown} days={days.filter((d) => d <= today)} onImported={figures.reload} />
      <ServedFeedNote office={office} services={live} mayManageKeys={mayManageKeys} />
    </>
  );
}
