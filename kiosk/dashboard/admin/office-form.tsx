// Creating or editing an office: name, address, time zone, opening hours and closing days; an edit sends only what changed, with the version it was opened at.
import { useState } from 'preact/hooks';
import type { Office } from '../../../server/contract/admin';
import { createOffice, type OfficeInput } from '../admin-api';
import { Field, TextField } from '../components/form-field';
import { useSave } from '../use-save';
import { AdminForm } from './admin-form';
import { A } from './admin-labels';
import { changedFields, differences, sameValue, type ShownField } from './differences';
import { hoursSummary } from './hours-summary';
import { CLOSED_WEEK, HolidaysEditor, hoursBlockReason, OpeningHoursEditor } from './opening-hours-editor';
import { StaleNotice } from './stale-notice';
import { useFreshCopy } from './use-fresh-copy';
import { changeOffice, getOffice } from './versioned-api';

const DEFAULT_ZONE = 'Europe/Rome';
// Every zone the browser knows, for the suggestions; older browsers simply get none.
const ZONES: readonly string[] = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [DEFAULT_ZONE];

const FIELDS = ['name', 'address', 'timeZone', 'openingHours', 'holidays'] as const;

/**
 * What an edit sends: the fields that differ from the office as opened. Someone else's change to the
 * others then stays, and the collector refuses the save as stale only when the version moved on.
 */
export const officeChange = (office: Office, input: OfficeInput): Partial<OfficeInput> => changedFields(office, input, FIELDS);

/** The office's fields as the stale notice names them. */
const SHOWN: readonly ShownField<Office>[] = [
  { key: 'name', label: A.name, show: String },
  { key: 'address', label: A.address, show: (v) => v || A.none },
  { key: 'timeZone', label: A.timeZone, show: String },
  { key: 'openingHours', label: A.openingHours, show: hoursSummary },
  { key: 'holidays', label: A.holidays, show: (v) => (v.length ? v.join(', ') : A.none) },
];

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
  const fresh = useFreshCopy(office, () => getOffice(office!.id));
  const set = <K extends keyof OfficeInput>(key: K) => (v: OfficeInput[K]) => setValue((s) => ({ ...s, [key]: v }));

  const send = async () => {
    const input = { ...value, name: value.name.trim(), address: value.address.trim(), timeZone: value.timeZone.trim() };
    if (!office) return createOffice(administrationId, input);
    const change = officeChange(office, input);
    // Nothing changed: nothing to send (the form just closes), as the services form does.
    if (Object.keys(change).length > 0) await changeOffice(office.id, { ...change, version: fresh.version });
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
      // A slot the wrong way round or overlapping another: the collector would refuse the whole save.
      // Only hours that will be sent (officeChange sends them when changed), the only ones the collector checks: a stored week it would refuse today must not stop a change of address.
      blockedBy={office && sameValue(office.openingHours, value.openingHours) ? undefined : hoursBlockReason(value.openingHours)}
      stale={<StaleNotice what="office" error={error} fresh={fresh} theirs={office && fresh.theirs && differences(office, fresh.theirs, SHOWN)} testId="office-stale" />}
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
