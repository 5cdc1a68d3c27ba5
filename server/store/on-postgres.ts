// Whether a store (or a transaction, or a migration's database) is PostgreSQL: the one test for the
// few places where the two stores must be spoken to differently (migrations, and bulk statements
// that PostgreSQL answers faster in its own form: docs/performance.md).
import { PostgresAdapter, type Kysely } from 'kysely';

export const onPostgres = (db: Kysely<any>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;
