// The report's level (Ufficio / Amministrazione / Installazione) and, above an office, the period's report or the bulletin: pressed buttons, as the period presets.
import { LEVEL_LABELS, V } from '../level-labels';
import type { Level, View } from '../url-state';

export function LevelSwitch({ levels, value, onChange }: { levels: readonly Level[]; value: Level; onChange: (level: Level) => void }) {
  return (
    <div class="field">
      <span class="field-label" id="level-label">
        {V.level}
      </span>
      <div class="segmented" role="group" aria-labelledby="level-label">
        {levels.map((l) => (
          <button key={l} type="button" data-testid={`level-${l}`} aria-pressed={l === value} onClick={() => onChange(l)}>
            {LEVEL_LABELS[l]}
          </button>
        ))}
      </div>
    </div>
  );
}

export function ViewSwitch({ value, onChange }: { value: View; onChange: (view: View) => void }) {
  return (
    <div class="field">
      <span class="field-label" id="view-label">
        {V.view}
      </span>
      <div class="segmented" role="group" aria-labelledby="view-label">
        <button type="button" data-testid="view-report" aria-pressed={value === 'report'} onClick={() => onChange('report')}>
          {V.viewReport}
        </button>
        <button type="button" data-testid="view-bulletin" aria-pressed={value === 'bulletin'} onClick={() => onChange('bulletin')}>
          {V.viewBulletin}
        </button>
      </div>
    </div>
  );
}

export function AdministrationSelect({ administrations, value, onChange }: { administrations: readonly { id: string; name: string }[]; value: string | undefined; onChange: (id: string) => void }) {
  return (
    <div class="field">
      <label for="report-administration">{V.administration}</label>
      <select id="report-administration" data-testid="report-administration" value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value)}>
        {administrations.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </div>
  );
}
