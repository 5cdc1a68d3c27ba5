// The table of contents a PostgreSQL restore runs: schemas that already exist are not created again.
import { describe, expect, it } from 'vitest';
import { listWithoutExistingSchemas } from '../../../server/ops/pg-restore-list';

const LISTING = [';', '; Archive created at 2026-11-30 13:04:33 UTC', ';', '6; 2615 16385 SCHEMA - app gradimento', '7; 2615 16390 SCHEMA - other schema gradimento', '215; 1259 16386 TABLE app votes gradimento', '3339; 0 16386 TABLE DATA app votes gradimento', ''].join('\n');

describe('listWithoutExistingSchemas', () => {
  it('comments out the SCHEMA entries of schemas the database has, and nothing else', () => {
    const { list, skipped } = listWithoutExistingSchemas(LISTING, new Set(['public', 'app']));
    expect(skipped).toEqual(['app']);
    expect(list.split('\n')).toEqual(LISTING.split('\n').map((l) => (l.startsWith('6; ') ? `;${l}` : l)));
  });

  it('reads a schema name with a space, the owner being the last word', () => {
    expect(listWithoutExistingSchemas(LISTING, new Set(['other schema'])).skipped).toEqual(['other schema']);
  });

  it('keeps every entry when no schema of the archive exists yet', () => {
    expect(listWithoutExistingSchemas(LISTING, new Set(['public']))).toEqual({ list: LISTING, skipped: [] });
  });
});
