// SQLite as Kysely speaks it, with one difference: migrations run in one transaction. SQLite can
// change its schema inside a transaction, but Kysely's adapter says it cannot, so its migrator ran
// each statement on its own: an upgrade stopped half-way (a restart, a full disk, a power cut) left
// a migration half-applied and unrecorded, and the next start ran it again over its own work
// (counts taken out twice, or "table already exists" at every start). In one transaction the
// upgrade is all there or not at all. No migration changes a PRAGMA or runs VACUUM, which a
// transaction would refuse.
import { SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely';

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class SqliteDialectWithTransactionalDdl extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}
