// The hidden way in for staff: five taps within three seconds in the screen's top-left corner (not on a button).
import { useEffect, useRef } from 'preact/hooks';

export const GESTURE_TAPS = 5;
export const GESTURE_WINDOW_MS = 3_000;
/** The corner's size in CSS pixels: about a thumb, away from every control of the voting screens. */
export const GESTURE_CORNER_PX = 72;

/** Calls onGesture when the taps are made; a citizen tapping the screen's middle never gets there. */
export function useStaffGesture(onGesture: () => void, target: EventTarget = window): void {
  const latest = useRef(onGesture);
  latest.current = onGesture;
  useEffect(() => {
    let taps: number[] = [];
    const onDown = (e: Event) => {
      const { clientX, clientY, target: hit } = e as PointerEvent;
      // The physical top-left corner, also while a citizen's right-to-left language lays the page out
      // the other way: staff learn one corner (the dashboard's PIN hint names it), not two.
      const inCorner = clientX <= GESTURE_CORNER_PX && clientY <= GESTURE_CORNER_PX && !(hit as Element | null)?.closest?.('button, input, a, [role="dialog"]');
      if (!inCorner) {
        taps = [];
        return;
      }
      const now = e.timeStamp;
      taps = [...taps.filter((t) => now - t <= GESTURE_WINDOW_MS), now];
      if (taps.length >= GESTURE_TAPS) {
        taps = [];
        latest.current();
      }
    };
    target.addEventListener('pointerdown', onDown, { capture: true, passive: true });
    return () => target.removeEventListener('pointerdown', onDown, { capture: true });
  }, [target]);
}
