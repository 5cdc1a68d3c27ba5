import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { FaceIcon, mouthPath } from '../../../kiosk/ui/face-icon';
import { FACE_STYLE } from '../../../kiosk/ui/face-style';

/** Control point's y minus the ends' y: positive bends down (a smile), negative up (a frown). */
function bend(d: string): number {
  const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return n[3]! - n[1]!;
}

let container: HTMLElement | null = null;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
});

describe('face icon', () => {
  it('smiles for positive curvature, frowns for negative, is flat at zero', () => {
    expect(bend(mouthPath(1))).toBeGreaterThan(0);
    expect(bend(mouthPath(-0.7))).toBeLessThan(0);
    expect(bend(mouthPath(0))).toBe(0);
    expect(bend(mouthPath(1))).toBeGreaterThan(bend(mouthPath(0.7)));
  });

  it('draws the face in its colour and hides itself from screen readers', () => {
    container = document.createElement('div');
    document.body.append(container);
    render(<FaceIcon face="negativo" />, container);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelector('circle')!.getAttribute('fill')).toBe(FACE_STYLE.negativo.color);
    expect(bend(svg.querySelector('path')!.getAttribute('d')!)).toBeLessThan(0);
  });
});
