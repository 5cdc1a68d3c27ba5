// Guards the built front-ends: the terminal never loads dashboard code, and no server-only code reaches a browser.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BUILD_STAMP, buildFreshness } from '../../server/front-end-sources';

const dist = () => inject('distDir');

/** Every JS file a page loads, following static and dynamic imports from its entry script. */
function reachableChunks(htmlFile: string): Set<string> {
  const html = fs.readFileSync(path.join(dist(), htmlFile), 'utf8');
  const queue = [...html.matchAll(/src="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(path.join(dist(), 'assets', file), 'utf8');
    for (const m of code.matchAll(/["'`]\.?\/?(?:assets\/)?([\w.-]+\.js)["'`]/g)) {
      if (fs.existsSync(path.join(dist(), 'assets', m[1]!))) queue.push(m[1]!);
    }
  }
  return seen;
}

/** Tiny helpers of the bundler's own (no code of ours), shared by whichever chunks need them. */
const BUNDLER_HELPER = /^(defineProperty|rolldown-runtime|preload-helper)-[\w-]+\.js$/;

describe('built front-ends', () => {
  it('carry the fingerprint of the sources they were built from, so npm start can tell a stale build', () => {
    const stamp = JSON.parse(fs.readFileSync(path.join(dist(), BUILD_STAMP), 'utf8')) as { root: string; sha256: string };
    expect(stamp.root).toBe(path.resolve(import.meta.dirname, '../..'));
    expect(stamp.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(buildFreshness(dist())).toEqual({ state: 'current' });
  });

  it('the terminal loads no dashboard chunk (Chart.js stays off the tablets)', () => {
    const chunks = reachableChunks('terminal/index.html');
    expect(chunks.size).toBeGreaterThan(0);
    expect([...chunks].filter((c) => c.startsWith('dashboard'))).toEqual([]);
  });

  it('the service worker precaches the terminal and nothing of the dashboard', () => {
    const sw = fs.readFileSync(path.join(dist(), 'sw.js'), 'utf8');
    expect(sw).toContain('terminal/index.html');
    for (const chunk of reachableChunks('terminal/index.html')) expect(sw).toContain(chunk);
    expect(sw).not.toMatch(/dashboard/);
    // And no file of the dashboard under another name: every precached script or style is one the terminal refers to.
    const precached = [...sw.matchAll(/"?url"?:\s*"assets\/([^"]+)"/g)].map((m) => m[1]!);
    expect(precached.length).toBeGreaterThan(0);
    const terminal = reachableChunks('terminal/index.html');
    const terminalText = [fs.readFileSync(path.join(dist(), 'terminal/index.html'), 'utf8'), ...[...terminal].map((f) => fs.readFileSync(path.join(dist(), 'assets', f), 'utf8'))].join('\n');
    expect(precached.filter((f) => !terminal.has(f) && !terminalText.includes(f) && !BUNDLER_HELPER.test(f))).toEqual([]);
  });

  it('every chunk only the dashboard loads (the English catalogue too) is named dashboard-*, which the service worker leaves out', () => {
    const terminal = reachableChunks('terminal/index.html');
    const dashboardOnly = [...reachableChunks('dashboard/index.html')].filter((c) => !terminal.has(c));
    expect(dashboardOnly.some((c) => /^dashboard-en-/.test(c))).toBe(true);
    expect(dashboardOnly.filter((c) => !c.startsWith('dashboard') && !BUNDLER_HELPER.test(c))).toEqual([]);
  });

  it('no browser chunk carries TypeBox or Node-only modules', () => {
    for (const file of fs.readdirSync(path.join(dist(), 'assets')).filter((f) => f.endsWith('.js'))) {
      const code = fs.readFileSync(path.join(dist(), 'assets', file), 'utf8');
      expect(code, file).not.toMatch(/typebox|better-sqlite3|node:fs/i);
    }
  });
});
