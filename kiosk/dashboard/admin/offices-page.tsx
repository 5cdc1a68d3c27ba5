// An administration's offices: list with hours at a glance, create, edit, archive (votes stay in the reports).
import { useState } from 'preact/hooks';
import type { Office, OpeningHours, Weekday } from '../../../server/contract/admin';
import { archiveOffice, listOffices } from '../admin-api';
import { A, WEEKDAY_LABEL } from './admin-labels';
import { ConfirmButton, LoadError } from './confirm-button';
import { OfficeForm } from './office-form';
import { useLoad } from './use-load';

/** "Lun 08:30–12:30, 14:30–17:00 · Mar …": the week in one line, closed days left out. */
export function hoursSummary(hours: OpeningHours): string {
  const days = (Object.keys(WEEKDAY_LABEL) as Weekday[]).filter((d) => hours[d]?.length);
  if (days.length === 0) return A.closed;
  return days.map((d) => `${WEEKDAY_LABEL[d].slice(0, 3)} ${hours[d].map((i) => `${i.from}–${i.to}`).join(', ')}`).join(' · ');
}

export function OfficesPage({ administrationId }: { administrationId: string }) {
  const offices = useLoad((signal) => listOffices(administrationId, signal), administrationId);
  const [editing, setEditing] = useState<Office | 'new'>();
  const [showArchived, setShowArchived] = useState(false);
  const saved = () => {
    setEditing(undefined);
    offices.reload();
  };
  const shown = offices.data?.filter((o) => showArchived || !o.archivedAt);

  return (
    <>
      <div class="toolbar">
        <button type="button" class="primary" data-testid="office-new" onClick={() => setEditing('new')}>
          {A.newOffice}
        </button>
        <label class="check">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
          {A.showArchived}
        </label>
      </div>
      {editing && (
        <OfficeForm
          key={editing === 'new' ? 'new' : editing.id}
          administrationId={administrationId}
          office={editing === 'new' ? undefined : editing}
          onSaved={saved}
          onCancel={() => setEditing(undefined)}
        />
      )}
      {offices.error ? <LoadError error={offices.error} onRetry={offices.reload} /> : null}
      {shown && (
        <div class="card table-scroll">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{A.name}</th>
                <th scope="col">{A.address}</th>
                <th scope="col">{A.openingHours}</th>
                <th scope="col">{A.actions}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((o) => (
                <tr key={o.id} data-testid="office-row" data-office-id={o.id} class={o.archivedAt ? 'is-archived' : undefined}>
                  <td>
                    {o.name}
                    {o.archivedAt && <span class="tag">{A.archived}</span>}
                    <div class="muted small-text">{o.timeZone}</div>
                  </td>
                  <td>{o.address || A.none}</td>
                  <td class="small-text">
                    {hoursSummary(o.openingHours)}
                    {o.holidays.length > 0 && <div class="muted">{`${A.holidays}: ${o.holidays.length}`}</div>}
                  </td>
                  <td class="row-actions">
                    {!o.archivedAt && (
                      <>
                        <button type="button" data-testid="office-edit" onClick={() => setEditing(o)}>
                          {A.edit}
                        </button>
                        <ConfirmButton label={A.archive} question={A.confirmArchive(o.name)} testId="office-archive" onConfirm={async () => (await archiveOffice(o.id), offices.reload())} />
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
