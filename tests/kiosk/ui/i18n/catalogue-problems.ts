// Compares a catalogue with the Italian one, key by key, and lists what is missing, extra, empty or of another kind.

/** Stand-in arguments for function-valued entries: a name and a number cover every one of them. */
const SAMPLE_ARGS = ['Deutsch', 3, 'X'];

export function catalogueProblems(reference: unknown, candidate: unknown, path = ''): string[] {
  const problems: string[] = [];
  const ref = reference as Record<string, unknown>;
  const cand = (candidate ?? {}) as Record<string, unknown>;
  for (const [key, want] of Object.entries(ref)) {
    const at = path ? `${path}.${key}` : key;
    if (!(key in cand)) {
      problems.push(`${at}: missing`);
      continue;
    }
    const got = cand[key];
    if (typeof got !== typeof want) {
      problems.push(`${at}: ${typeof want} in Italian, ${typeof got} here`);
    } else if (typeof want === 'string') {
      if ((got as string).trim() === '') problems.push(`${at}: empty`);
    } else if (typeof want === 'function') {
      const f = got as (...a: unknown[]) => unknown;
      if (f.length !== (want as (...a: unknown[]) => unknown).length) problems.push(`${at}: takes ${f.length} arguments, Italian ${(want as () => unknown).length}`);
      else if (String(f(...SAMPLE_ARGS)).trim() === '') problems.push(`${at}: returns an empty text`);
    } else if (want && typeof want === 'object') {
      problems.push(...catalogueProblems(want, got, at));
    }
  }
  for (const key of Object.keys(cand)) if (!(key in ref)) problems.push(`${path ? `${path}.${key}` : key}: not in Italian`);
  return problems;
}
