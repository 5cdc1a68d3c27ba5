// Carrying the reason list being edited over onto the one someone else saved meanwhile: neither person's work is lost.
import { describe, expect, it } from 'vitest';
import type { Reason } from '../../../../server/contract/admin';
import { rebaseReasons, rowOf } from '../../../../kiosk/dashboard/admin/rebase-reasons';

const reason = (id: string, label: string, position: number, over: Partial<Reason> = {}): Reason => ({ id, label, dimension: null, position, archivedAt: null, translations: {}, ...over });
const OPENED = [reason('r1', 'Tempo di attesa', 0), reason('r2', 'Cortesia', 1), reason('r3', 'Altro', 2)];
const labels = (rows: { label: string }[]) => rows.map((r) => r.label);

describe('rebaseReasons', () => {
  it('takes their version of a reason left untouched here, keeps one edited here, appends theirs and keeps new ones here', () => {
    const mine = [rowOf(OPENED[0]!), { ...rowOf(OPENED[1]!), label: 'Cortesia del personale' }, rowOf(OPENED[2]!), { key: 'n', label: 'Modulistica', dimension: null }];
    const theirs = [reason('r1', 'Attesa troppo lunga', 0, { translations: { en: 'Long wait' } }), reason('r2', 'Gentilezza', 1), reason('r3', 'Altro', 2), reason('r4', 'Orari scomodi', 3)];
    const out = rebaseReasons(mine, OPENED, theirs);
    expect(labels(out)).toEqual(['Attesa troppo lunga', 'Cortesia del personale', 'Altro', 'Modulistica', 'Orari scomodi']);
    expect(out[0]).toMatchObject({ id: 'r1', key: 'r1', translations: { en: 'Long wait' } });
  });

  it('drops a reason they archived that was untouched here, keeps one edited here, and keeps a removal made here', () => {
    const mine = [{ ...rowOf(OPENED[0]!), dimension: 'timeliness' as const }, rowOf(OPENED[1]!)];
    const theirs = [reason('r2', 'Cortesia', 0), reason('r3', 'Altro (modificato)', 1)];
    expect(labels(rebaseReasons(mine, OPENED, theirs.filter((r) => r.id !== 'r1')))).toEqual(['Tempo di attesa', 'Cortesia']);
    const untouchedGone = rebaseReasons([rowOf(OPENED[0]!), rowOf(OPENED[1]!)], OPENED, [reason('r2', 'Cortesia', 0)]);
    expect(labels(untouchedGone)).toEqual(['Cortesia']);
  });
});
