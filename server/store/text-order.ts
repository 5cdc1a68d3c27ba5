// Sorting text for people the same way on every store: by code point, as SQLite always has.
import type { OrderByItemBuilder } from 'kysely';

/**
 * SQLite's BINARY collation. PostgreSQL would sort by the database's locale instead ("Ufficio a"
 * before "Ufficio B" in it_IT, after it in SQLite); dialect.ts turns this name into PostgreSQL's
 * "C" collation, which is code-point order in UTF-8. Queries write the one portable spelling.
 */
export const CODE_POINT = 'binary';

/** `.orderBy('name', byCodePoint)`: the same order of names on SQLite and on PostgreSQL. */
export const byCodePoint = (ob: OrderByItemBuilder): OrderByItemBuilder => ob.collate(CODE_POINT);
