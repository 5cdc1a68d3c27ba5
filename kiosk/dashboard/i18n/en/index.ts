// The English dashboard: one file here per Italian labels module, at the same path, applied over it.
import { applyTranslation } from '../translation';

// Eager globs: the Italian tables are modules the app loads anyway; the English ones travel in
// this chunk, which main.tsx imports only when English was chosen (Italian pages never fetch it).
const italian = import.meta.glob<Record<string, unknown>>(['../../**/*labels.ts', '!../**'], { eager: true });
const english = import.meta.glob<Record<string, unknown>>(['./**/*labels.ts'], { eager: true });

/** "admin/admin-labels", for either glob's key. */
const modulePath = (key: string) => key.replace(/^(\.\.\/\.\.\/|\.\/)/, '').replace(/\.ts$/, '');

export const ITALIAN_MODULES: Readonly<Record<string, Record<string, unknown>>> = Object.fromEntries(Object.entries(italian).map(([k, m]) => [modulePath(k), m]));
export const ENGLISH_MODULES: Readonly<Record<string, Record<string, unknown>>> = Object.fromEntries(Object.entries(english).map(([k, m]) => [modulePath(k), m]));

/** Puts every English table in place of its Italian one. A module without its English file stays Italian (tests/kiosk/dashboard/i18n fails on it). */
export function applyEnglish(): void {
  for (const [path, translated] of Object.entries(ENGLISH_MODULES)) {
    const original = ITALIAN_MODULES[path];
    if (!original) throw new Error(`i18n/en/${path}.ts translates a module that does not exist`);
    applyTranslation(original, translated, path);
  }
}
