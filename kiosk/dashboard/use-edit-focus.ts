// Which listed item a form edits, and where the keyboard's focus goes: to the form's heading when the form
// opens (a screen reader then reads what is being edited), back to the item's Edit button when it closes,
// saved or cancelled, so a keyboard user carries on from where they were instead of from the top of the page.
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface EditFocus<T> {
  /** The item the form edits; undefined while no form is open. */
  item: T | undefined;
  /** Opens the form for `item`; its heading takes the focus. */
  edit: (item: T) => void;
  /** Closes the form; the Edit button of the item it edited takes the focus. */
  close: () => void;
  /** The ref for the Edit button of the item `id`. */
  buttonRef: (id: string) => (button: HTMLButtonElement | null) => void;
  /** The ref for the form's heading, which needs tabIndex={-1} to take the focus. */
  headingRef: RefObject<HTMLHeadingElement>;
}

export function useEditFocus<T extends { id: string }>(): EditFocus<T> {
  const [item, setItem] = useState<T>();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // One callback per id: a new function at every render would make Preact unset and set the ref each time.
  const refs = useRef(new Map<string, (button: HTMLButtonElement | null) => void>());
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Where the focus goes once the render that opens or closes the form is on screen.
  const pending = useRef<{ to: 'form' } | { to: 'button'; id: string } | null>(null);

  // A layout effect: the focus moves in the same commit that shows the form (or removes it), before the next paint.
  useLayoutEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = null;
    if (target.to === 'form') headingRef.current?.focus();
    else buttons.current.get(target.id)?.focus();
  });

  return {
    item,
    edit: (next) => {
      // Already open for it: no render would follow to move the focus, so it moves now.
      if (item?.id === next.id) return void headingRef.current?.focus();
      pending.current = { to: 'form' };
      setItem(next);
    },
    close: () => {
      if (item) pending.current = { to: 'button', id: item.id };
      setItem(undefined);
    },
    buttonRef: (id) => {
      let ref = refs.current.get(id);
      if (!ref) {
        ref = (button) => (button ? buttons.current.set(id, button) : buttons.current.delete(id));
        refs.current.set(id, ref);
      }
      return ref;
    },
    headingRef,
  };
}
