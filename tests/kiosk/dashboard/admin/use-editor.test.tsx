// useEditor opens the form for a new or an existing item and reloads only after a save; useArchivedFilter hides archived items unless asked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useArchivedFilter, useEditor, type Editor } from '../../../../kiosk/dashboard/admin/use-editor';

interface Item {
  id: string;
  archivedAt: string | null;
}
const ITEMS: Item[] = [
  { id: 'a', archivedAt: null },
  { id: 'b', archivedAt: '2024-01-01T00:00:00Z' },
];

let container: HTMLElement;
let editor: Editor<Item>;
let filter: ReturnType<typeof useArchivedFilter<Item>>;
const reload = vi.fn();
function Probe({ items }: { items?: Item[] }) {
  editor = useEditor<Item>(reload);
  filter = useArchivedFilter(items);
  return null;
}

beforeEach(() => {
  reload.mockClear();
  container = document.createElement('div');
});
afterEach(() => render(null, container));

describe('useEditor', () => {
  it('starts closed, opens for a new item, then for an existing one with its id as key', () => {
    render(<Probe />, container);
    expect(editor.open).toBe(false);
    act(() => editor.startNew());
    expect(editor).toMatchObject({ open: true, item: undefined, key: 'new' });
    act(() => editor.edit(ITEMS[0]!));
    expect(editor).toMatchObject({ open: true, item: ITEMS[0], key: 'a' });
  });

  it('closes, reloading the list only when something was saved', () => {
    render(<Probe />, container);
    act(() => editor.startNew());
    act(() => editor.done(false));
    expect(editor.open).toBe(false);
    expect(reload).not.toHaveBeenCalled();
    act(() => editor.edit(ITEMS[0]!));
    act(() => editor.done(true));
    expect(editor.open).toBe(false);
    expect(reload).toHaveBeenCalledOnce();
  });
});

describe('useArchivedFilter', () => {
  it('shows live items only until asked for the archived ones, and nothing before the list loaded', () => {
    render(<Probe />, container);
    expect(filter.shown).toBeUndefined();
    render(<Probe items={ITEMS} />, container);
    expect(filter.shown?.map((x) => x.id)).toEqual(['a']);
    act(() => filter.setShowArchived(true));
    expect(filter.shown?.map((x) => x.id)).toEqual(['a', 'b']);
  });
});
