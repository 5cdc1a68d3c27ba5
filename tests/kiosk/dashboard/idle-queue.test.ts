// The idle queue: one piece per task, in the order asked, a cancelled one never run, one that throws does not stop the rest.
import { describe, expect, it, vi } from 'vitest';
import { idleWorkDone, queueIdle } from '../../../kiosk/dashboard/idle-queue';

describe('queueIdle', () => {
  it('builds each chart in a task of its own, in order, and skips a cancelled one', async () => {
    const built: string[] = [];
    const order: string[] = [];
    queueIdle(() => {
      built.push('a');
      // Runs when a's task ends: before c only if c is built in a task of its own.
      queueMicrotask(() => order.push('after a'));
    }, 'chart not drawn');
    const cancelB = queueIdle(() => built.push('b'), 'chart not drawn');
    queueIdle(() => {
      built.push('c');
      order.push('c');
    }, 'chart not drawn');
    cancelB();
    expect(built).toEqual([]);
    await idleWorkDone();
    expect(built).toEqual(['a', 'c']);
    expect(order).toEqual(['after a', 'c']);
  });

  it('goes on after a chart that throws, and says so', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const built: string[] = [];
    queueIdle(() => {
      throw new Error('broken');
    }, 'chart not drawn');
    queueIdle(() => built.push('next'), 'chart not drawn');
    await idleWorkDone();
    expect(built).toEqual(['next']);
    expect(error).toHaveBeenCalledWith('gradimento: chart not drawn', expect.any(Error));
    error.mockRestore();
  });

  it('is settled at once when nothing waits', async () => {
    await expect(idleWorkDone()).resolves.toBeUndefined();
  });
});
