// Reordering an ordered list (reasons, a totem's services) by one step: pure, shared by the editors.

/** The list in a new order: the item at `from` moved to `to`; out of range leaves it as it was. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from < 0 || from >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}
