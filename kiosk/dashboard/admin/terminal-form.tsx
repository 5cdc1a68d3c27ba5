// Creating or editing a terminal: its name, counter mode (one service) or totem mode (an ordered list), and the scale of faces.
import { useState } from 'preact/hooks';
import type { Service, Terminal } from '../../../server/contract/admin';
import { SCALE_SIZES, type ScaleSize } from '../../../server/contract/scale';
import type { TerminalMode } from '../../../server/contract/terminal-config';
import { createTerminal, updateTerminal } from '../admin-api';
import { Field, NamedOptions, TextField } from '../components/form-field';
import { useSave } from '../use-save';
import { AdminForm } from './admin-form';
import { A, MODE_LABEL } from './admin-labels';
import { move } from './list-order';

const MODES = Object.keys(MODE_LABEL) as TerminalMode[];

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
  const save = useSave();
  const { problem } = save;
  const nameOf = (id: string) => services.find((s) => s.id === id)?.name ?? id;
  const remaining = services.filter((s) => !chosen.includes(s.id));
  // A counter serves one service: switching from totem keeps the first.
  const serviceIds = mode === 'counter' ? chosen.slice(0, 1) : chosen;

  const send = async () => {
    const input = { name: name.trim(), mode, serviceIds, scale };
    await (terminal ? updateTerminal(terminal.id, input) : createTerminal(officeId, input));
  };

  return (
    <AdminForm
      name="terminal"
      itemName={terminal?.name}
      newTitle={A.newTerminal}
      save={save}
      fields={['/name', '/serviceIds', '/scale', '/mode']}
      onSave={send}
      onDone={onDone}
      saveDisabled={serviceIds.length === 0}
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
    </AdminForm>
  );
}
