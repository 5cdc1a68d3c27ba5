// A terminal that could not start looks for a way back every few minutes: a new version when its service worker works, else (or meanwhile) a reload.
import { describe, expect, it } from 'vitest';
import { lookForFixedVersion, type FixedVersionSource } from '../../../kiosk/terminal/sw-register';

/** A registration as the page sees it: what update() finds, and what it did. */
function worker(found: 'nothing' | 'new version' | 'refused', done: string[]): FixedVersionSource {
  let pending = false;
  return {
    update: async () => {
      done.push('update');
      if (found === 'refused') throw new TypeError('Failed to update a ServiceWorker: network error');
      pending = found === 'new version';
    },
    pending: () => pending,
  };
}

const reloading = (done: string[]) => async () => {
  done.push('reload');
};

describe('after a failed start', () => {
  it('reloads when the service worker was never registered (refused, or none on plain http)', async () => {
    const done: string[] = [];
    await lookForFixedVersion(null, reloading(done));
    expect(done).toEqual(['reload']);
  });

  it('with a working service worker and no new version, reloads all the same: a one-off failure is tried again', async () => {
    const done: string[] = [];
    await lookForFixedVersion(worker('nothing', done), reloading(done));
    expect(done).toEqual(['update', 'reload']);
  });

  it('reloads when the update check itself fails', async () => {
    const done: string[] = [];
    await lookForFixedVersion(worker('refused', done), reloading(done));
    expect(done).toEqual(['update', 'reload']);
  });

  it('leaves a new version to take over through the reload gate, without reloading under it', async () => {
    const done: string[] = [];
    await lookForFixedVersion(worker('new version', done), reloading(done));
    expect(done).toEqual(['update']);
  });
});
