// The shape an English catalogue must have: every key of the Italian one, strings for strings and
// functions with the same parameters for functions, so tsc names any key left untranslated.

type Translated<V> = V extends string
  ? string
  : V extends (...args: infer A) => infer R
    ? (...args: A) => R extends string ? string : R
    : V extends readonly string[]
      ? readonly string[]
      : V extends object
        ? Translation<V>
        : V;

export type Translation<T> = { readonly [K in keyof T]: Translated<T[K]> };

/**
 * Writes a catalogue's tables over the Italian ones, key by key, so every module that imported
 * the Italian table reads the translation from then on. Only tables: exported functions read them.
 */
export function applyTranslation(italian: Record<string, unknown>, translated: Record<string, unknown>, where: string): void {
  for (const [name, table] of Object.entries(translated)) {
    const target = italian[name];
    if (!target || typeof target !== 'object') throw new Error(`${where}: the Italian module has no table ${name} to translate`);
    Object.assign(target, table);
  }
}
