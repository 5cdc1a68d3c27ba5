// Staged parts: the first at once, one more per idle moment, "all" said once every part is there, and new data shown at once after that.
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useStaged } from '../../../kiosk/dashboard/use-staged';
import { freshContainer } from './fixtures/container';

const container = freshContainer();

function Parts({ label, onAll }: { label: string; onAll: (all: boolean) => void }) {
  const shown = useStaged(4, 2, onAll);
  return (
    <ol>
      {Array.from({ length: shown }, (_, i) => (
        <li key={i}>{`${label} ${i}`}</li>
      ))}
    </ol>
  );
}

const items = () => [...container().querySelectorAll('li')].map((li) => li.textContent);

describe('useStaged', () => {
  it('shows the first parts at once, then one per idle moment, and says when all are there', async () => {
    const onAll = vi.fn();
    const seen: number[] = [];
    const observer = new MutationObserver(() => seen.push(container().querySelectorAll('li').length));
    observer.observe(container(), { childList: true, subtree: true });
    act(() => render(<Parts label="a" onAll={onAll} />, container()));
    expect(items()).toEqual(['a 0', 'a 1']);
    expect(onAll).not.toHaveBeenCalled();

    // Each part queues the next once it is on screen: the queue empties in between.
    await vi.waitFor(() => expect(items()).toEqual(['a 0', 'a 1', 'a 2', 'a 3']));
    await vi.waitFor(() => expect(onAll).toHaveBeenCalled());
    observer.disconnect();
    // One part per task: never two at once.
    expect(seen).toEqual([2, 3, 4]);
    expect(onAll).toHaveBeenCalledTimes(1);
    expect(onAll).toHaveBeenLastCalledWith(true);

    // New data after that: every part at once, nothing staged again.
    act(() => render(<Parts label="b" onAll={onAll} />, container()));
    expect(items()).toEqual(['b 0', 'b 1', 'b 2', 'b 3']);
    expect(onAll).toHaveBeenCalledTimes(1);

    act(() => render(null, container()));
    expect(onAll).toHaveBeenLastCalledWith(false);
  });
});
