// The staff's hidden way in: five taps in the screen's top-left corner, the corner the dashboard's
// PIN hint names, in whatever direction the citizen's language lays the page out.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { GESTURE_TAPS, useStaffGesture } from '../../../../kiosk/terminal/diagnostics/use-staff-gesture';

let host: HTMLElement | undefined;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  document.documentElement.removeAttribute('dir');
});

function Watch({ onGesture }: { onGesture: () => void }) {
  useStaffGesture(onGesture);
  return null;
}

function tap(x: number, y: number) {
  document.body.dispatchEvent(new PointerEvent('pointerdown', { clientX: x, clientY: y, bubbles: true }));
}

describe('useStaffGesture', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`opens on five taps in the top-left corner with the page ${dir}, never in the top-right one`, () => {
      document.documentElement.dir = dir;
      host = document.body.appendChild(document.createElement('div'));
      let opened = 0;
      act(() => render(<Watch onGesture={() => (opened += 1)} />, host!));
      for (let i = 0; i < GESTURE_TAPS; i += 1) tap(window.innerWidth - 10, 10);
      expect(opened).toBe(0);
      for (let i = 0; i < GESTURE_TAPS; i += 1) tap(10, 10);
      expect(opened).toBe(1);
    });
  }
});
