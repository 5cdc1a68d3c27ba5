// Creating or editing a terminal: its name, counter mode (one service) or totem mode (an ordered list), and the scale of faces; an edit sends only what changed, with the version it was opened at.
import { useState } from 'preact/hooks';
import type { Service, Terminal } from '../../../server/contract/admin';
import { SCALE_SIZES, type ScaleSize } from '../../../server/contract/scale';
import type { TerminalMode } from '../../../server/contract/terminal-config';
import { createTerminal } from '../admin-api';
import { Field, NamedOptions, TextField } from '../components/form-field';
import { useSave } from '../use-save';
import { AdminForm } from './admin-form';
import { A, MODE_LABEL } from './admin-labels';
import { AUDIT } from './audit-labels';
import { changedFields, differences, type ShownField } from './differences';
import { move } from './list-order';
import { StaleNotice } from './stale-notice';
import { useFreshCopy } from './use-fresh-copy';
import { changeTerminal, getTerminal } from './versioned-api';

const MODES = Object.keys(MODE_LABEL) as TerminalMode[];
/** An emptied number field sends null, which the collector refuses naming the field, rather than a silent 0. */
const asCount = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));

const FIELDS = ['name', 'mode', 'serviceIds', 'scale', 'minIntervalSeconds', 'burstPerMinute', 'sound'] as const;
type Settings = Pick<Terminal, (typeof FIELDS)[number]>;

/**
 * What an edit sends: the settings that differ from the terminal as opened (the PIN only when typed
 * or removed). A rename alone no longer carries the services back, which undid a service another
 * admin had added meanwhile.
 */
export const terminalChange = (terminal: Terminal, settings: Settings): Partial<Settings> => changedFields(terminal, settings, FIELDS);

/** The terminal's settings as the stale notice names them; services by name. */
function shown(nameOf: (id: string) => string): readonly ShownField<Terminal>[] {
  const yesNo = (v: boolean) => (v ? AUDIT.yes : AUDIT.no);
  return [
    { key: 'name', label: A.name, show: String },
    { key: 'mode', label: A.mode, show: (v) => MODE_LABEL[v] },
    { key: 'serviceIds', label: AUDIT.services, show: (v) => v.map(nameOf).join(', ') || A.none },
    { key: 'scale', label: A.scale, show: (v) => A.scaleOption(v) },
    { key: 'minIntervalSeconds', label: A.minInterval, show: String },
    { key: 'burstPerMinute', label: A.burstPerMinute, show: String },
    { key: 'sound', label: A.sound, show: yesNo },
    { key: 'staffPinSet', label: A.staffPin, show: (v) => (v ? A.staffPinSet : A.staffPinNone) },
  ];
}

interface Props {
  officeId: string;
  terminal?: Terminal;
  /** The administration's live services, in their usual order. */
  services: readonly Service[];
  onDone: (saved: boolean) => void;
}

