// The chart queue: one chart per task, in the order asked, a cancelled one never built, one that throws does not stop the rest.
import { describe, expect, it, vi } from 'vitest';
import { chartsBuilt, queueChart } from '../../../../kiosk/dashboard/charts/chart-queue';

describe('queueChart', () => {
  it('builds each chart in a task of its own, in order, and skips a cancelled one', async () => {
    const built: string[] = [];
    const order: string[] = [];
    queueChart(() => {
      built.push('a');
      // Runs when a's task ends: before c only if c is built in a task of its own.
      queueMicrotask(() => order.push('after a'));
    });
    const cancelB = queueChart(() => built.push('b'));
    queueChart(() => {
      built.push('c');
      order.push('c');
    });
    cancelB();
    expect(built).toEqual([]);
    await chartsBuilt();
    expect(built).toEqual(['a', 'c']);
    expect(order).toEqual(['after a', 'c']);
  });

  it('goes on after a chart that throws, and says so', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const built: string[] = [];
    queueChart(() => {
      throw new Error('broken');
    });
    queueChart(() => built.push('next'));
    await chartsBuilt();
    expect(built).toEqual(['next']);
    expect(error).toHaveBeenCalledWith('gradimento: chart not drawn', expect.any(Error));
    error.mockRestore();
  });

  it('is settled at once when nothing waits', async () => {
    await expect(chartsBuilt()).resolves.toBeUndefined();
  });
});
