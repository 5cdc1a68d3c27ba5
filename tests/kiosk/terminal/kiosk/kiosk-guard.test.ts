import { afterEach, describe, expect, it } from 'vitest';
import { guardKiosk } from '../../../../kiosk/terminal/kiosk/kiosk-guard';

let lift: (() => void) | null = null;
afterEach(() => {
  lift?.();
  lift = null;
  document.body.replaceChildren();
});

const fire = (target: EventTarget, event: Event) => {
  target.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('kiosk guard', () => {
  it('stops the context menu, selection, dragging, ctrl-wheel and keyboard zoom, and links', () => {
    lift = guardKiosk();
    const p = document.body.appendChild(document.createElement('p'));
    const a = document.body.appendChild(document.createElement('a'));
    a.href = 'https://example.org/';
    expect(fire(p, new MouseEvent('contextmenu', { bubbles: true, cancelable: true }))).toBe(true);
    expect(fire(p, new Event('selectstart', { bubbles: true, cancelable: true }))).toBe(true);
    expect(fire(p, new DragEvent('dragstart', { bubbles: true, cancelable: true }))).toBe(true);
    expect(fire(p, new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: -100 }))).toBe(true);
    expect(fire(p, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ctrlKey: true, key: '+' }))).toBe(true);
    expect(fire(a, new MouseEvent('click', { bubbles: true, cancelable: true }))).toBe(true);
  });

  it('leaves ordinary taps, wheel and keys alone', () => {
    lift = guardKiosk();
    const b = document.body.appendChild(document.createElement('button'));
    expect(fire(b, new MouseEvent('click', { bubbles: true, cancelable: true }))).toBe(false);
    expect(fire(b, new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: 100 }))).toBe(false);
    expect(fire(b, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: '1' }))).toBe(false);
  });

  it('the page cannot be pinch-zoomed or scrolled by touch (touch-action none on the root, not user-scalable=no)', async () => {
    await import('../../../../kiosk/terminal/terminal.css');
    expect(getComputedStyle(document.documentElement).touchAction).toBe('none');
  });
});
