// An administration's services with their charter standard (Carta dei servizi) and its history: list, create, edit (a standard from a given day), archive.
import { useState } from 'preact/hooks';
import type { Service } from '../../../server/contract/admin';
import { archiveService, createService, listServices, type ServiceUpdate } from '../admin-api';
import { TextField } from '../components/form-field';
import { isLocalDate, todayIn } from '../period';
import { useSave } from '../use-save';
import { AdminForm } from './admin-form';
import { A } from './admin-labels';
import { ArchivedName, DataTable, EditArchiveCell, ListToolbar, LoadError } from './list-parts';
import { reloadAfter } from './confirm-button';
import { sinceText, StandardHistory } from './standard-history';
import { cleanTranslations, sameTranslations, TranslationsEditor } from './translations-editor';
import type { Translations } from '../../../server/contract/languages';
import { useArchivedFilter, useEditor } from './use-editor';
import { useLoad } from './use-load';
import { differences, type ShownField } from './differences';
import { StaleNotice } from './stale-notice';
import { S } from './stale-labels';
import { TRANSLATION_LABELS } from './translation-labels';
import { useFreshCopy } from './use-fresh-copy';
import { changeService, getService } from './versioned-api';

/** The standard field's text as the API's value: empty is "no standard", else a whole 0-100. */
export function parseStandard(text: string): { minPositivePct: number } | null | 'invalid' {
  const t = text.trim().replace(/%$/, '').trim();
  if (t === '') return null;
  if (!/^\d{1,3}$/.test(t) || Number(t) > 100) return 'invalid';
  return { minPositivePct: Number(t) };
}

/** Today where the collector dates standards (server/admin/services/get-services.ts: Europe/Rome). */
export const standardsToday = (now = new Date()) => todayIn(STANDARDS_TIME_ZONE, now);
const STANDARDS_TIME_ZONE = 'Europe/Rome';

/**
 * What an edit sends: only what changed. The standard goes with its first day when its value or
 * that day changed; a rename alone never writes a new standard into the history.
 */
export function serviceChange(
  service: Service,
  name: string,
  standard: { minPositivePct: number } | null,
  from: string,
  today: string,
  translations: Translations = service.translations ?? {},
): ServiceUpdate {
  const change: ServiceUpdate = {};
  if (name !== service.name) change.name = name;
  if (!sameTranslations(translations, service.translations)) change.translations = translations;
  const before = service.standard?.minPositivePct ?? null;
  if ((standard?.minPositivePct ?? null) !== before || from !== today) {
    change.standard = standard;
    change.standardFrom = from;
  }
  return change;
}

const standardText = (s: Service['standard']) => (s ? A.standardShort(s.minPositivePct) : A.noStandard);

/** The service's fields as the stale notice names them: the standard in force today, and its history when a later day changed. */
const SHOWN: readonly ShownField<Service>[] = [
  { key: 'name', label: A.name, show: String },
  { key: 'standard', label: A.standard, show: standardText },
  { key: 'standards', label: S.standardHistory, show: (v) => v.map((c) => `${sinceText(c.validFrom)}: ${c.minPositivePct === null ? A.standardNone : A.standardShort(c.minPositivePct)}`).join('; ') },
  {
    key: 'translations',
    label: S.translations,
    show: (v) => {
      const given = Object.entries(v ?? {}).filter(([, text]) => text);
      return given.length ? given.map(([l, text]) => `${TRANSLATION_LABELS.languages[l as keyof typeof TRANSLATION_LABELS.languages]}: ${text}`).join('; ') : A.none;
    },
  },
];

function ServiceForm({ administrationId, service, onDone }: { administrationId: string; service?: Service; onDone: (saved: boolean) => void }) {
  const today = standardsToday();
  const [name, setName] = useState(service?.name ?? '');
  const [standard, setStandard] = useState(service?.standard ? String(service.standard.minPositivePct) : '');
  const [from, setFrom] = useState(today);
  const [translations, setTranslations] = useState<Translations>(service?.translations ?? {});
  const save = useSave();
  const fresh = useFreshCopy(service, () => getService(administrationId, service!.id));
  const parsed = parseStandard(standard);
  const fromValid = isLocalDate(from);

  const send = async () => {
    if (parsed === 'invalid' || !fromValid) return; // never: `ready` stops the submit; this narrows the type
    const translated = cleanTranslations(translations);
    if (!service) return createService(administrationId, { name: name.trim(), standard: parsed, translations: translated });
    const change = serviceChange(service, name.trim(), parsed, from, today, translated);
    // Only what this person changed, with the version opened (or read after a refusal): someone else's change stays or refuses the save.
    if (Object.keys(change).length > 0) await changeService(service.id, { ...change, version: fresh.version });
  };

  return (
    <AdminForm
      name="service"
      itemName={service?.name}
      newTitle={A.newService}
      save={save}
      fields={['/name', '/standard', '/standardFrom', '/translations']}
      onSave={send}
      onDone={onDone}
      ready={parsed !== 'invalid' && fromValid}
      saveDisabled={parsed === 'invalid' || !fromValid}
      stale={<StaleNotice what="service" error={save.error} fresh={fresh} theirs={service && fresh.theirs && differences(service, fresh.theirs, SHOWN)} testId="service-stale" />}
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
      {/* A new service has no earlier days: its standard applies from the start. */}
      {service && (
        <TextField
          id="service-standard-from"
          testId="service-standard-from"
          type="date"
          label={A.standardFrom}
          value={from}
          onInput={setFrom}
          hint={A.standardFromHint}
          problem={!fromValid ? A.standardFromInvalid : save.problem('/standardFrom')}
        />
      )}
      {service && <StandardHistory standards={service.standards} today={today} variant="form" />}
      <TranslationsEditor
        idPrefix="service"
        value={translations}
        onChange={setTranslations}
        of={name || A.name}
        problem={(l) => save.problem(`/translations/${l}`)}
        italianChanged={service !== undefined && service.name !== name.trim()}
      />
    </AdminForm>
  );
}

export function ServicesPage({ administrationId }: { administrationId: string }) {
  const services = useLoad((signal) => listServices(administrationId, signal), administrationId);
  const editor = useEditor<Service>(services.reload);
  const archived = useArchivedFilter(services.data);
  const today = standardsToday();

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
              <td>
                {s.standard ? A.standardShort(s.standard.minPositivePct) : <span class="muted">{A.noStandard}</span>}
                <StandardHistory standards={s.standards} today={today} variant="list" />
              </td>
              <EditArchiveCell
                name="service"
                item={s}
                onEdit={() => editor.edit(s)}
                onArchive={() => reloadAfter(() => archiveService(s.id, s.version), services.reload)}
                archiveAlso={A.archiveServiceAlso}
                stale="service"
              />
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
