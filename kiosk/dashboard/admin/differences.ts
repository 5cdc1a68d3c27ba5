// What a form changed, and what someone else changed, field by field: values compared as data, not as the objects holding them. Pure.
import type { DetailLine } from './audit-details';

/** JSON with object keys sorted: the same hours written in another key order are the same hours. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export const sameValue = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/** The fields of `edited` whose value is not the one `opened` had: what a form sends as its change. */
export function changedFields<T extends object, K extends keyof T>(opened: T, edited: Pick<T, K>, keys: readonly K[]): Partial<Pick<T, K>> {
  const change: Partial<Pick<T, K>> = {};
  for (const k of keys) if (!sameValue(edited[k], opened[k])) change[k] = edited[k];
  return change;
}

/** A field as the stale notice shows it: its label, and its value in words. */
export type ShownField<T> = { [K in keyof T & string]: { key: K; label: string; show: (value: T[K]) => string } }[keyof T & string];

/** The fields the stored item has otherwise than the copy opened, in the form's words: the other person's change. */
export function differences<T extends object>(opened: T, theirs: T, fields: readonly ShownField<T>[]): DetailLine[] {
  // `never`: each field's show takes its own key's value, which TypeScript cannot follow through the union.
  return fields.filter((f) => !sameValue(opened[f.key], theirs[f.key])).map((f) => ({ label: f.label, value: f.show(theirs[f.key] as never) }));
}
