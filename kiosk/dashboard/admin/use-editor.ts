// The "new item" / "edit this item" toggle of a management list: which item its form shows, and closing it after a save.
import { useState } from 'preact/hooks';

export interface Editor<T> {
  /** The form is shown (for a new item or for `item`). */
  open: boolean;
  /** The item being edited; undefined for a new one. */
  item?: T;
  /** A key for the form, so switching items starts a fresh form instead of keeping the last one's input. */
  key: string;
  startNew: () => void;
  edit: (item: T) => void;
  /** Closes the form; reloads the list when something was saved. */
  done: (saved: boolean) => void;
}

export function useEditor<T extends { id: string }>(reload: () => void): Editor<T> {
  const [editing, setEditing] = useState<T | 'new'>();
  return {
    open: editing !== undefined,
    item: editing === 'new' ? undefined : editing,
    key: editing === 'new' || editing === undefined ? 'new' : editing.id,
    startNew: () => setEditing('new'),
    edit: setEditing,
    done: (saved) => {
      setEditing(undefined);
      if (saved) reload();
    },
  };
}

/** Offices and services hide archived items unless asked: the toggle's state and the rows it leaves. */
export function useArchivedFilter<T extends { archivedAt: string | null }>(items: readonly T[] | undefined) {
  const [showArchived, setShowArchived] = useState(false);
  return { showArchived, setShowArchived, shown: items?.filter((x) => showArchived || !x.archivedAt) };
}
