// The phone operator's panel: at the end of a call, the service and the face the caller gave, recorded as a vote of channel telefono.
import { useState } from 'preact/hooks';
import type { ChannelPoint } from '../../../server/contract/channel-schemas';
import { FormError } from '../components/form-field';
import { useSave } from '../use-save';
import { AddPoint } from './channel-add';
import { C } from './channels-labels';
import { faceLabel } from '../charts/faces';
import { recordPhoneVote } from './channels-api';
import type { ServiceChoice } from './channels-page';
import { LOCALE } from '../i18n/locale';

const FACES = ['positivo', 'sufficiente', 'negativo'] as const;
const TIME = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit' });

export function PhonePanel({ officeId, points, services, onChange }: { officeId: string; points: readonly ChannelPoint[]; services: readonly ServiceChoice[]; onChange: () => void }) {
  const point = points.find((p) => p.archivedAt === null);
  return (
    <section class="card channel" aria-labelledby="channel-phone-title" data-testid="channel-phone">
      <h3 id="channel-phone-title">{C.phoneTitle}</h3>
      <p class="field-hint">{C.phoneIntro}</p>
      {point ? <Operator point={point} services={services} /> : <AddPoint officeId={officeId} kind="phone" label={C.phoneAdd} onAdded={onChange} />}
    </section>
  );
}

function Operator({ point, services }: { point: ChannelPoint; services: readonly ServiceChoice[] }) {
  const [serviceId, setServiceId] = useState(services[0]?.id ?? '');
  const [recorded, setRecorded] = useState<string>();
  const save = useSave();
  const record = (face: (typeof FACES)[number]) => {
    setRecorded(undefined);
    void save.run(async () => {
      const stored = await recordPhoneVote(point.id, { serviceId, face });
      setRecorded(C.phoneRecorded(TIME.format(new Date(stored.storedAt)), faceLabel(face), services.find((s) => s.id === serviceId)?.name ?? serviceId));
    });
  };
  return (
    <div class="phone-operator">
      <div class="field">
        <label for="phone-service">{C.service}</label>
        <select id="phone-service" value={serviceId} onChange={(e) => setServiceId(e.currentTarget.value)} data-testid="phone-service">
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="phone-faces">
        <legend>{C.phoneFaces}</legend>
        {FACES.map((face) => (
          <button key={face} type="button" class={`phone-face phone-face-${face}`} disabled={save.busy || !serviceId} onClick={() => record(face)} data-testid={`phone-${face}`}>
            {faceLabel(face)}
          </button>
        ))}
      </fieldset>
      <p role="status" class="field-hint phone-recorded" data-testid="phone-recorded">
        {recorded ?? ''}
      </p>
      <FormError error={save.error} fields={['/serviceId']} testId="phone-error" />
    </div>
  );
}
