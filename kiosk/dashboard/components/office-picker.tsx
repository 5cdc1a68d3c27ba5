// The office select, grouped by administration, as a consortium's IT staff and a comune's manager both expect.
import type { OfficeSummary } from '../../../server/contract/report';
import { LABELS } from '../labels';
import { LOCALE } from '../i18n/locale';

interface Props {
  offices: readonly OfficeSummary[];
  value: string | undefined;
  onChange: (officeId: string) => void;
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

export function OfficePicker({ offices, value, onChange }: Props) {
  const groups = groupOffices(offices);
  return (
    <div class="field">
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
          ? groups[0]!.offices.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)
          : groups.map((g) => (
              <optgroup key={g.name} label={g.name}>
                {g.offices.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
              </optgroup>
            ))}
      </select>
    </div>
  );
}
