// Stands in for the server-pg project where PostgreSQL is not installed: says so, and fails under CI.
import { describe, it } from 'vitest';

const CI = Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI!.toLowerCase());
const MESSAGE = 'PostgreSQL is not installed (no initdb in PG_BIN, /usr/lib/postgresql/*/bin or PATH): the server suites ran on SQLite only. Install it with apt-get install postgresql (.ci/run does).';

describe('the server suites on PostgreSQL', () => {
  if (CI) {
    it('run on CI, where skipping them would hide a store that does not work', () => {
      throw new Error(MESSAGE);
    });
  } else {
    it.skip(MESSAGE);
  }
});
