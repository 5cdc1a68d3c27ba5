// An administration's reasons for a negative vote: an ordered list with labels and quality dimensions, saved as a whole with the version it was read at.
import { useEffect, useState } from 'preact/hooks';
import type { Reason } from '../../../server/contract/admin';
import { MAX_REASONS } from '../../../server/contract/limits';
import { QUALITY_DIMENSIONS, type QualityDimension } from '../../../server/contract/quality';
import type { ReasonInput } from '../admin-api';
import { FormError } from '../components/form-field';
import { DIMENSION_LABELS } from '../labels';
import { useSave } from '../use-save';
import { A } from './admin-labels';
import { AUDIT } from './audit-labels';
import { differences, sameValue } from './differences';
import { move } from './list-order';
import { Loading, LoadError } from './list-parts';
import { rebaseReasons, rowOf, type ReasonRow as Row } from './rebase-reasons';
import { S } from './stale-labels';
import { isStale, StaleNotice } from './stale-notice';
import { useFreshCopy } from './use-fresh-copy';
import { useLoad } from './use-load';
import { cleanTranslations, TranslationsEditor } from './translations-editor';
import { readReasons, replaceReasons, type ReasonList } from './versioned-api';

let nextKey = 0;
const liveInOrder = (reasons: readonly Reason[]) => reasons.filter((r) => !r.archivedAt).sort((a, b) => a.position - b.position);
const rowsOf = (reasons: readonly Reason[]): Row[] => liveInOrder(reasons).map(rowOf);

/**
 * What a save sends for one row: a kept reason's translations only when they differ from those
 * stored (left out, the collector keeps them), a new reason's only when it has some.
 */
function inputOf({ id, label, dimension, translations }: Row, stored: ReadonlyMap<string, Reason>): ReasonInput {
  const cleaned = cleanTranslations(translations ?? {});
  const before = id === undefined ? undefined : stored.get(id);
  const send = before ? !sameValue(cleaned, before.translations ?? {}) : Object.keys(cleaned).length > 0;
  return { ...(id ? { id } : {}), label: label.trim(), dimension, ...(send ? { translations: cleaned } : {}) };
}

