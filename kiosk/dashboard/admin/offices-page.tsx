// An administration's offices: list with hours at a glance, create, edit, archive (votes stay in the reports).
import type { Office } from '../../../server/contract/admin';
import { archiveOffice, listOffices } from '../admin-api';
import { LOCALE } from '../i18n/locale';
import { A } from './admin-labels';
import { hoursSummary } from './hours-summary';
import { reloadAfter } from './confirm-button';
import { ArchivedName, DataTable, EditArchiveCell, ListToolbar, LoadError } from './list-parts';
import { OfficeForm } from './office-form';
import { ReportLogo } from './report-logo';
import { useArchivedFilter, useEditor } from './use-editor';
import { useLoad } from './use-load';

/** «Fuso orario: Ora dell’Europa centrale (Europe/Rome)»: the zone's name as people say it, with the id the form asks for. */
function zoneText(zone: string): string {
  let said: string | undefined;
  try {
    said = new Intl.DateTimeFormat(LOCALE, { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value;
  } catch {
    // A zone this browser does not know: the id alone.
  }
  return `${A.timeZone}: ${said && said !== zone ? `${said} (${zone})` : zone}`;
}

// Moved to its own file (the office form's stale notice uses it too); still exported here for those that import it from the page.
export { hoursSummary } from './hours-summary';

export function OfficesPage({ administrationId }: { administrationId: string }) {
  const offices = useLoad((signal) => listOffices(administrationId, signal), administrationId);
  const editor = useEditor<Office>(offices.reload);
  const archived = useArchivedFilter(offices.data);

  return (
    <>
      <ListToolbar newLabel={A.newOffice} newTestId="office-new" onNew={editor.startNew} archived={archived} />
      {editor.open && <OfficeForm key={editor.key} administrationId={administrationId} office={editor.item} onDone={editor.done} />}
      {offices.error ? <LoadError error={offices.error} onRetry={offices.reload} /> : null}
      {archived.shown?.length === 0 && <p class="card note">{A.noOfficesListed}</p>}
      {!!archived.shown?.length && (
        <DataTable headers={[A.name, A.address, A.openingHours, A.actions]}>
          {archived.shown.map((o) => (
            <tr key={o.id} data-testid="office-row" data-office-id={o.id} class={o.archivedAt ? 'is-archived' : undefined}>
              <td>
                <ArchivedName name={o.name} archivedAt={o.archivedAt} />
                <div class="muted small-text" data-testid="office-zone">{zoneText(o.timeZone)}</div>
              </td>
              <td>{o.address || A.none}</td>
              <td class="small-text">
                {hoursSummary(o.openingHours)}
                {o.holidays.length > 0 && <div class="muted">{`${A.holidays}: ${o.holidays.length}`}</div>}
              </td>
              <EditArchiveCell
                name="office"
                item={o}
                onEdit={() => editor.edit(o)}
                onArchive={() => reloadAfter(() => archiveOffice(o.id, o.version), offices.reload)}
                archiveAlso={A.archiveOfficeAlso}
                stale="office"
              />
            </tr>
          ))}
        </DataTable>
      )}
      {/* The administration's logo for its PDF reports: set up with its offices, by the same people. */}
      <ReportLogo administrationId={administrationId} />
    </>
  );
}
