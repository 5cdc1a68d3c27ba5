// Counting the votes a PostgreSQL restore would drop: a pg_restore that cannot start is a clear error, never an unhandled rejection that ends the command.
import { afterEach, describe, expect, it } from 'vitest';
import { votesNotInArchive } from '../../../server/ops/pg-missing-votes';
import { startCollector, TEST_STORE, type TestCollector } from '../helpers/test-collector';

let c: TestCollector | undefined;
afterEach(async () => {
  await c?.close();
  c = undefined;
});

describe.runIf(TEST_STORE === 'postgres')('votesNotInArchive', () => {
  it('rejects, handled, when pg_restore cannot be started', async () => {
    c = await startCollector();
    const unhandled: unknown[] = [];
    const heard = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', heard);
    try {
      await expect(votesNotInArchive(c.store.db, '/nonexistent/pg_restore', '/nonexistent/archive.bak')).rejects.toThrow(/ENOENT/);
      // A turn or two for a rejection nobody handled to be reported.
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', heard);
    }
  });
});
