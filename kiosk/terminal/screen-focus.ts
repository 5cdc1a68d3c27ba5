// A new screen's title takes the focus: a screen reader says where the citizen now is, and the focus never falls to the page's top.
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * Focuses the first <h1> under `root` (each screen's title, tabIndex -1) whenever `screen` changes.
 * Chosen over a live region written with the title: the focus also tells a keyboard where it is (Tab
 * goes on from the title, key 1 on the reasons starts at the first one), and a region filled at the
 * moment it is inserted, as «Grazie!»'s was, is often not read at all.
 */
export function useScreenFocus(root: RefObject<HTMLElement>, screen: string): void {
  useEffect(() => {
    const here = root.current;
    if (!here) return;
    const active = document.activeElement;
    // Only a focus that fell with the old screen, or is still on these screens, moves: staff at the
    // PIN pad or on the trial's band keep theirs while the screen behind changes.
    if (active && active !== document.body && !here.contains(active)) return;
    here.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }, [screen]);
}