export function TerminalForm({ officeId, terminal, services, onDone }: Props) {
  const [name, setName] = useState(terminal?.name ?? '');
  const [mode, setMode] = useState<TerminalMode>(terminal?.mode ?? 'counter');
  const [chosen, setChosen] = useState<string[]>(terminal?.serviceIds ?? []);
  const [scale, setScale] = useState<ScaleSize>(terminal?.scale ?? 3);
  // Misuse thresholds (docs/metrics.md, "Misuse"): the collector's defaults for a new terminal.
  const [minIntervalSeconds, setMinInterval] = useState(terminal?.minIntervalSeconds ?? 3);
  const [burstPerMinute, setBurst] = useState(terminal?.burstPerMinute ?? 8);
  const [sound, setSound] = useState(terminal?.sound ?? false);
  // Write-only: empty leaves the PIN as it is; the collector never sends it back.
  const [staffPin, setStaffPin] = useState('');
  const [removePin, setRemovePin] = useState(false);
  const save = useSave();
  const { problem } = save;
  const fresh = useFreshCopy(terminal, () => getTerminal(terminal!.id));
  const nameOf = (id: string) => services.find((s) => s.id === id)?.name ?? id;
  const remaining = services.filter((s) => !chosen.includes(s.id));
  // A counter serves one service: switching from totem keeps the first.
  const serviceIds = mode === 'counter' ? chosen.slice(0, 1) : chosen;

  const send = async () => {
    const pin = removePin ? { staffPin: null } : staffPin.trim() ? { staffPin: staffPin.trim() } : {};
    const settings = { name: name.trim(), mode, serviceIds, scale, minIntervalSeconds, burstPerMinute, sound };
    if (!terminal) return createTerminal(officeId, { ...settings, ...pin });
    const change = { ...terminalChange(terminal, settings), ...pin };
    // Nothing changed: nothing to send (the form just closes).
    if (Object.keys(change).length > 0) await changeTerminal(terminal.id, { ...change, version: fresh.version });
  };

  return (
    <AdminForm
      name="terminal"
      itemName={terminal?.name}
      newTitle={A.newTerminal}
      save={save}
      fields={['/name', '/serviceIds', '/scale', '/mode', '/minIntervalSeconds', '/burstPerMinute', '/sound', '/staffPin']}
      onSave={send}
      onDone={onDone}
      blockedBy={serviceIds.length > 0 ? undefined : services.length === 0 ? A.noServicesYet : mode === 'counter' ? A.noServiceChosen(A.service) : A.noServiceAdded(`${A.addService}…`)}
      stale={<StaleNotice what="terminal" error={save.error} fresh={fresh} theirs={terminal && fresh.theirs && differences(terminal, fresh.theirs, shown(nameOf))} testId="terminal-stale" />}
    >
      <TextField id="terminal-name" testId="terminal-name" label={A.name} value={name} onInput={setName} required maxLength={200} problem={problem('/name')} />
      <fieldset class="radios">
        <legend>{A.mode}</legend>
        {MODES.map((m) => (
          <label key={m} class="check">
            <input type="radio" name="terminal-mode" value={m} data-testid={`terminal-mode-${m}`} checked={mode === m} onChange={() => setMode(m)} />
            {MODE_LABEL[m]}
          </label>
        ))}
      </fieldset>
      {services.length === 0 && <p class="field-problem">{A.noServicesYet}</p>}
      {mode === 'counter' ? (
        <Field id="terminal-service" label={A.service} problem={problem('/serviceIds')}>
          <select id="terminal-service" data-testid="terminal-service" required value={serviceIds[0] ?? ''} onChange={(e) => setChosen(e.currentTarget.value ? [e.currentTarget.value] : [])}>
            <option value="">{A.chooseService}</option>
            <NamedOptions items={services} />
          </select>
        </Field>
      ) : (
        <fieldset class="ordered" data-testid="terminal-services">
          <legend>{A.services}</legend>
          <ol>
            {chosen.map((id, i) => (
              <li key={id} data-testid="terminal-service-item">
                <span>{nameOf(id)}</span>
                <span class="row-actions">
                  <button type="button" class="small" aria-label={`${A.moveUp}: ${nameOf(id)}`} disabled={i === 0} onClick={() => setChosen(move(chosen, i, i - 1))}>
                    ↑
                  </button>
                  <button type="button" class="small" aria-label={`${A.moveDown}: ${nameOf(id)}`} disabled={i === chosen.length - 1} onClick={() => setChosen(move(chosen, i, i + 1))}>
                    ↓
                  </button>
                  <button type="button" class="small danger" aria-label={`${A.remove}: ${nameOf(id)}`} onClick={() => setChosen(chosen.filter((x) => x !== id))}>
                    ×
                  </button>
                </span>
              </li>
            ))}
          </ol>
          {remaining.length > 0 && (
            <select
              aria-label={A.addService}
              data-testid="terminal-service-add"
              value=""
              onChange={(e) => {
                const id = e.currentTarget.value;
                if (id) setChosen([...chosen, id]);
              }}
            >
              <option value="">{`${A.addService}…`}</option>
              <NamedOptions items={remaining} />
            </select>
          )}
          {problem('/serviceIds') && <p class="field-problem">{problem('/serviceIds')}</p>}
        </fieldset>
      )}
      <Field id="terminal-scale" label={A.scale} problem={problem('/scale')}>
        <select id="terminal-scale" data-testid="terminal-scale" value={String(scale)} onChange={(e) => setScale(Number(e.currentTarget.value) as ScaleSize)}>
          {SCALE_SIZES.map((n) => (
            <option key={n} value={String(n)}>
              {A.scaleOption(n)}
            </option>
          ))}
        </select>
      </Field>
      <TextField id="terminal-min-interval" testId="terminal-min-interval" type="number" label={A.minInterval} hint={A.minIntervalHint} value={String(minIntervalSeconds)} onInput={(v) => setMinInterval(asCount(v))} min={0} max={600} required problem={problem('/minIntervalSeconds')} />
      <TextField id="terminal-burst" testId="terminal-burst" type="number" label={A.burstPerMinute} hint={A.burstPerMinuteHint} value={String(burstPerMinute)} onInput={(v) => setBurst(asCount(v))} min={1} max={600} required problem={problem('/burstPerMinute')} />
      <div class="field">
        <label class="check">
          <input type="checkbox" data-testid="terminal-sound" checked={sound} onChange={(e) => setSound(e.currentTarget.checked)} aria-describedby="terminal-sound-note" />
          {A.sound}
        </label>
        <p class="field-hint" id="terminal-sound-note">
          {A.soundHint}
        </p>
      </div>
      <TextField
        id="terminal-staff-pin"
        testId="terminal-staff-pin"
        type="password"
        autoComplete="new-password"
        maxLength={8}
        label={`${A.staffPin}: ${terminal?.staffPinSet && !removePin ? A.staffPinSet : A.staffPinNone}`}
        hint={A.staffPinHint}
        value={staffPin}
        onInput={(v) => {
          setStaffPin(v);
          setRemovePin(false);
        }}
        problem={problem('/staffPin')}
      />
      {terminal?.staffPinSet && (
        <div class="field">
          <label class="check">
            <input type="checkbox" data-testid="terminal-staff-pin-remove" checked={removePin} onChange={(e) => setRemovePin(e.currentTarget.checked)} />
            {A.staffPinRemove}
          </label>
        </div>
      )}
    </AdminForm>
  );
}
