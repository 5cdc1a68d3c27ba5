// What every management list repeats: loading and error states, the toolbar with its "new" button, the table, names with their archived tag, the edit button.
import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { LABELS } from '../labels';
import { A } from './admin-labels';
import { ArchiveButton } from './confirm-button';
import type { ListedWhat } from './stale-labels';
import { messageOf } from './use-load';

/** A page's loading error, with the collector's message and a retry. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <div class="card error" role="alert" data-testid="error">
      <p>{messageOf(error)}</p>
      <button type="button" onClick={onRetry}>
        {LABELS.retry}
      </button>
    </div>
  );
}

export function Loading() {
  return (
    <p class="card note" role="status">
      {A.loading}
    </p>
  );
}

interface ToolbarProps {
  newLabel: string;
  newTestId: string;
  onNew: () => void;
  /** Lists that hide archived items get a "show archived" checkbox beside the button. */
  archived?: { showArchived: boolean; setShowArchived: (show: boolean) => void };
}

export function ListToolbar({ newLabel, newTestId, onNew, archived }: ToolbarProps) {
  return (
    <div class="toolbar">
      <button type="button" class="primary" data-testid={newTestId} onClick={onNew}>
        {newLabel}
      </button>
      {archived && (
        <label class="check">
          <input type="checkbox" checked={archived.showArchived} onChange={(e) => archived.setShowArchived(e.currentTarget.checked)} />
          {A.showArchived}
        </label>
      )}
    </div>
  );
}

interface TableProps {
  /** The column headings, in order. */
  headers: readonly string[];
  testId?: string;
  /** The rows. */
  children: ComponentChildren;
}

export function DataTable({ headers, testId, children }: TableProps) {
  const table = useRef<HTMLTableElement>(null);
  const titleId = useId();
  // On a phone each row is drawn as a card (admin.css) and each cell shows its column's name before
  // it. The names are copied from the header row after every render, so the pages need not repeat them
  // on every cell; preact leaves attributes it did not set alone.
  useLayoutEffect(() => {
    const element = table.current;
    if (!element) return;
    for (const row of element.tBodies[0]?.rows ?? []) {
      [...row.cells].forEach((cell, i) => cell.setAttribute('data-label', headers[i] ?? ''));
    }
    // A screen reader's list of tables named each of them only «table»: the table takes the name of
    // the section it lies in (the page's heading, or the part's: «Uffici», «Regole»), found here so that
    // no page has to pass it.
    const heading = element.closest('section')?.querySelector('h2, h3');
    if (!heading) return;
    if (!heading.id) heading.id = `table-title-${titleId}`;
    element.setAttribute('aria-labelledby', heading.id);
  });
  return (
    <div class="card table-scroll">
      <table class="data stacks" data-testid={testId} ref={table}>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** The name as text (never markup), tagged "archiviato" when it is. */
export function ArchivedName({ name, archivedAt }: { name: string; archivedAt: string | null }) {
  return (
    <>
      {name}
      {archivedAt && <span class="tag">{A.archived}</span>}
    </>
  );
}

/** `name`: the item it edits, read by screen readers after «Modifica» (a list of buttons said only «Modifica»), not drawn. */
export function EditButton({ testId, onClick, name }: { testId: string; onClick: () => void; name?: string }) {
  return (
    <button type="button" data-testid={testId} onClick={onClick}>
      {A.edit}
      {name && <span class="visually-hidden">{` ${name}`}</span>}
    </button>
  );
}

interface ActionsProps {
  /** Prefix of the test ids: `${name}-edit`, `${name}-archive` (office, service). */
  name: string;
  item: { name: string; archivedAt: string | null };
  onEdit: () => void;
  onArchive: () => Promise<unknown>;
  /** What else stops when it is archived, said in the question. */
  archiveAlso?: string;
  /** The archive sends the version the list showed: a stale refusal is said in the list's words. */
  stale?: ListedWhat;
}

/** The actions cell of an item one edits or archives; an archived item has none. */
export function EditArchiveCell({ name, item, onEdit, onArchive, archiveAlso, stale }: ActionsProps) {
  return (
    <td class="row-actions">
      {!item.archivedAt && (
        <>
          <EditButton testId={`${name}-edit`} onClick={onEdit} name={item.name} />
          <ArchiveButton name={item.name} testId={`${name}-archive`} onArchive={onArchive} also={archiveAlso} stale={stale} />
        </>
      )}
    </td>
  );
}
