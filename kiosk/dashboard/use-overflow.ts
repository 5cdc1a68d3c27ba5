// Whether a box's content is wider than the box: a box that scrolls must be reachable by keyboard, one that does not should not add a tab stop.
import { useLayoutEffect, useState, type MutableRef } from 'preact/hooks';

export function useOverflow(ref: MutableRef<HTMLElement | null>, deps: readonly unknown[]): boolean {
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return overflows;
}
