// An administration's services with their charter standard (Carta dei servizi): list, create, edit, archive.
import { useState } from 'preact/hooks';
import type { Service } from '../../../server/contract/admin';
import { archiveService, createService, listServices, updateService } from '../admin-api';
import { TextField } from '../components/form-field';
import { useSave } from '../use-save';
import { AdminForm } from './admin-form';
import { A } from './admin-labels';
import { ArchivedName, DataTable, EditArchiveCell, ListToolbar, LoadError } from './list-parts';
import { useArchivedFilter, useEditor } from './use-editor';
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
  const save = useSave();
  const parsed = parseStandard(standard);

  const send = async () => {
    if (parsed === 'invalid') return; // never: `ready` stops the submit; this narrows the type
    const input = { name: name.trim(), standard: parsed };
    await (service ? updateService(service.id, input) : createService(administrationId, input));
  };

  return (
    <AdminForm
      name="service"
      itemName={service?.name}
      newTitle={A.newService}
      save={save}
      fields={['/name', '/standard']}
      onSave={send}
      onDone={onDone}
      ready={parsed !== 'invalid'}
      saveDisabled={parsed === 'invalid'}
    >
      <TextField id="service-name" testId="service-name" label={A.name} value={name} onInput={setName} required maxLength={200} problem={save.problem('/name')} />
      <TextField
        id="service-standard"
        testId="service-standard"
        label={A.standard}
        value={standard}
        onInput={setStandard}
        hint={A.standardHint}
        problem={parsed === 'invalid' ? A.standardInvalid : save.problem('/standard')}
      />
    </AdminForm>
  );
}

export function ServicesPage({ administrationId }: { administrationId: string }) {
  const services = useLoad((signal) => listServices(administrationId, signal), administrationId);
  const editor = useEditor<Service>(services.reload);
  const archived = useArchivedFilter(services.data);

  return (
    <>
      <p class="muted">{A.servicesIntro}</p>
      <ListToolbar newLabel={A.newService} newTestId="service-new" onNew={editor.startNew} archived={archived} />
      {editor.open && <ServiceForm key={editor.key} administrationId={administrationId} service={editor.item} onDone={editor.done} />}
      {services.error ? <LoadError error={services.error} onRetry={services.reload} /> : null}
      {archived.shown?.length === 0 && <p class="card note">{A.noServicesListed}</p>}
      {!!archived.shown?.length && (
        <DataTable headers={[A.name, A.standard, A.actions]}>
          {archived.shown.map((s) => (
            <tr key={s.id} data-testid="service-row" data-service-id={s.id} class={s.archivedAt ? 'is-archived' : undefined}>
              <td>
                <ArchivedName name={s.name} archivedAt={s.archivedAt} />
              </td>
              <td>{s.standard ? A.standardShort(s.standard.minPositivePct) : <span class="muted">{A.noStandard}</span>}</td>
              <EditArchiveCell name="service" item={s} onEdit={() => editor.edit(s)} onArchive={async () => (await archiveService(s.id), services.reload())} />
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
