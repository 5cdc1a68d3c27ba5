// «Canali»: per office, the phone operator's panel, the web rating widget to embed, the QR code sheets, and the comments left on the web.
import './channels.css';
import { useState } from 'preact/hooks';
import type { SessionInfo } from '../../../server/contract/auth';
import type { ChannelPoint } from '../../../server/contract/channel-schemas';
import type { OfficeSummary } from '../../../server/contract/report';
import { listServices } from '../admin-api';
import { getOffices } from '../api';
import { groupOffices } from '../components/office-picker';
import { allows } from '../grants';
import { PAGE_LABELS } from '../session-labels';
import { A } from './admin-labels';
import { C } from './channels-labels';
import { listPoints } from './channels-api';
import { PhonePanel } from './channel-phone';
import { QrPanel } from './channel-qr';
import { WebPanel } from './channel-web';
import { WebComments } from './web-comments';
import { Loading, LoadError } from './list-parts';
import { useLoad } from './use-load';

export function ChannelsPage({ session }: { session: SessionInfo }) {
  const offices = useLoad(getOffices, 'offices');
  const managed = (offices.data ?? []).filter((o) => allows(session.grants, 'terminals:manage', { kind: 'office', administrationId: o.administration.id, officeId: o.id }));
  const [officeId, setOfficeId] = useState(() => new URLSearchParams(location.search).get('office') ?? undefined);
  const office = managed.find((o) => o.id === officeId) ?? managed[0];
  const choose = (id: string) => {
    setOfficeId(id);
    const q = new URLSearchParams(location.search);
    q.set('office', id);
    history.replaceState(history.state, '', `${location.pathname}?${q.toString()}${location.hash}`);
  };

  return (
    <section class="admin-page" data-testid="page-channels">
      <div class="admin-head">
        <h2>{PAGE_LABELS.channels}</h2>
      </div>
      <p class="muted">{C.intro}</p>
      {offices.error ? (
        <LoadError error={offices.error} onRetry={offices.reload} />
      ) : !offices.data ? (
        <Loading />
      ) : !office ? (
        <p class="card note">{C.noOffices}</p>
      ) : (
        <>
          <OfficeSelect offices={managed} value={office.id} onChange={choose} />
          <OfficeChannels
            key={office.id}
            office={office}
            mayKeep={allows(session.grants, 'administration:manage', { kind: 'administration', administrationId: office.administration.id })}
          />
        </>
      )}
    </section>
  );
}

function OfficeSelect({ offices, value, onChange }: { offices: readonly OfficeSummary[]; value: string; onChange: (id: string) => void }) {
  if (offices.length === 1) return <p class="subtitle">{`${C.office}: ${offices[0]!.name}`}</p>;
  const groups = groupOffices(offices);
  return (
    <div class="field channels-office">
      <label for="channels-office">{C.office}</label>
      <select id="channels-office" data-testid="channels-office" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {groups.map((g) => (
          <optgroup key={g.name} label={g.name}>
            {g.offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export interface ServiceChoice {
  id: string;
  name: string;
}

function OfficeChannels({ office, mayKeep }: { office: OfficeSummary; mayKeep: boolean }) {
  const points = useLoad((signal) => listPoints(office.id, signal), `points:${office.id}`);
  const services = useLoad((signal) => listServices(office.administration.id, signal), `services:${office.administration.id}`);
  if (points.error || services.error) return <LoadError error={points.error ?? services.error} onRetry={() => (points.reload(), services.reload())} />;
  if (!points.data || !services.data) return <Loading />;
  const live = services.data.filter((s) => s.archivedAt === null).map((s) => ({ id: s.id, name: s.name }));
  const nameOf = (id: string | null) => services.data!.find((s) => s.id === id)?.name ?? A.none;
  const ofKind = (kind: ChannelPoint['kind']) => points.data!.filter((p) => p.kind === kind);
  return (
    <div class="channels">
      <PhonePanel officeId={office.id} points={ofKind('phone')} services={live} onChange={points.reload} />
      <WebPanel officeId={office.id} points={ofKind('web')} services={live} serviceName={nameOf} onChange={points.reload} />
      <QrPanel officeId={office.id} points={ofKind('qr')} services={live} serviceName={nameOf} onChange={points.reload} />
      <WebComments officeId={office.id} administrationId={office.administration.id} mayKeep={mayKeep} />
    </div>
  );
}
