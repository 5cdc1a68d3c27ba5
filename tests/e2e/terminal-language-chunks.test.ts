// Guards the built terminal: Italian comes with the first load, every other language is a chunk of its own, fetched only when chosen.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { TERMINAL_LANGUAGES } from '../../server/contract/languages';
import { loadWords } from '../../kiosk/ui/i18n/languages';

const dist = () => inject('distDir');
const read = (file: string) => fs.readFileSync(path.join(dist(), 'assets', file), 'utf8');

/** The JS the terminal's page loads before anything is chosen: its entry scripts and their static imports, not import(). */
function firstLoad(): Set<string> {
  const html = fs.readFileSync(path.join(dist(), 'terminal/index.html'), 'utf8');
  const queue = [...html.matchAll(/src="\/assets\/([^"]+\.js)"/g), ...html.matchAll(/rel="modulepreload"[^>]*href="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of read(file).matchAll(/(?:from\s*|import\s*)["']\.\/([\w.-]+\.js)["']/g)) queue.push(m[1]!);
  }
  return seen;
}

/** Whether the code holds the text, whatever the minifier escaped (it prints a no-break space as \xA0 and keeps é). */
function holds(code: string, text: string): boolean {
  const unescaped = code.replace(/\\x([0-9a-f]{2})|\\u([0-9a-f]{4})/gi, (_, x: string | undefined, u: string | undefined) => String.fromCharCode(parseInt(x ?? u!, 16)));
  return unescaped.includes(text);
}

describe('the terminal’s languages in the build', () => {
  it('the first load carries the Italian words and no other language’s', async () => {
    const first = [...firstLoad()].map(read).join('\n');
    expect(first).toContain('Come valuti il servizio?');
    for (const code of TERMINAL_LANGUAGES.filter((c) => c !== 'it')) {
      const words = await loadWords(code);
      expect(holds(first, words.rateTitle), code).toBe(false);
    }
  });

  it('each other language is in exactly one chunk, outside the first load', async () => {
    const first = firstLoad();
    const chunks = fs.readdirSync(path.join(dist(), 'assets')).filter((f) => f.endsWith('.js') && !first.has(f));
    for (const code of TERMINAL_LANGUAGES.filter((c) => c !== 'it')) {
      const words = await loadWords(code);
      expect(chunks.filter((f) => holds(read(f), words.rateTitle)), code).toHaveLength(1);
    }
  });
});
