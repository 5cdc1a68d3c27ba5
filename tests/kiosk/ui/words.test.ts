// One word for the collector in everything a person reads: the terminal, the dashboard and the README.
import { describe, expect, it } from 'vitest';
import readme from '../../../README.md?raw';
import { A } from '../../../kiosk/dashboard/admin/admin-labels';
import { LABELS } from '../../../kiosk/dashboard/labels';
import { SESSION_LABELS } from '../../../kiosk/dashboard/session-labels';
import { t } from '../../../kiosk/ui/i18n';

/** Every text of a word table, calling the functions with stand-in arguments: a name and a number, only names for one that reads text where the number comes, or a list of names for one that lists them. */
function texts(table: Record<string, unknown>): string[] {
  const tries: unknown[][] = [['X', 1, 'Y'], ['X', '1', 'Y'], [['X', 'Z'], 1, 'Y']];
  const call = (f: (...a: unknown[]) => unknown) => {
    for (const args of tries.slice(0, -1)) {
      try {
        return String(f(...args));
      } catch {
        // the next stand-ins
      }
    }
    return String(f(...tries.at(-1)!));
  };
  return Object.values(table).map((v) => (typeof v === 'function' ? call(v as (...a: unknown[]) => unknown) : String(v)));
}

const TABLES = { terminal: t, dashboard: LABELS, session: SESSION_LABELS, management: A };

describe('the collector has one name', () => {
  it('is "collettore" on every screen, never "centro di raccolta"', () => {
    const all = Object.values(TABLES).flatMap((table) => texts(table as Record<string, unknown>));
    expect(all.filter((s) => /centro di raccolta/i.test(s))).toEqual([]);
    expect(all.filter((s) => /collettore/i.test(s)).length).toBeGreaterThan(3);
  });

  it('is "collettore" in the README’s Italian summary too', () => {
    expect(readme).not.toMatch(/centro di raccolta/i);
    const italian = readme.slice(readme.indexOf('In breve (italiano)'));
    expect(italian.slice(0, 800)).toContain('collettore');
  });
});
