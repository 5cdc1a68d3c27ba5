// A new version takes over only on the start screen, after a while with no tap nor key: never under a citizen's first tap.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReloadGate } from '../../../kiosk/terminal/reload-gate';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the reload gate', () => {
  it('lets a ready version in after the grace on the start screen', () => {
    const go = vi.fn();
    const gate = createReloadGate(3000, go);
    gate.ready();
    vi.advanceTimersByTime(2999);
    expect(go).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(go).toHaveBeenCalledTimes(1);
  });

  it('starts the wait again at each tap or key, so a citizen about to vote is never cut', () => {
    const go = vi.fn();
    const gate = createReloadGate(3000, go);
    gate.ready();
    vi.advanceTimersByTime(2900);
    gate.touched();
    vi.advanceTimersByTime(2900);
    gate.touched();
    vi.advanceTimersByTime(2999);
    expect(go).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(go).toHaveBeenCalledTimes(1);
  });

  it('waits while a vote is under way, and for the grace again once the start screen is back', () => {
    const go = vi.fn();
    const gate = createReloadGate(3000, go);
    gate.setAtStart(false);
    gate.ready();
    vi.advanceTimersByTime(60_000);
    expect(go).not.toHaveBeenCalled();
    gate.setAtStart(true);
    vi.advanceTimersByTime(2000);
    gate.setAtStart(false);
    vi.advanceTimersByTime(10_000);
    expect(go).not.toHaveBeenCalled();
    gate.setAtStart(true);
    vi.advanceTimersByTime(3000);
    expect(go).toHaveBeenCalledTimes(1);
  });

  it('does nothing without a new version, taps or not', () => {
    const go = vi.fn();
    const gate = createReloadGate(3000, go);
    gate.touched();
    vi.advanceTimersByTime(60_000);
    expect(go).not.toHaveBeenCalled();
  });
});
