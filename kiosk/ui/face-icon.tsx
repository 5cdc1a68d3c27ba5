// Draws one face of the scale as inline SVG: colour and mouth shape both carry the meaning.
import type { FaceId } from '../../server/contract/scale';
import { FACE_STYLE } from './face-style';

export interface FaceIconProps {
  face: FaceId;
  /** CSS size of the square; the drawing scales with it. */
  size?: string;
  class?: string;
}

/**
 * Decorative by design (aria-hidden): the button around it carries the accessible name, so a
 * screen reader does not read the face twice.
 */
export function FaceIcon({ face, size = '100%', class: className }: FaceIconProps) {
  const style = FACE_STYLE[face];
  return (
    <svg
      class={className}
      viewBox="0 0 100 100"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
      data-face={face}
    >
      <circle cx="50" cy="50" r="46" fill={style.color} stroke="#000" stroke-width="4" />
      <circle cx="35" cy="40" r="6" fill={style.ink} />
      <circle cx="65" cy="40" r="6" fill={style.ink} />
      <path d={mouthPath(style.mouth)} fill="none" stroke={style.ink} stroke-width="6" stroke-linecap="round" />
    </svg>
  );
}

/**
 * A quadratic curve whose control point moves down for a smile and up for a frown. The ends rise
 * or fall a little with the curve too, so a frown does not read as a smile drawn lower.
 */
export function mouthPath(curve: number): string {
  const c = Math.max(-1, Math.min(1, curve));
  const endY = 68 - c * 4;
  const controlY = endY + c * 26;
  return `M 28 ${fmt(endY)} Q 50 ${fmt(controlY)} 72 ${fmt(endY)}`;
}

function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}