export function ReasonsPage({ administrationId }: { administrationId: string }) {
  const reasons = useLoad((signal) => readReasons(administrationId, signal), administrationId);
  // The list as last read or saved: the version a save is checked against, and what "changed" is measured from.
  const [base, setBase] = useState<ReasonList>();
  const [rows, setRows] = useState<Row[]>();
  const save = useSave();
  const [saved, setSaved] = useState(false);
  const fresh = useFreshCopy(base, () => readReasons(administrationId), (list) => {
    // Their changes carried into this person's list, from the last version this one was built on.
    const from = (fresh.theirs ?? base)!.reasons;
    setRows((mine) => mine && rebaseReasons(mine, from, liveInOrder(list.reasons)));
  });

  useEffect(() => {
    if (!reasons.data) return;
    setBase(reasons.data);
    setRows(rowsOf(reasons.data.reasons));
  }, [reasons.data]);

  // The labels as saved, to tell a renamed reason from one whose translations still match it.
  const savedLabel = new Map(((fresh.theirs ?? base)?.reasons ?? []).map((r) => [r.id, r.label]));
  if (reasons.error) return <LoadError error={reasons.error} onRetry={reasons.reload} />;
  if (!rows || !base) return <Loading />;

  // Functional updates: two edits before the next render (typing, then a select) must both land.
  const update = (i: number, change: Partial<Row>) => {
    setSaved(false);
    setRows((old) => old?.map((r, k) => (k === i ? { ...r, ...change } : r)));
  };
  const edit = (next: Row[]) => {
    setSaved(false);
    setRows(next);
  };

  const submit = (e: Event) => {
    e.preventDefault();
    const stored = new Map((fresh.theirs ?? base).reasons.map((r) => [r.id, r]));
    void save.run(async () => {
      const answer = await replaceReasons(
        administrationId,
        rows.map((row) => inputOf(row, stored)),
        fresh.version,
      );
      setBase(answer);
      setRows(rowsOf(answer.reasons));
      setSaved(true);
    });
  };

  return (
    <form class="card admin-form" onSubmit={submit} data-testid="reasons-form">
      <p class="muted">{A.reasonsIntro}</p>
      <ol class="reason-list">
        {rows.map((row, i) => {
          const problem = save.problem(`/reasons/${i}`);
          return (
            <li key={row.key} data-testid="reason-row">
              <label class="reason-field reason-text">
                <span class="reason-field-name">{A.reasonLabel(i + 1)}</span>
                <input
                  data-testid="reason-label"
                  value={row.label}
                  required
                  maxLength={200}
                  aria-invalid={problem ? true : undefined}
                  onInput={(e) => update(i, { label: e.currentTarget.value })}
                />
              </label>
              <label class="reason-field">
                <span class="reason-field-name">{A.dimension}</span>
                {/* Named with its row too: every row's select has the same visible label. */}
                <select
                  aria-label={`${A.dimension}: ${A.reasonLabel(i + 1)}`}
                  data-testid="reason-dimension"
                  value={row.dimension ?? ''}
                  onChange={(e) => update(i, { dimension: (e.currentTarget.value || null) as QualityDimension | null })}
                >
                  {QUALITY_DIMENSIONS.map((d) => (
                    <option key={d} value={d}>
                      {DIMENSION_LABELS[d]}
                    </option>
                  ))}
                  <option value="">{A.noDimension}</option>
                </select>
              </label>
              <span class="row-actions">
                <button type="button" class="small" aria-label={`${A.moveUp}: ${row.label}`} disabled={i === 0} onClick={() => edit(move(rows, i, i - 1))}>
                  ↑
                </button>
                <button type="button" class="small" aria-label={`${A.moveDown}: ${row.label}`} disabled={i === rows.length - 1} onClick={() => edit(move(rows, i, i + 1))}>
                  ↓
                </button>
                <button type="button" class="small danger" data-testid="reason-remove" onClick={() => edit(rows.filter((_, k) => k !== i))}>
                  {A.remove}
                </button>
              </span>
              {problem && <p class="field-problem">{problem}</p>}
              <TranslationsEditor
                idPrefix={`reason-${i + 1}`}
                value={row.translations ?? {}}
                onChange={(translations) => update(i, { translations })}
                of={row.label || A.reasonLabel(i + 1)}
                problem={(l) => save.problem(`/reasons/${i}/translations/${l}`)}
                italianChanged={row.id !== undefined && savedLabel.get(row.id) !== undefined && savedLabel.get(row.id) !== row.label.trim()}
              />
            </li>
          );
        })}
      </ol>
      <div class="actions">
        <button
          type="button"
          data-testid="reason-add"
          disabled={rows.length >= MAX_REASONS}
          title={rows.length >= MAX_REASONS ? A.tooManyReasons : undefined}
          onClick={() => edit([...rows, { key: `new-${nextKey++}`, label: '', dimension: null }])}
        >
          {A.addReason}
        </button>
      </div>
      {isStale(save.error) ? (
        <StaleNotice
          what="reasons"
          error={save.error}
          fresh={fresh}
          theirs={fresh.theirs && differences(base, fresh.theirs, [{ key: 'reasons', label: AUDIT.reasons, show: (list) => list.map((r) => r.label).join(', ') }])}
          after={S.reasonsMerged}
          testId="reasons-stale"
        />
      ) : (
        <FormError error={save.error} fields={['/reasons']} testId="reasons-error" />
      )}
      {saved && (
        <p class="notice" role="status">
          {A.saved}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" data-testid="reasons-save" disabled={save.busy}>
          {save.busy ? A.saving : A.saveReasons}
        </button>
      </div>
    </form>
  );
}
