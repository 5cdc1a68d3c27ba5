// Creating or editing an office: name, address, time zone, opening hours and closing days.
import { useState } from 'preact/hooks';
import type { Office } from '../../../server/contract/admin';
import { createOffice, updateOffice, type OfficeInput } from '../admin-api';
import { Field, FormError, problemAt, TextField } from '../components/form-field';
import { A } from './admin-labels';
import { CLOSED_WEEK, HolidaysEditor, OpeningHoursEditor } from './opening-hours-editor';

const DEFAULT_ZONE = 'Europe/Rome';
// Every zone the browser knows, for the suggestions; older browsers simply get none.
const ZONES: readonly string[] = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [DEFAULT_ZONE];

interface Props {
  administrationId: string;
  office?: Office;
  onSaved: () => void;
  onCancel: () => void;
}

export function OfficeForm({ administrationId, office, onSaved, onCancel }: Props) {
  const [value, setValue] = useState<OfficeInput>(() => ({
    name: office?.name ?? '',
    address: office?.address ?? '',
    timeZone: office?.timeZone ?? DEFAULT_ZONE,
    openingHours: office?.openingHours ?? CLOSED_WEEK,
    holidays: office?.holidays ?? [],
  }));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const set = <K extends keyof OfficeInput>(key: K) => (v: OfficeInput[K]) => setValue((s) => ({ ...s, [key]: v }));

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const input = { ...value, name: value.name.trim(), address: value.address.trim(), timeZone: value.timeZone.trim() };
      await (office ? updateOffice(office.id, input) : createOffice(administrationId, input));
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card admin-form" onSubmit={submit} data-testid="office-form">
      <h3>{office ? `${A.edit}: ${office.name}` : A.newOffice}</h3>
      <TextField id="office-name" testId="office-name" label={A.name} value={value.name} onInput={set('name')} required maxLength={200} problem={problemAt(error, '/name')} />
      <TextField id="office-address" testId="office-address" label={A.address} value={value.address} onInput={set('address')} maxLength={500} problem={problemAt(error, '/address')} />
      <Field id="office-zone" label={A.timeZone} hint={A.timeZoneHint} problem={problemAt(error, '/timeZone')}>
        <input id="office-zone" list="office-zones" value={value.timeZone} required aria-describedby="office-zone-note" onInput={(e) => set('timeZone')(e.currentTarget.value)} />
        <datalist id="office-zones">
          {ZONES.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </Field>
      <OpeningHoursEditor value={value.openingHours} onChange={set('openingHours')} error={error} />
      <HolidaysEditor value={value.holidays} onChange={set('holidays')} error={error} />
      <FormError error={error} fields={['/name', '/address', '/timeZone', '/openingHours', '/holidays']} testId="office-error" />
      <div class="actions">
        <button type="submit" class="primary" data-testid="office-save" disabled={busy}>
          {busy ? A.saving : office ? A.save : A.create}
        </button>
        <button type="button" onClick={onCancel}>
          {A.cancel}
        </button>
      </div>
    </form>
  );
}
