// The words only one catalogue of the report files has, and a search for them in a file's text once the administration's own names are taken out.
import type { ExportWords } from '../../../../server/reports/exports/words/it';

/** Every text of a catalogue, its functions called with a placeholder for each parameter. */
export function catalogueTexts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (typeof node === 'function') return [(node as (...args: string[]) => string)(...Array.from({ length: node.length }, () => '2'))];
  if (node && typeof node === 'object') return Object.values(node).flatMap(catalogueTexts);
  return [];
}

const wordsOf = (text: string) => text.match(/[\p{L}’']+/gu) ?? [];

/**
 * The words of `catalogue` that `other` never uses, four letters or more, in lower case: "giudizi", "rumore",
 * "Riepilogo" for the Italian against the English. The product's name is the same in every language.
 */
export function wordsOnlyIn(catalogue: ExportWords, other: ExportWords): string[] {
  const others = new Set(catalogueTexts(other).flatMap(wordsOf).map((w) => w.toLowerCase()));
  others.add('gradimento');
  const own = new Set(catalogueTexts(catalogue).flatMap(wordsOf).filter((w) => w.length >= 4).map((w) => w.toLowerCase()));
  return [...own].filter((w) => !others.has(w)).sort();
}

/**
 * Which of `words` (lower case) the text holds as whole words, in any case, once the names in `data` (offices, services,
 * reasons, as the administration typed them: never translated) are taken out. Runs of spaces and
 * line breaks count as one space, so a name wrapped across lines is still found.
 */
export function wordsFound(text: string, words: readonly string[], data: readonly string[]): string[] {
  let rest = text.replace(/\s+/g, ' ');
  for (const name of [...data].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  const found = new Set(wordsOf(rest).map((w) => w.toLowerCase()));
  return words.filter((w) => found.has(w));
}
