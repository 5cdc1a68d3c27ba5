// An administration's services with their charter standard (Carta dei servizi): list, create, edit, archive.
import { useState } from 'preact/hooks';
import type { Service } from '../../../server/contract/admin';
import { archiveService, createService, listServices, updateService } from '../admin-api';
import { FormError, problemAt, TextField } from '../components/form-field';
import { A } from './admin-labels';
import { ConfirmButton, LoadError } from './confirm-button';
import { useLoad } from './use-load';

/** The standard field's text as the API's value: empty is "no standard", else a whole 0-100. */
export function parseStandard(text: string): { minPositivePct: number } | null | 'invalid' {
  const t = text.trim().replace(/%$/, '').trim();
  if (t === '') return null;
  if (!/^\d{1,3}$/.test(t) || Number(t) > 100) return 'invalid';
  return { minPositivePct: Number(t) };
}

function ServiceForm({ administrationId, service, onDone }: { administrationId: string; service?: Service; onDone: (saved: boolean) => void }) {
  const [name, setName] = useState(service?.name ?? '');
  const [standard, setStandard] = useState(service?.standard ? String(service.standard.minPositivePct) : '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const parsed = parseStandard(standard);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (parsed === 'invalid') return;
    setBusy(true);
    setError(undefined);
    try {
      const input = { name: name.trim(), standard: parsed };
      await (service ? updateService(service.id, input) : createService(administrationId, input));
      onDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card admin-form" onSubmit={submit} data-testid="service-form">
      <h3>{service ? `${A.edit}: ${service.name}` : A.newService}</h3>
      <TextField id="service-name" testId="service-name" label={A.name} value={name} onInput={setName} required maxLength={200} problem={problemAt(error, '/name')} />
      <TextField
        id="service-standard"
        testId="service-standard"
        label={A.standard}
        value={standard}
        onInput={setStandard}
        hint={A.standardHint}
        problem={parsed === 'invalid' ? A.standardInvalid : problemAt(error, '/standard')}
      />
      <FormError error={error} fields={['/name', '/standard']} testId="service-error" />
      <div class="actions">
        <button type="submit" class="primary" data-testid="service-save" disabled={busy || parsed === 'invalid'}>
          {busy ? A.saving : service ? A.save : A.create}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {A.cancel}
        </button>
      </div>
    </form>
  );
}

export function ServicesPage({ administrationId }: { administrationId: string }) {
  const services = useLoad((signal) => listServices(administrationId, signal), administrationId);
  const [editing, setEditing] = useState<Service | 'new'>();
  const [showArchived, setShowArchived] = useState(false);
  const shown = services.data?.filter((s) => showArchived || !s.archivedAt);

  return (
    <>
      <p class="muted">{A.servicesIntro}</p>
      <div class="toolbar">
        <button type="button" class="primary" data-testid="service-new" onClick={() => setEditing('new')}>
          {A.newService}
        </button>
        <label class="check">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
          {A.showArchived}
        </label>
      </div>
      {editing && (
        <ServiceForm
          key={editing === 'new' ? 'new' : editing.id}
          administrationId={administrationId}
          service={editing === 'new' ? undefined : editing}
          onDone={(saved) => {
            setEditing(undefined);
            if (saved) services.reload();
          }}
        />
      )}
      {services.error ? <LoadError error={services.error} onRetry={services.reload} /> : null}
      {shown && (
        <div class="card table-scroll">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{A.name}</th>
                <th scope="col">{A.standard}</th>
                <th scope="col">{A.actions}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => (
                <tr key={s.id} data-testid="service-row" data-service-id={s.id} class={s.archivedAt ? 'is-archived' : undefined}>
                  <td>
                    {s.name}
                    {s.archivedAt && <span class="tag">{A.archived}</span>}
                  </td>
                  <td>{s.standard ? A.standardShort(s.standard.minPositivePct) : <span class="muted">{A.noStandard}</span>}</td>
                  <td class="row-actions">
                    {!s.archivedAt && (
                      <>
                        <button type="button" data-testid="service-edit" onClick={() => setEditing(s)}>
                          {A.edit}
                        </button>
                        <ConfirmButton label={A.archive} question={A.confirmArchive(s.name)} testId="service-archive" onConfirm={async () => (await archiveService(s.id), services.reload())} />
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
