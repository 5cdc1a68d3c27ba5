// A small form that adds a channel point to an office: for web and QR a service to pick, for the phone nothing.
import { useState } from 'preact/hooks';
import type { ChannelPointKind } from '../../../server/contract/channel-points';
import { FormError } from '../components/form-field';
import { useSave } from '../use-save';
import { C } from './channels-labels';
import { createPoint } from './channels-api';
import type { ServiceChoice } from './channels-page';

interface Props {
  officeId: string;
  kind: ChannelPointKind;
  label: string;
  services?: readonly ServiceChoice[];
  onAdded: () => void;
}

export function AddPoint({ officeId, kind, label, services, onAdded }: Props) {
  const [serviceId, setServiceId] = useState(services?.[0]?.id ?? '');
  const save = useSave();
  const id = `channel-add-${kind}`;
  const add = (e: Event) => {
    e.preventDefault();
    void save.run(async () => {
      await createPoint(officeId, services ? { kind, serviceId } : { kind });
      onAdded();
    });
  };
  return (
    <form class="channel-add" onSubmit={add} data-testid={`${id}-form`}>
      {services && (
        <div class="field">
          <label for={`${id}-service`}>{C.service}</label>
          <select id={`${id}-service`} value={serviceId} onChange={(e) => setServiceId(e.currentTarget.value)} data-testid={`${id}-service`}>
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" class="primary" disabled={save.busy || (services !== undefined && !serviceId)} data-testid={`${id}-submit`}>
        {save.busy ? C.adding : label}
      </button>
      <FormError error={save.error} fields={['/serviceId']} testId={`${id}-error`} />
    </form>
  );
}
