// The management pages, loaded on demand: picks the administration to work on and shows the page the navigation chose.
import { useEffect, useState } from 'preact/hooks';
import './admin.css';
import type { SessionInfo } from '../../../server/contract/auth';
import { listAdministrations } from '../admin-api';
import { scopeOf, type PageId, type Permission } from '../grants';
import { PAGE_LABELS } from '../session-labels';
import { A } from './admin-labels';
import { AdministrationPicker } from './administration-picker';
import { AdministrationsPage } from './administrations-page';
import { ApiKeysPage } from './api-keys-page';
import { AuditPage } from './audit-page';
import { ChannelsPage } from './channels-page';
import { EmailsPage } from '../subscriptions/emails-page';
import { AlertsPage } from '../alerts/alerts-page';
import { DeliveriesPage } from '../delivery/deliveries-page';
import { Loading, LoadError } from './list-parts';
import { OfficesPage } from './offices-page';
import { PeoplePage } from './people-page';
import { PeopleServedPage } from './people-served-page';
import { PublicPageSettingsPage } from './public-page-settings';
import { ReasonsPage } from './reasons-page';
import { SavedStatus } from './saved-status';
import { ServicesPage } from './services-page';
import { TerminalsPage } from './terminals-page';
import { useLoad } from './use-load';

type AdminPageId = Exclude<PageId, 'report'>;

const PERMISSION: Readonly<Record<AdminPageId, Permission>> = {
  emails: 'reports:read',
  alerts: 'reports:read',
  'people-served': 'people-served:write',
  channels: 'terminals:manage',
  offices: 'administration:manage',
  services: 'administration:manage',
  reasons: 'administration:manage',
  terminals: 'terminals:manage',
  people: 'users:manage',
  'api-keys': 'administration:manage',
  'public-page': 'administration:manage',
  deliveries: 'administration:manage',
  audit: 'audit:read',
  administrations: 'installation:manage',
};

/** The chosen administration lives in the address too, so a reload or a new sign-in keeps it. */
function readChosen(): string | undefined {
  return new URLSearchParams(location.search).get('administration') ?? undefined;
}
function writeChosen(id: string | undefined): void {
  const q = new URLSearchParams(location.search);
  if (id) q.set('administration', id);
  else q.delete('administration');
  const search = q.toString();
  history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
}

export function AdminPages({ page, session }: { page: AdminPageId; session: SessionInfo }) {
  const administrations = useLoad(listAdministrations, 'administrations');
  const [chosen, setChosen] = useState(readChosen);

  useEffect(() => {
    document.title = `${PAGE_LABELS[page]} · gradimento`;
  }, [page]);

  if (page === 'administrations') return <AdministrationsPage administrations={administrations} />;
  // Per office, across administrations: the office picker is the page's own.
  if (page === 'people-served') return <PeopleServedPage session={session} />;
  // Issue 9: per office too, across administrations (the web widget, QR codes, the phone, web comments).
  if (page === 'channels') return <ChannelsPage session={session} />;
  if (administrations.error) return <LoadError error={administrations.error} onRetry={administrations.reload} />;
  if (!administrations.data) return <Loading />;

  // One's own e-mails, and the people's of the administrations one manages: the page has its own pickers.
  if (page === 'emails')
    return (
      <section class="admin-page" data-testid="page-emails">
        <div class="admin-head">
          <h2>{PAGE_LABELS[page]}</h2>
        </div>
        <EmailsPage session={session} administrations={administrations.data} />
      </section>
    );
  if (page === 'alerts')
    return (
      <section class="admin-page" data-testid="page-alerts">
        <div class="admin-head">
          <h2>{PAGE_LABELS[page]}</h2>
        </div>
        <AlertsPage session={session} administrations={administrations.data} />
      </section>
    );
  const scope = scopeOf(session.grants, PERMISSION[page]);
  const mayHere = (id: string) => scope.everywhere || scope.administrationIds.includes(id) || scope.offices.some((o) => o.administrationId === id);
  const choices = administrations.data.filter((a) => a.archivedAt === null && mayHere(a.id));
  const everywhere = scope.everywhere;

  // Archived ones too: they name the places of roles held since before (the role editor offers live ones only).
  // Its status («Salvato: …») above the page's own section: the section is the people page's.
  if (page === 'people')
    return (
      <SavedStatus key={page}>
        <PeoplePage session={session} administrations={administrations.data.filter((a) => mayHere(a.id))} />
      </SavedStatus>
    );

  // The audit log of the whole installation is an installation admin's first view; everyone else picks one of theirs.
  const allowAll = page === 'audit' && everywhere;
  const current = choices.find((a) => a.id === chosen)?.id ?? (allowAll ? undefined : choices[0]?.id);
  const choose = (id: string) => {
    setChosen(id || undefined);
    writeChosen(id || undefined);
  };

  return (
    <section class="admin-page" data-testid={`page-${page}`}>
      <div class="admin-head">
        <h2>{PAGE_LABELS[page]}</h2>
        {choices.length > 0 && <AdministrationPicker administrations={choices} value={current} onChange={choose} allowAll={allowAll} />}
      </div>
      {/* Between the heading and the list: «Salvato: …» once a management form saved (use-editor.ts). One for each page and administration. */}
      <SavedStatus key={`${page}:${current}`}>
        {choices.length === 0 && !allowAll ? (
          <p class="card note">{A.noAdministrations}</p>
        ) : page === 'audit' ? (
          <AuditPage administrationId={current} />
        ) : !current ? null : page === 'offices' ? (
          <OfficesPage key={current} administrationId={current} />
        ) : page === 'services' ? (
          <ServicesPage key={current} administrationId={current} />
        ) : page === 'reasons' ? (
          <ReasonsPage key={current} administrationId={current} />
        ) : page === 'api-keys' ? (
          <ApiKeysPage key={current} administrationId={current} />
        ) : page === 'deliveries' ? (
          <DeliveriesPage key={current} administrationId={current} />
        ) : page === 'public-page' ? (
          <PublicPageSettingsPage key={current} administrationId={current} administrationName={choices.find((c) => c.id === current)!.name} />
        ) : (
          <TerminalsPage key={current} administrationId={current} grants={session.grants} />
        )}
      </SavedStatus>
    </section>
  );
}

