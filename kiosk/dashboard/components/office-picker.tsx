// The office select, grouped by administration, as a consortium's IT staff and a comune's manager both expect.
import type { OfficeSummary } from '../../../server/contract/report';
import { LABELS } from '../labels';
import { LOCALE } from '../i18n/locale';

interface Props {
  offices: readonly OfficeSummary[];
  value: string | undefined;
  onChange: (officeId: string) => void;
  /** Whether archived offices are listed (tagged): their reports stay readable. */
  showArchived?: boolean;
  onShowArchived?: (on: boolean) => void;
}

interface Group {
  name: string;
  offices: OfficeSummary[];
}

/** Administrations and their offices in Italian alphabetical order; pure, exported for tests. */
export function groupOffices(offices: readonly OfficeSummary[]): Group[] {
  const groups = new Map<string, Group>();
  for (const o of offices) {
    const g = groups.get(o.administration.id) ?? { name: o.administration.name, offices: [] };
    g.offices.push(o);
    groups.set(o.administration.id, g);
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, LOCALE);
  return [...groups.values()].sort(byName).map((g) => ({ ...g, offices: g.offices.sort(byName) }));
}

/** An archived office is named as closed wherever it is offered. */
const optionOf = (o: OfficeSummary) => (
  <option key={o.id} value={o.id} data-archived={o.archivedAt ? '' : undefined}>
    {o.archivedAt ? `${o.name} (${LABELS.officeClosed})` : o.name}
  </option>
);

export function OfficePicker({ offices, value, onChange, showArchived = false, onShowArchived }: Props) {
  const groups = groupOffices(offices);
  return (
    <div class="field office-field">
      <label for="office-select">{LABELS.office}</label>
      <select
        id="office-select"
        data-testid="office-select"
        value={value ?? ''}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {!value && <option value="">{LABELS.chooseOffice}</option>}
        {/* One administration needs no group heading: a comune's own manager sees just their offices. */}
        {groups.length === 1
          ? groups[0]!.offices.map(optionOf)
          : groups.map((g) => (
              <optgroup key={g.name} label={g.name}>
                {g.offices.map(optionOf)}
              </optgroup>
            ))}
      </select>
      {onShowArchived && (
        <label class="check">
          <input type="checkbox" data-testid="show-archived-offices" checked={showArchived} onChange={(e) => onShowArchived(e.currentTarget.checked)} />
          {LABELS.showClosedOffices}
        </label>
      )}
    </div>
  );
}
