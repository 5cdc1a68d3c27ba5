// The phone operator's panel: at the end of a call, the service and the face the caller gave, recorded as a vote of channel telefono.
import { useEffect, useRef, useState } from 'preact/hooks';
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

/**
 * How long a tap waits before it is recorded: an operator who pressed the wrong face, or the wrong
 * service, undoes it meanwhile (a vote once stored is counted, and no one may delete it).
 */
export const UNDO_MS = 5_000;

type Face = (typeof FACES)[number];
interface Pending {
  face: Face;
  serviceId: string;
  /** When it leaves for the collector. */
  at: number;
}

function Operator({ point, services }: { point: ChannelPoint; services: readonly ServiceChoice[] }) {
  const [serviceId, setServiceId] = useState(services[0]?.id ?? '');
  const [recorded, setRecorded] = useState<string>();
  const [pending, setPending] = useState<Pending>();
  const [now, setNow] = useState(Date.now());
  const save = useSave();
  const nameOf = (id: string) => services.find((s) => s.id === id)?.name ?? id;
  // The vote waiting, for the page's last moment (pagehide, leaving the page): it is sent then, not dropped.
  const waiting = useRef<Pending>();
  waiting.current = pending;

  const send = (vote: Pending) => {
    setPending(undefined);
    void save.run(async () => {
      const stored = await recordPhoneVote(point.id, { serviceId: vote.serviceId, face: vote.face });
      setRecorded(C.phoneRecorded(TIME.format(new Date(stored.storedAt)), faceLabel(vote.face), nameOf(vote.serviceId)));
    });
  };
  const record = (face: Face) => {
    setRecorded(undefined);
    // A second tap within the wait replaces the first: the operator corrected the face.
    const at = Date.now();
    setNow(at);
    setPending({ face, serviceId, at: at + UNDO_MS });
  };
  const undo = () => {
    if (!pending) return;
    setRecorded(C.phoneUndone(faceLabel(pending.face), nameOf(pending.serviceId)));
    setPending(undefined);
  };

  useEffect(() => {
    if (!pending) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    const due = setTimeout(() => send(pending), Math.max(0, pending.at - Date.now()));
    return () => {
      clearInterval(tick);
      clearTimeout(due);
    };
  }, [pending]);

  useEffect(() => {
    // Closing the tab or leaving the page sends what waits at once: a request that outlives the page.
    const flush = () => {
      const vote = waiting.current;
      if (!vote) return;
      waiting.current = undefined;
      void recordPhoneVote(point.id, { serviceId: vote.serviceId, face: vote.face }, true).catch((e: unknown) => console.error('gradimento: phone vote not sent', e));
    };
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, [point.id]);

  const seconds = pending ? Math.max(1, Math.ceil((pending.at - now) / 1000)) : 0;
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
          <button
            key={face}
            type="button"
            class={`phone-face phone-face-${face}`}
            aria-pressed={pending?.face === face}
            disabled={save.busy || !serviceId}
            onClick={() => record(face)}
            data-testid={`phone-${face}`}
          >
            {faceLabel(face)}
          </button>
        ))}
      </fieldset>
      <div class="phone-status">
        <p role="status" class="field-hint phone-recorded" data-testid="phone-recorded">
          {pending ? C.phoneRecording(faceLabel(pending.face), nameOf(pending.serviceId), seconds) : (recorded ?? '')}
        </p>
        {pending && (
          <button type="button" onClick={undo} data-testid="phone-undo">
            {C.phoneUndo}
          </button>
        )}
      </div>
      <FormError error={save.error} fields={['/serviceId']} testId="phone-error" />
    </div>
  );
}
