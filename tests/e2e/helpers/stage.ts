// One real collector and one real Chromium per test file, started before its tests and stopped after.
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser, type Browser } from './browser';
import { startCollector, type RunningCollector } from './collector';

export interface Stage {
  collector: RunningCollector;
  browser: Browser;
}

/** Registers the file's beforeAll/afterAll; read the fields inside tests, once they have started. */
export function useStage(viewport?: { width: number; height: number }): Stage {
  const stage = {} as Stage;
  beforeAll(async () => {
    stage.collector = await startCollector(inject('distDir'));
    stage.browser = await launchBrowser(viewport);
  });
  afterAll(async () => {
    await stage.browser?.close();
    await stage.collector?.close();
  });
  return stage;
}
