// Size budgets of the built front-ends (issue 9, docs/performance.md "Budgets"): the build that breaks one fails here.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

/** The terminal's initial JS + CSS, gzipped, whatever the number of languages (they load lazily). */
export const TERMINAL_INITIAL_GZIP_BUDGET = 40 * 1024;

const dist = () => inject('distDir');

/**
 * What a page downloads before it can run: the entry script, the scripts and styles its HTML links
 * (modulepreload, stylesheet), and every chunk those import statically, transitively. Dynamic
 * import() is left out: that is what loads later, on demand.
 */
export function initialFiles(distDir: string, htmlFile: string): string[] {
  const html = fs.readFileSync(path.join(distDir, htmlFile), 'utf8');
  const linked = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return withStaticImports(distDir, linked);
}

/** The files given (in assets/) and every chunk they import statically, transitively. */
export function withStaticImports(distDir: string, files: readonly string[]): string[] {
  const queue = [...files];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = fs.readFileSync(path.join(distDir, 'assets', file), 'utf8');
    // `import{a as b}from"./x.js"` or `import"./x.js"`, never `import("./x.js")`.
    for (const m of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']\.\/([\w.-]+\.js)["']/g)) queue.push(m[1]!);
  }
  return [...seen].sort();
}

const gzipped = (distDir: string, files: readonly string[]) => files.reduce((sum, f) => sum + gzipSync(fs.readFileSync(path.join(distDir, 'assets', f)), { level: 9 }).length, 0);

describe('budgets of the built front-ends', () => {
  it(`the terminal's initial JS and CSS stay within ${TERMINAL_INITIAL_GZIP_BUDGET / 1024} KB gzip`, () => {
    const files = initialFiles(dist(), 'terminal/index.html');
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(files.some((f) => f.endsWith('.css'))).toBe(true);
    const size = gzipped(dist(), files);
    console.info(`terminal initial JS+CSS: ${(size / 1024).toFixed(1)} KB gzip in ${files.join(', ')}`);
    expect(size, files.join(', ')).toBeLessThanOrEqual(TERMINAL_INITIAL_GZIP_BUDGET);
  });

  it('the dashboard loads nothing of Chart.js before it is imported on demand (after sign-in)', () => {
    const files = initialFiles(dist(), 'dashboard/index.html');
    expect(files.some((f) => f.startsWith('dashboard'))).toBe(true);
    expect(files.filter((f) => f.includes('charts'))).toEqual([]);
    for (const f of files.filter((x) => x.endsWith('.js'))) expect(fs.readFileSync(path.join(dist(), 'assets', f), 'utf8'), f).not.toMatch(/new Chart\(|chart\.js v4|Chart\.register/);
  });

  it("the dashboard's app chunk carries neither TypeBox nor socket.io-client (the sign-in page and the report's first screen do not wait for them)", () => {
    const entry = initialFiles(dist(), 'dashboard/index.html').filter((f) => f.endsWith('.js'));
    // main.tsx imports the app once the language is set; that chunk and its static imports are what every dashboard page waits for.
    const app = entry.flatMap((f) => [...fs.readFileSync(path.join(dist(), 'assets', f), 'utf8').matchAll(/import\(["'`]\.\/(dashboard-app-[\w-]+\.js)["'`]\)/g)].map((m) => m[1]!));
    expect(app).toHaveLength(1);
    const files = withStaticImports(dist(), [...entry, ...app]).filter((f) => f.endsWith('.js'));
    for (const f of files) {
      const code = fs.readFileSync(path.join(dist(), 'assets', f), 'utf8');
      // TypeBox 1 marks every schema with '~kind'; engine.io's handshake query names its protocol EIO.
      expect(code, `${f}: TypeBox (a contract module with schemas imported for a value: put the value in a plain module)`).not.toMatch(/["']~kind["']/);
      expect(code, `${f}: socket.io-client (kiosk/dashboard/live.ts imports it on demand)`).not.toMatch(/\bEIO\b/);
    }
  });

  it('the counting follows static imports and leaves dynamic ones out', () => {
    const dir = fs.mkdtempSync(path.join(path.dirname(dist()), 'budget-probe-'));
    try {
      fs.mkdirSync(path.join(dir, 'assets'));
      fs.mkdirSync(path.join(dir, 'page'));
      fs.writeFileSync(path.join(dir, 'page', 'index.html'), '<script type="module" src="/assets/entry.js"></script><link rel="stylesheet" href="/assets/look.css">');
      fs.writeFileSync(path.join(dir, 'assets', 'entry.js'), 'import{a as b}from"./shared.js";import"./side.js";const l=()=>import("./lazy.js");');
      fs.writeFileSync(path.join(dir, 'assets', 'shared.js'), 'import{c}from"./deep.js";export const a=1;');
      for (const f of ['side.js', 'deep.js', 'lazy.js', 'look.css']) fs.writeFileSync(path.join(dir, 'assets', f), 'x');
      expect(initialFiles(dir, 'page/index.html')).toEqual(['deep.js', 'entry.js', 'look.css', 'shared.js', 'side.js']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
