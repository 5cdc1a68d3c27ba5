// Builds the terminal and the dashboard once, into a fresh folder, for every end-to-end test:
// never a stale dist/ left over from another checkout.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildFrontEnd } from '../../server/build-front-end';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  // npm test builds it beside the type check, before the suites start (tests/run.mjs), and removes it.
  const prebuilt = process.env.TEST_DIST_DIR;
  if (prebuilt) {
    project.provide('distDir', prebuilt);
    return;
  }
  const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-dist-'));
  await buildFrontEnd(distDir);
  project.provide('distDir', distDir);
  return () => fs.rmSync(distDir, { recursive: true, force: true });
}
