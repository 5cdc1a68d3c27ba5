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

/** Where the focus went back to, and where it goes if that leaves the page (the list reloaded without its row). */
interface Return {
  to: HTMLElement;
  fallback: HTMLElement | null;
}

/** The heading of the section the element lies in (the page's, or the part's: «Uffici», «Regole»): a list's heading. */
function sectionHeading(element: Element): HTMLElement | null {
  return element.closest('section')?.querySelector<HTMLElement>('h2, h3') ?? null;
}

export function useEditFocus<T extends { id: string }>(): EditFocus<T> {
  const [item, setItem] = useState<T>();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // One callback per id: a new function at every render would make Preact unset and set the ref each time.
  const refs = useRef(new Map<string, (button: HTMLButtonElement | null) => void>());
  const headingRef = useRef<HTMLHeadingElement>(null);
  // What had the focus when the form opened: the way back where no Edit button lends its ref (the
  // management lists' shared buttons, the «Nuovo» button of a new item).
  const opener = useRef<Return | null>(null);
  // Where the focus goes once the render that opens or closes the form is on screen.
  const pending = useRef<{ to: 'form' } | { to: 'button'; id: string } | null>(null);
  // Where it went back to, watched while the list reloads behind it.
  const returned = useRef<Return | null>(null);

  // A layout effect: the focus moves in the same commit that shows the form (or removes it), before the next paint.
  useLayoutEffect(() => {
    const target = pending.current;
    pending.current = null;
    if (target?.to === 'form') headingRef.current?.focus();
    else if (target?.to === 'button') {
      const button = buttons.current.get(target.id);
      returned.current = button ? { to: button, fallback: sectionHeading(button) } : opener.current;
      opener.current = null;
    }
    // The row went away (at once or once the list reloaded): its list's heading, rather than the page's top.
    const back = returned.current;
    if (!back) return;
    if (back.to.isConnected) {
      if (target) back.to.focus();
      // Moved on from it: no longer watched.
      else if (document.activeElement !== back.to) returned.current = null;
      return;
    }
    returned.current = null;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (back.fallback?.isConnected && (target || lost)) {
      if (!back.fallback.hasAttribute('tabindex')) back.fallback.tabIndex = -1;
      back.fallback.focus();
    }
  });

  return {
    item,
    edit: (next) => {
      // Already open for it: no render would follow to move the focus, so it moves now (to the
      // heading a form attached to headingRef; a form that did not keeps the focus where it is).
      if (item?.id === next.id) return void headingRef.current?.focus();
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? { to: active, fallback: sectionHeading(active) } : null;
      returned.current = null;
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
