// Measures what a page of the built front-end costs over the wire: gzip (level 9) of its HTML, CSS and JS, the service worker, the precache.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BenchFailure } from './stats';

export interface FileSize {
  /** Path under dist, e.g. "assets/terminal-abc.js". */
  file: string;
  raw: number;
  gzip: number;
}

export interface Sizes {
  files: FileSize[];
  raw: number;
  gzip: number;
}

export function gzipSize(buf: Buffer): number {
  return gzipSync(buf, { level: 9 }).length;
}

function sizesOf(distDir: string, files: Iterable<string>): Sizes {
  const list = [...new Set(files)].sort().map((file) => {
    const buf = fs.readFileSync(path.join(distDir, file));
    return { file, raw: buf.length, gzip: gzipSize(buf) };
  });
  return { files: list, raw: sum(list.map((f) => f.raw)), gzip: sum(list.map((f) => f.gzip)) };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** "/assets/x.js" or "./x.js" seen from `fromFile`, as a path under dist; null when it leaves dist or is absent. */
function resolveAsset(distDir: string, fromFile: string, ref: string): string | null {
  if (/^(?:[a-z]+:)?\/\//i.test(ref) || ref.startsWith('data:')) return null;
  const clean = ref.split(/[?#]/)[0]!;
  const rel = clean.startsWith('/') ? clean.slice(1) : path.posix.join(path.posix.dirname(fromFile), clean);
  const normal = path.posix.normalize(rel);
  if (normal.startsWith('..')) return null;
  return fs.existsSync(path.join(distDir, normal)) ? normal : null;
}

/**
 * Every HTML, CSS and JS file a page loads: the entry script, modulepreloads and stylesheets of its
 * HTML, then static and dynamic imports from each chunk (the same walk as tests/e2e/bundle.test.ts,
 * which matches quoted "./name.js" strings, so a lazy chunk counts as loaded) and url()s in CSS.
 */
export function pageFiles(distDir: string, htmlFile: string): string[] {
  const html = fs.readFileSync(path.join(distDir, htmlFile), 'utf8');
  const seen = new Set<string>([htmlFile]);
  const queue: string[] = [];
  const tags = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="(?:modulepreload|stylesheet)"[^>]*\bhref="([^"]+)"/g),
  ];
  for (const m of tags) {
    const file = resolveAsset(distDir, htmlFile, m[1]!);
    if (file) queue.push(file);
  }
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(path.join(distDir, file), 'utf8');
    if (file.endsWith('.css')) {
      // Fonts and images a stylesheet pulls in are loaded with the page too.
      for (const m of code.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        const target = resolveAsset(distDir, file, m[1]!);
        if (target) queue.push(target);
      }
    } else if (file.endsWith('.js')) {
      // Chunk names as Vite writes them: "./x.js" in imports, "assets/x.css" in preload lists.
      for (const m of code.matchAll(/["'`](?:\.?\/)?(?:assets\/)?([\w.-]+\.(?:js|css))["'`]/g)) {
        const target = resolveAsset(distDir, 'assets/chunk.js', m[1]!);
        if (target) queue.push(target);
      }
    }
  }
  return [...seen];
}

/** The service worker and the Workbox runtime it imports (define(["./workbox-…"]) in the generated sw.js). */
export function serviceWorkerFiles(distDir: string): string[] {
  const sw = fs.readFileSync(path.join(distDir, 'sw.js'), 'utf8');
  const files = ['sw.js'];
  for (const m of sw.matchAll(/["'](\.\/workbox-[\w-]+?)(?:\.js)?["']/g)) {
    const file = resolveAsset(distDir, 'sw.js', `${m[1]!}.js`);
    if (file) files.push(file);
  }
  return files;
}

export interface Precache {
  sizes: Sizes;
  /** Entries listed more than once in the manifest (same url). */
  duplicates: string[];
}

/** The precache manifest of dist/sw.js: each distinct url once (Workbox stores a url once however often it is listed). */
export function precacheFiles(distDir: string): Precache {
  const sw = fs.readFileSync(path.join(distDir, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\{\s*url:\s*"([^"]+)"/g)].map((m) => m[1]!);
  if (urls.length === 0) throw new BenchFailure('no precache entries found in dist/sw.js (did the Workbox output format change?)');
  const counts = new Map<string, number>();
  for (const u of urls) counts.set(u, (counts.get(u) ?? 0) + 1);
  const missing = [...counts.keys()].filter((u) => !fs.existsSync(path.join(distDir, u)));
  if (missing.length > 0) throw new BenchFailure(`sw.js precaches files that are not in dist: ${missing.join(', ')}`);
  return { sizes: sizesOf(distDir, counts.keys()), duplicates: [...counts].filter(([, n]) => n > 1).map(([u]) => u) };
}

export interface BundleReport {
  terminal: Sizes;
  dashboard: Sizes;
  serviceWorker: Sizes;
  precache: Precache;
  /** Terminal JS + CSS only (what the budget is about; the HTML is tiny and not code). */
  terminalCode: Sizes;
}

export function measureBundles(distDir: string): BundleReport {
  const terminalList = pageFiles(distDir, 'terminal/index.html');
  const terminal = sizesOf(distDir, terminalList);
  if (!terminal.files.some((f) => f.file.endsWith('.js'))) throw new BenchFailure('terminal/index.html loads no JS: the build looks broken');
  return {
    terminal,
    dashboard: sizesOf(distDir, pageFiles(distDir, 'dashboard/index.html')),
    serviceWorker: sizesOf(distDir, serviceWorkerFiles(distDir)),
    precache: precacheFiles(distDir),
    terminalCode: sizesOf(distDir, terminalList.filter((f) => /\.(js|css)$/.test(f))),
  };
}
