// The audit log's search: a part of an e-mail, a kind of item, a period of the browser's days.
import { useState } from 'preact/hooks';
import { AUDIT_TARGETS } from '../../../server/contract/audit-actions';
import { TARGET_LABEL } from './admin-labels';
import { AF } from './audit-filter-labels';

/** The filters as applied: a part of an e-mail, a kind of item, and a period in the browser's days (what the rows show). */
export interface AuditFilter {
  actor: string;
  targetType: string;
  from: string;
  to: string;
}
export const NO_FILTER: AuditFilter = { actor: '', targetType: '', from: '', to: '' };

/** The filter as the collector reads it: local days become the instants of their first and next midnight. */
export function queryOf(f: AuditFilter): { after?: string; until?: string; targetType?: string; actor?: string } {
  const midnight = (day: string, plus = 0) => {
    const [y, m, d] = day.split('-').map(Number);
    return new Date(y!, m! - 1, d! + plus).toISOString();
  };
  return {
    ...(f.actor.trim() ? { actor: f.actor.trim() } : {}),
    ...(f.targetType ? { targetType: f.targetType } : {}),
    ...(f.from ? { after: midnight(f.from) } : {}),
    ...(f.to ? { until: midnight(f.to, 1) } : {}),
  };
}

export function AuditFilterForm({ applied, onApply }: { applied: AuditFilter; onApply: (f: AuditFilter) => void }) {
  const [draft, setDraft] = useState<AuditFilter>(applied);
  const set = (key: keyof AuditFilter) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const backwards = draft.from !== '' && draft.to !== '' && draft.to < draft.from;
  return (
    <form
      class="card inline-form audit-filter"
      data-testid="audit-filter"
      onSubmit={(e) => {
        e.preventDefault();
        if (!backwards) onApply({ ...draft });
      }}
    >
      <fieldset>
        <legend>{AF.legend}</legend>
        <div class="field">
          <label for="audit-actor">{AF.actor}</label>
          <input id="audit-actor" type="search" value={draft.actor} maxLength={254} onInput={set('actor')} data-testid="audit-actor" />
        </div>
        <div class="field">
          <label for="audit-what">{AF.what}</label>
          <select id="audit-what" value={draft.targetType} onChange={set('targetType')} data-testid="audit-what">
            <option value="">{AF.anything}</option>
            {AUDIT_TARGETS.map((t) => (
              <option key={t} value={t}>
                {TARGET_LABEL[t]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="audit-from">{AF.from}</label>
          <input id="audit-from" type="date" value={draft.from} onInput={set('from')} data-testid="audit-from" />
        </div>
        <div class="field">
          <label for="audit-to">{AF.to}</label>
          <input id="audit-to" type="date" value={draft.to} onInput={set('to')} aria-describedby={backwards ? 'audit-to-note' : undefined} aria-invalid={backwards} data-testid="audit-to" />
          {backwards && (
            <p id="audit-to-note" class="field-problem">
              {AF.toBeforeFrom}
            </p>
          )}
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" disabled={backwards} data-testid="audit-apply">
          {AF.apply}
        </button>
        <button
          type="button"
          data-testid="audit-clear"
          onClick={() => {
            setDraft(NO_FILTER);
            onApply(NO_FILTER);
          }}
        >
          {AF.clear}
        </button>
      </div>
    </form>
  );
}
