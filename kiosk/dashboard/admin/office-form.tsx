// Creating or editing an office: name, address, time zone, opening hours and closing days.
import { useState } from 'preact/hooks';
import type { Office } from '../../../server/contract/admin';
import { createOffice, updateOffice, type OfficeInput } from '../admin-api';
import { Field, TextField } from '../components/form-field';
import { useSave } from '../use-save';
import { AdminForm } from './admin-form';
import { A } from './admin-labels';
import { CLOSED_WEEK, HolidaysEditor, OpeningHoursEditor } from './opening-hours-editor';

const DEFAULT_ZONE = 'Europe/Rome';
// Every zone the browser knows, for the suggestions; older browsers simply get none.
const ZONES: readonly string[] = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [DEFAULT_ZONE];

interface Props {
  administrationId: string;
  office?: Office;
  onDone: (saved: boolean) => void;
}

export function OfficeForm({ administrationId, office, onDone }: Props) {
  const [value, setValue] = useState<OfficeInput>(() => ({
    name: office?.name ?? '',
    address: office?.address ?? '',
    timeZone: office?.timeZone ?? DEFAULT_ZONE,
    openingHours: office?.openingHours ?? CLOSED_WEEK,
    holidays: office?.holidays ?? [],
  }));
  const save = useSave();
  const { error, problem } = save;
  const set = <K extends keyof OfficeInput>(key: K) => (v: OfficeInput[K]) => setValue((s) => ({ ...s, [key]: v }));

  const send = async () => {
    const input = { ...value, name: value.name.trim(), address: value.address.trim(), timeZone: value.timeZone.trim() };
    await (office ? updateOffice(office.id, input) : createOffice(administrationId, input));
  };

  return (
    <AdminForm
      name="office"
      itemName={office?.name}
      newTitle={A.newOffice}
      save={save}
      fields={['/name', '/address', '/timeZone', '/openingHours', '/holidays']}
      onSave={send}
      onDone={onDone}
    >
      <TextField id="office-name" testId="office-name" label={A.name} value={value.name} onInput={set('name')} required maxLength={200} problem={problem('/name')} />
      <TextField id="office-address" testId="office-address" label={A.address} value={value.address} onInput={set('address')} maxLength={500} problem={problem('/address')} />
      <Field id="office-zone" label={A.timeZone} hint={A.timeZoneHint} problem={problem('/timeZone')}>
        <input id="office-zone" list="office-zones" value={value.timeZone} required aria-describedby="office-zone-note" onInput={(e) => set('timeZone')(e.currentTarget.value)} />
        <datalist id="office-zones">
          {ZONES.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </Field>
      <OpeningHoursEditor value={value.openingHours} onChange={set('openingHours')} error={error} />
      <HolidaysEditor value={value.holidays} onChange={set('holidays')} error={error} />
    </AdminForm>
  );
}
