// The administration a management page works on: a select when the person manages more than one, a heading otherwise.
import type { Administration } from '../../../server/contract/admin';
import { NamedOptions } from '../components/form-field';
import { A } from './admin-labels';

interface Props {
  administrations: readonly Administration[];
  value: string | undefined;
  onChange: (id: string) => void;
  /** Offer "Tutta l’installazione" (the audit log of an installation admin). */
  allowAll?: boolean;
}

export function AdministrationPicker({ administrations, value, onChange, allowAll = false }: Props) {
  if (administrations.length === 1 && !allowAll) return <p class="subtitle" data-testid="administration-name">{administrations[0]!.name}</p>;
  return (
    <div class="field">
      <label for="administration-select">{A.administration}</label>
      <select id="administration-select" data-testid="administration-select" value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value)}>
        {allowAll ? <option value="">{A.wholeInstallation}</option> : !value && <option value="">{A.chooseAdministration}</option>}
        <NamedOptions items={administrations} />
      </select>
    </div>
  );
}
