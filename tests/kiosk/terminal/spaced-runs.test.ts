import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { spacedRuns } from '../../../kiosk/terminal/spaced-runs';

/** A run that stays in progress until release() is called. */
function controlledRun() {
  const started: (() => void)[] = [];
  return {
    run: vi.fn(() => new Promise<void>((resolve) => started.push(resolve))),
    release: async () => {
      started.shift()?.();
      // Let the run's finally (and a follow-up request) happen.
      await Promise.resolve();
      await Promise.resolve();
      await Promise.resolve();
    },
  };
}

describe('spacedRuns', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at once when idle, folds a burst into one run after the gap, and never runs two at once', async () => {
    const c = controlledRun();
    const runs = spacedRuns(c.run, 500);
    runs.request();
    expect(c.run).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 1000; i++) runs.request();
    expect(c.run).toHaveBeenCalledTimes(1);
    await c.release();
    // The burst asked for more: one run, once the gap after the last one is over.
    expect(c.run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(499);
    expect(c.run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(c.run).toHaveBeenCalledTimes(2);
    await c.release();
    // Nothing asked meanwhile: nothing more.
    vi.advanceTimersByTime(5_000);
    expect(c.run).toHaveBeenCalledTimes(2);
    // Long after: at once again.
    runs.request();
    expect(c.run).toHaveBeenCalledTimes(3);
  });

  it('always runs after the last request, so what is shown catches up', async () => {
    const c = controlledRun();
    const runs = spacedRuns(c.run, 500);
    runs.request();
    await c.release();
    runs.request();
    runs.request();
    vi.advanceTimersByTime(500);
    expect(c.run).toHaveBeenCalledTimes(2);
    runs.request();
    await c.release();
    vi.advanceTimersByTime(500);
    expect(c.run).toHaveBeenCalledTimes(3);
  });

  it('spaces runs by nine times the length of the last one when that is longer than the gap', async () => {
    const c = controlledRun();
    const runs = spacedRuns(c.run, 500);
    runs.request();
    // The run takes 1 s (a count of a long queue): the next waits 9 s after it.
    vi.advanceTimersByTime(1_000);
    runs.request();
    await c.release();
    vi.advanceTimersByTime(8_999);
    expect(c.run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(c.run).toHaveBeenCalledTimes(2);
  });

  it('starts nothing once stopped, and a failing run does not stop later ones', async () => {
    let calls = 0;
    const runs = spacedRuns(async () => {
      calls++;
      throw new Error('database closing');
    }, 500);
    runs.request();
    await Promise.resolve();
    await Promise.resolve();
    vi.advanceTimersByTime(500);
    runs.request();
    expect(calls).toBe(2);
    await Promise.resolve();
    await Promise.resolve();
    runs.request();
    runs.stop();
    vi.advanceTimersByTime(5_000);
    expect(calls).toBe(2);
  });
});
