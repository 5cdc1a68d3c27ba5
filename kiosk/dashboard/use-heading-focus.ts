// After a change of page, the new page's heading takes the keyboard's focus, so a screen reader says where the person now is (a hash change is silent) and Tab carries on from the page's top, not from the link or from the document's start.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Whether the focus is where a change of page left it: on nothing (the link that had it went away with
 * the folded menu, or with the page it was in) or in the navigation. Anywhere else the person has moved
 * on while the page loaded, and is left there.
 */
function leftByTheChange(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active.closest('nav') !== null;
}

/**
 * Focuses the first h2 inside `box` each time `page` changes, not on the first page shown (the focus is
 * then where the browser or sign-in put it). The management pages come in a chunk and then their data:
 * the heading is waited for until it appears or the page changes again.
 */
export function useHeadingFocus(page: string, box: RefObject<HTMLElement>): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = box.current;
    if (!root) return;
    /** True once there is nothing more to do. */
    const attempt = () => {
      const heading = root.querySelector<HTMLElement>('h2');
      if (!heading) return false;
      if (!leftByTheChange()) return true;
      // The pages' headings are not in the tab order: -1 lets a script focus them without adding a stop.
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (attempt()) return;
    const observer = new MutationObserver(() => {
      if (attempt()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [page]);
}
