// The e-mails' catalogues: one per dashboard language, the English with every key of the Italian, at any depth, each translated.
import { describe, expect, it } from 'vitest';
import { DASHBOARD_LANGUAGES } from '../../../../server/contract/languages';
import { EMAIL_WORDS } from '../../../../server/delivery/words/email-words';

/** Every leaf of a catalogue by its path: a text as itself, a function by its number of parameters. */
function leaves(table: object, where = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(table)) {
    const path = where ? `${where}.${key}` : key;
    if (value && typeof value === 'object') for (const [k, v] of leaves(value, path)) out.set(k, v);
    else out.set(path, typeof value === 'function' ? `function/${value.length}` : value);
  }
  return out;
}

describe('e-mail catalogues', () => {
  it('has one for every dashboard language', () => {
    expect(Object.keys(EMAIL_WORDS).sort()).toEqual([...DASHBOARD_LANGUAGES].sort());
  });

  it('the English has every key of the Italian with the same parameters, and no Italian text left', () => {
    const it = leaves(EMAIL_WORDS.it);
    const en = leaves(EMAIL_WORDS.en);
    expect([...en.keys()].sort()).toEqual([...it.keys()].sort());
    for (const [path, value] of it) {
      if (typeof value === 'string' && value.startsWith('function/')) expect(en.get(path), path).toBe(value);
      else expect(en.get(path), path).not.toBe(value);
    }
  });

  it('writes a function of the English catalogue without an Italian word', () => {
    const r = EMAIL_WORDS.en.report;
    const text = [r.intro(r.frequencies.monthly, 'Sede', 'March 2026'), r.whyReceived(r.frequencies.monthly), EMAIL_WORDS.en.alert.subject('Regola A', 'Sede')].join('\n');
    expect(text).toBe('Monthly satisfaction report: Sede, March 2026.\nYou receive this e-mail because you are subscribed to the monthly report.\nSatisfaction alert: Regola A (Sede)');
  });
});
