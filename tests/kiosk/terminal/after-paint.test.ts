import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../../kiosk/terminal/after-paint';
import { eventually } from './fixtures';

afterEach(() => vi.unstubAllGlobals());

describe('afterPaint', () => {
  it('runs the work once, after the next frame', async () => {
    const order: string[] = [];
    requestAnimationFrame(() => order.push('frame'));
    afterPaint(() => order.push('work'));
    order.push('now');
    await eventually(() => expect(order).toEqual(['now', 'frame', 'work']));
    // The fallback timer must not run it a second time.
    await new Promise((r) => setTimeout(r, 150));
    expect(order).toEqual(['now', 'frame', 'work']);
  });

  it('still runs the work when no frame comes (a page in the background)', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    let ran = 0;
    afterPaint(() => ran++);
    expect(ran).toBe(0);
    await eventually(() => expect(ran).toBe(1));
    await new Promise((r) => setTimeout(r, 150));
    expect(ran).toBe(1);
  });
});
