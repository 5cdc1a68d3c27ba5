// Keys 1, 2, 3 on the reasons screen: a citizen with three big buttons moves through the reasons, chooses, and sends or skips.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Keys arriving this soon after the question appeared are taken as the press that asked it, bounced
 * or doubled by a shaking hand: a second 3 would otherwise skip the question the first one opened.
 */
export const REASON_KEYS_AFTER_MS = 700;
/**
 * Untouched this long, the screen (up to 20 s after a red vote) is more likely left behind than
 * answered: a key then comes from the next citizen, whose 3 meaning "red" would press «Salta» on
 * someone else's vote. It ends that vote as the timeout would and brings the start screen instead.
 */
export const REASON_KEYS_STALE_MS = 10_000;

export interface ReasonKeyActions {
  /** Key 2: choose, or take back, the reason at this index. */
  toggle: (index: number) => void;
  /** Key 3: «Invia» once a reason is chosen, «Salta» before. */
  third: () => void;
  /** A key after REASON_KEYS_STALE_MS untouched: end the vote as the timeout does, answering nothing. */
  walkedAway: () => void;
}

/**
 * More reasons than keys (up to twelve, three buttons), so the keys do not pick reasons by number:
 * 1 moves the focus to the next reason (the first after the last), 2 chooses the focused one (the
 * first when none is), 3 sends. The focus is the highlight, so a screen reader reads each reason as
 * it is reached, and Tab lands where 1 left off. The faces' keys mean nothing here: the face already
 * taken is never changed by a key (the next citizen, arriving, would turn a red vote into theirs).
 */
export function useReasonKeys(group: RefObject<HTMLElement>, actions: ReasonKeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const shownAt = performance.now();
    let touchedAt = shownAt;
    const onTap = () => {
      touchedAt = performance.now();
    };
    const onKey = (e: KeyboardEvent) => {
      const untouchedMs = performance.now() - touchedAt;
      touchedAt = performance.now();
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      if (e.key !== '1' && e.key !== '2' && e.key !== '3') return;
      if ((e.target as Element | null)?.closest?.('input, textarea')) return;
      e.preventDefault();
      if (performance.now() - shownAt < REASON_KEYS_AFTER_MS) return;
      if (untouchedMs >= REASON_KEYS_STALE_MS) {
        latest.current.walkedAway();
        return;
      }
      const buttons = [...(group.current?.querySelectorAll<HTMLElement>('button') ?? [])];
      if (buttons.length === 0) return;
      const at = buttons.indexOf(document.activeElement as HTMLElement);
      if (e.key === '1') {
        buttons[(at + 1) % buttons.length]!.focus();
      } else if (e.key === '2') {
        const index = Math.max(at, 0);
        buttons[index]!.focus();
        latest.current.toggle(index);
      } else {
        latest.current.third();
      }
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onTap, { capture: true, passive: true });
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onTap, true);
    };
  }, [group]);
}
