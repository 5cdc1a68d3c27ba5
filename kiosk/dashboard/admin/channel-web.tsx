// The web rating widgets of an office, one per service: the code to paste into the comune's page, and archiving.
import { useRef, useState } from 'preact/hooks';
import type { ChannelPoint } from '../../../server/contract/channel-schemas';
import { P } from './public-page-labels';
import { AddressWarning } from './address-warning';
import { AddPoint } from './channel-add';
import { C } from './channels-labels';
import { archivePoint } from './channels-api';
import type { ServiceChoice } from './channels-page';
import { ArchiveButton } from './confirm-button';
import { formatWhen } from './format-when';
import { copy } from './new-key-panel';

interface Props {
  officeId: string;
  points: readonly ChannelPoint[];
  services: readonly ServiceChoice[];
  serviceName: (id: string | null) => string;
  onChange: () => void;
}

export function WebPanel({ officeId, points, services, serviceName, onChange }: Props) {
  const live = points.filter((p) => p.archivedAt === null);
  return (
    <section class="card channel" aria-labelledby="channel-web-title" data-testid="channel-web">
      <h3 id="channel-web-title">{C.webTitle}</h3>
      <p class="field-hint">{C.webIntro}</p>
      {live.length === 0 && <p>{C.none}</p>}
      <ul class="channel-points">
        {live.map((p) => (
          <li key={p.id} data-testid={`web-point-${p.id}`}>
            <div class="channel-point-head">
              <strong>{serviceName(p.serviceId)}</strong>
              <span class="field-hint">{C.created(formatWhen(p.createdAt))}</span>
              <ArchiveButton name={p.name} testId={`web-archive-${p.id}`} also={C.webArchiveAlso} onArchive={async () => (await archivePoint(p.id), onChange())} />
            </div>
            <AddressWarning base={p.publicBase} what="web" testId={`web-address-${p.id}`} />
            <Snippet id={`web-snippet-${p.id}`} text={p.embedCode ?? ''} />
          </li>
        ))}
      </ul>
      <AddPoint officeId={officeId} kind="web" label={C.webAdd} services={services} taken={new Set(live.map((p) => p.serviceId!))} takenNote={C.webTaken} onAdded={onChange} />
    </section>
  );
}

function Snippet({ id, text }: { id: string; text: string }) {
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<boolean>();
  return (
    <div class="channel-snippet">
      <label for={id}>{C.webSnippet}</label>
      <textarea id={id} ref={field} rows={4} readOnly value={text} spellcheck={false} data-testid={id} onFocus={(e) => e.currentTarget.select()} />
      <div class="actions">
        <button type="button" onClick={async () => setCopied(await copy(text, field.current))}>
          {P.copy}
        </button>
        <p role="status" class={copied === false ? 'field-problem' : 'field-hint'}>
          {copied === undefined ? '' : copied ? P.copied : P.notCopied}
        </p>
      </div>
    </div>
  );
}
