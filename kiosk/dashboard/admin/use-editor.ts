// The "new item" / "edit this item" toggle of a management list: which item its form shows, where the keyboard's focus goes, and saying what was saved.
import { useContext, useState } from 'preact/hooks';
import { useEditFocus } from '../use-edit-focus';
import { A } from './admin-labels';
import { SavedStatusContext } from './saved-status';

export interface Editor<T> {
  /** The form is shown (for a new item or for `item`). */
  open: boolean;
  /** The item being edited; undefined for a new one. */
  item?: T;
  /** A key for the form, so switching items starts a fresh form instead of keeping the last one's input. */
  key: string;
  startNew: () => void;
  edit: (item: T) => void;
  /**
   * Closes the form; reloads the list when something was saved, and says «Salvato: `name`». The focus
   * goes back to the button that opened the form (the row's «Modifica», or «Nuovo»), or to the list's
   * heading when that button is gone.
   */
  done: (saved: boolean, name?: string) => void;
}

/** The new item's stand-in for useEditFocus, which tracks items by id (a real id is a UUID, never this). */
const NEW = { id: 'new' } as const;

export function useEditor<T extends { id: string }>(reload: () => void): Editor<T> {
  // The form's heading takes the focus as the form mounts (admin-form.tsx): the forms are the pages'
  // own, and useEditFocus's heading ref does not reach them.
  const focus = useEditFocus<T | typeof NEW>();
  const say = useContext(SavedStatusContext);
  const editing = focus.item;
  const open = (item: T | typeof NEW) => {
    // The last save's word would stand beside a new form as if it were about it.
    say('');
    focus.edit(item);
  };
  return {
    open: editing !== undefined,
    item: editing === NEW ? undefined : (editing as T | undefined),
    key: editing?.id ?? 'new',
    startNew: () => open(NEW),
    edit: open,
    done: (saved, name) => {
      focus.close();
      if (!saved) return;
      reload();
      if (name) say(A.savedItem(name));
    },
  };
}

/** Offices and services hide archived items unless asked: the toggle's state and the rows it leaves. */
export function useArchivedFilter<T extends { archivedAt: string | null }>(items: readonly T[] | undefined) {
  const [showArchived, setShowArchived] = useState(false);
  return { showArchived, setShowArchived, shown: items?.filter((x) => showArchived || !x.archivedAt) };
}
