// The README's layout is how a newcomer finds their way: a folder missing from it is a part of the
// product nobody is told about (thirteen of the collector's were when this test was written).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = fs.readFileSync('README.md', 'utf8');
const layout = /## Layout[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
const named = new Set(layout.split('\n').map((line) => line.split(/\s+/)[0]));
const folders = (root: string) => fs.readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${root}/${e.name}/`);

describe('the README\'s layout', () => {
  it.each(['server', 'kiosk'])('names every folder of %s/', (root) => {
    expect(folders(root).filter((f) => !named.has(f))).toEqual([]);
  });

  it('names no folder that does not exist', () => {
    expect([...named].filter((f) => f && !fs.existsSync(f))).toEqual([]);
  });
});
