// Keys 1 to 5 choose the faces in screen order, and 1 to 9 a totem's services: big external buttons for people who cannot use the touch screen send these keys.
import { useEffect, useRef } from 'preact/hooks';
import type { FaceId } from '../../../server/contract/scale';

/** The key that chooses the face at `index` (0-based, left to right as drawn). */
export const faceKey = (index: number) => String(index + 1);

export function useFaceKeys<T extends string = FaceId>(faces: readonly T[], onFace: (face: T) => void, enabled = true): void {
  const latest = useRef(onFace);
  latest.current = onFace;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      // A key held down repeats: one press, one vote.
      const index = /^[1-9]$/.test(e.key) ? Number(e.key) - 1 : -1;
      const face = faces[index];
      if (!face) return;
      // Typed into a field (none on these screens today) a digit stays a digit.
      if ((e.target as Element | null)?.closest?.('input, textarea')) return;
      e.preventDefault();
      latest.current(face);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [faces, enabled]);
}
