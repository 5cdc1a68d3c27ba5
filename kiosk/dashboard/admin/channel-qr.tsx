// QR code points of an office, one per service: sheets of single-use codes to print and hand out at the counter.
import { useState } from 'preact/hooks';
import { MAX_CODES_PER_SHEET } from '../../../server/contract/channel-points';
import type { ChannelPoint, CodeSheet } from '../../../server/contract/channel-schemas';
import { isTerminalLanguage, languageInfo, LANGUAGES, type TerminalLanguage } from '../../../server/contract/languages';
import { QR_CARD_WORDS } from '../../../server/contract/qr-card-words';
import { FormError } from '../components/form-field';
import { useSave } from '../use-save';
import { AddPoint } from './channel-add';
import { C } from './channels-labels';
import { AddressWarning } from './address-warning';
import { archivePoint, issueCodes } from './channels-api';
import type { ServiceChoice } from './channels-page';
import { ArchiveButton } from './confirm-button';
import { formatWhen } from './format-when';
import { qrImageSrc } from './terminal-status';

interface Props {
  officeId: string;
  points: readonly ChannelPoint[];
  services: readonly ServiceChoice[];
  serviceName: (id: string | null) => string;
  onChange: () => void;
}

export function QrPanel({ officeId, points, services, serviceName, onChange }: Props) {
  const live = points.filter((p) => p.archivedAt === null);
  return (
    <section class="card channel" aria-labelledby="channel-qr-title" data-testid="channel-qr">
      <h3 id="channel-qr-title">{C.qrTitle}</h3>
      <p class="field-hint">{C.qrIntro}</p>
      {live.length === 0 && <p>{C.none}</p>}
      <ul class="channel-points">
        {live.map((p) => (
          <li key={p.id} data-testid={`qr-point-${p.id}`}>
            <div class="channel-point-head">
              <strong>{serviceName(p.serviceId)}</strong>
              <span class="field-hint">{C.created(formatWhen(p.createdAt))}</span>
              <ArchiveButton name={p.name} testId={`qr-archive-${p.id}`} onArchive={async () => (await archivePoint(p.id), onChange())} />
            </div>
            <Sheet point={p} service={serviceName(p.serviceId)} />
          </li>
        ))}
      </ul>
      <AddPoint officeId={officeId} kind="qr" label={C.qrAdd} services={services} taken={new Set(live.map((p) => p.serviceId!))} takenNote={C.qrTaken} onAdded={onChange} />
    </section>
  );
}

/** The manager's last choice of the cards' second language, kept by this browser ('' for none). */
const SECOND_KEY = 'gradimento.dashboard.qrSecondLanguage';
type Second = Exclude<TerminalLanguage, 'it'> | '';

function storedSecond(): Second {
  try {
    const kept = localStorage.getItem(SECOND_KEY);
    if (kept === '') return '';
    if (kept !== null && kept !== 'it' && isTerminalLanguage(kept)) return kept as Second;
  } catch {
    // No storage (a locked-down browser): the default below.
  }
  // English by default: the language a tourist is likeliest to read after Italian.
  return 'en';
}

function Sheet({ point, service }: { point: ChannelPoint; service: string }) {
  const [count, setCount] = useState(12);
  const [second, setSecond] = useState<Second>(storedSecond);
  const pickSecond = (value: string) => {
    const next = value === '' || (value !== 'it' && isTerminalLanguage(value)) ? (value as Second) : '';
    setSecond(next);
    try {
      localStorage.setItem(SECOND_KEY, next);
    } catch {
      // Not kept: the choice still holds for this sheet.
    }
  };
  const secondInfo = second === '' ? undefined : languageInfo(second);
  const [sheet, setSheet] = useState<CodeSheet>();
  const save = useSave();
  const id = `qr-count-${point.id}`;
  const issue = (e: Event) => {
    e.preventDefault();
    void save.run(async () => setSheet(await issueCodes(point.id, count)));
  };
  const print = () => {
    // Only the sheet goes on paper (channels.css, @media print).
    document.body.classList.add('printing-qr');
    window.print();
    document.body.classList.remove('printing-qr');
  };
  return (
    <div class="qr-issue">
      <AddressWarning base={point.publicBase} what="qr" testId={`qr-address-${point.id}`} />
      <form class="channel-add" onSubmit={issue}>
        <div class="field">
          <label for={id}>{C.qrCount}</label>
          <input id={id} type="number" min={1} max={MAX_CODES_PER_SHEET} value={count} onInput={(e) => setCount(Number(e.currentTarget.value))} data-testid={`qr-count-${point.id}`} />
        </div>
        <div class="field">
          <label for={`${id}-second`}>{C.qrSecond}</label>
          <select id={`${id}-second`} value={second} onChange={(e) => pickSecond(e.currentTarget.value)} data-testid={`qr-second-${point.id}`}>
            <option value="">{C.qrSecondNone}</option>
            {LANGUAGES.filter((l) => l.code !== 'it').map((l) => (
              <option key={l.code} value={l.code} lang={l.htmlLang}>
                {l.endonym}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="primary" disabled={save.busy} data-testid={`qr-issue-${point.id}`}>
          {save.busy ? C.qrIssuing : C.qrIssue}
        </button>
        <FormError error={save.error} fields={['/count']} />
      </form>
      {sheet && (
        <div class="qr-sheet" data-testid={`qr-sheet-${point.id}`}>
          <div class="qr-sheet-head">
            <h4>{C.qrSheetTitle(service)}</h4>
            <button type="button" onClick={print}>
              {C.qrPrint}
            </button>
          </div>
          <p class="field-hint">{C.qrSheetNote(formatWhen(sheet.expiresAt))}</p>
          <ol class="qr-cards">
            {sheet.codes.map((c, i) => (
              <li key={c.code} class="qr-card">
                <img src={qrImageSrc(c.qrSvg)} width={140} height={140} alt={C.qrAlt(i + 1)} data-url={c.url} />
                <span class="qr-card-text">
                  <span lang="it">{QR_CARD_WORDS.it}</span>
                  {secondInfo && (
                    <span lang={secondInfo.htmlLang} dir={secondInfo.dir}>
                      {QR_CARD_WORDS[secondInfo.code]}
                    </span>
                  )}
                </span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
