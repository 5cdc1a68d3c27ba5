// A small form that adds a channel point to an office: for web and QR a service to pick, for the phone nothing.
import { useEffect, useState } from 'preact/hooks';
import type { ChannelPointKind } from '../../../server/contract/channel-points';
import { DashboardApiError } from '../api';
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
  /** Services that already have a live point of this kind: marked, not chosen first, and not added again. */
  taken?: ReadonlySet<string>;
  /** What to say when a service that has one is chosen: the collector refuses a second (server/channels/point-taken.ts). */
  takenNote?: string;
  onAdded: () => void;
}

export function AddPoint({ officeId, kind, label, services, taken = new Set(), takenNote, onAdded }: Props) {
  const [serviceId, setServiceId] = useState((services?.find((s) => !taken.has(s.id)) ?? services?.[0])?.id ?? '');
  const save = useSave();
  const id = `channel-add-${kind}`;
  // Once a point is added its service is taken: the form moves on to the next one that has none.
  const takenKey = [...taken].sort().join(' ');
  useEffect(() => {
    const next = services?.find((s) => !taken.has(s.id));
    if (next && taken.has(serviceId)) setServiceId(next.id);
  }, [takenKey]);
  const add = (e: Event) => {
    e.preventDefault();
    void save.run(async () => {
      await createPoint(officeId, services ? { kind, serviceId } : { kind }).catch((err: unknown) => {
        // Made meanwhile in another tab or by someone else (409 naming it): the list reloads to show it beside the words.
        if (err instanceof DashboardApiError && err.code === 'conflict') onAdded();
        throw err;
      });
      onAdded();
    });
  };
  return (
    <form class="channel-add" onSubmit={add} data-testid={`${id}-form`}>
      {services && (
        <div class="field">
          <label for={`${id}-service`}>{C.service}</label>
          <select
            id={`${id}-service`}
            value={serviceId}
            onChange={(e) => setServiceId(e.currentTarget.value)}
            aria-describedby={taken.has(serviceId) ? `${id}-taken` : undefined}
            data-testid={`${id}-service`}
          >
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {taken.has(s.id) ? C.serviceHasOne(s.name) : s.name}
              </option>
            ))}
          </select>
          {taken.has(serviceId) && takenNote && (
            <p class="field-hint" id={`${id}-taken`} data-testid={`${id}-taken`}>
              {takenNote}
            </p>
          )}
        </div>
      )}
      <button type="submit" class="primary" disabled={save.busy || (services !== undefined && (!serviceId || taken.has(serviceId)))} data-testid={`${id}-submit`}>
        {save.busy ? C.adding : label}
      </button>
      <FormError error={save.error} fields={['/serviceId']} testId={`${id}-error`} />
    </form>
  );
}
