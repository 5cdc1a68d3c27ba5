// How often a report goes out: a labelled select with the chosen frequency's schedule under it, in the subscribe and edit forms.
import { FREQUENCIES, type Frequency } from '../../../server/contract/subscription-paths';
import { Field } from '../components/form-field';
import { E, FREQUENCY_HINTS, FREQUENCY_LABELS } from './subscription-labels';

interface Props {
  /** The select's id and test id; its label is bound to it. */
  id: string;
  value: Frequency;
  onChange: (frequency: Frequency) => void;
  problem?: string;
}

export function FrequencyField({ id, value, onChange, problem }: Props) {
  return (
    <Field id={id} label={E.frequency} hint={FREQUENCY_HINTS[value]} problem={problem}>
      <select id={id} data-testid={id} value={value} onChange={(e) => onChange(e.currentTarget.value as Frequency)} aria-describedby={`${id}-note`} aria-invalid={problem ? true : undefined}>
        {FREQUENCIES.map((f) => (
          <option key={f} value={f}>
            {FREQUENCY_LABELS[f]}
          </option>
        ))}
      </select>
    </Field>
  );
}
