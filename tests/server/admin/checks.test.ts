// Names as stored: spaces and invisible format characters trimmed from the ends, and refused when nothing
// visible is left; the same rule for every name a person types (administrations, alert rules, ...).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertPaths } from '../../../server/contract/alerts';
import { apiPaths } from '../../../server/contract/api';
import { cleanName, Problems, trimName } from '../../../server/admin/checks';
import { DEMO } from '../../../server/store/seed-demo';
import { as } from './admin-api';
import { startCollector, type TestCollector } from '../helpers/test-collector';

describe('trimName', () => {
  it('takes spaces, zero-width spaces, direction marks and BOMs off the ends', () => {
    expect(trimName('  Anagrafe\u00a0')).toBe('Anagrafe');
    expect(trimName('\u200BAnagrafe\u200B')).toBe('Anagrafe');
    expect(trimName('\u200F\u200Eمكتب\u200F')).toBe('مكتب');
    expect(trimName('\uFEFFTributi')).toBe('Tributi');
  });
  it('leaves what is inside a name alone: an emoji family keeps its joiners', () => {
    expect(trimName('Famiglia \u{1F468}\u200D\u{1F469}\u200D\u{1F467}')).toBe('Famiglia \u{1F468}\u200D\u{1F469}\u200D\u{1F467}');
  });
  it('leaves nothing of a name that shows nothing', () => {
    for (const name of ['', '   ', '\u200B', '\u200F\u200E', ' \u2060\uFEFF ']) expect(trimName(name), JSON.stringify(name)).toBe('');
  });
});

describe('cleanName', () => {
  it('names the field of a blank name', () => {
    const problems = new Problems();
    expect(cleanName('\u200B', '/name', problems)).toBe('');
    expect(problems.list.map((p) => p.field)).toEqual(['/name']);
  });
});

describe('names through the API', () => {
  let c: TestCollector;
  beforeAll(async () => {
    c = await startCollector();
  });
  afterAll(async () => c?.close());

  it('refuses an administration named with a zero-width space, and stores a name without its invisible edges', async () => {
    const admin = as(c.app, c.admin);
    const blank = await admin.post(apiPaths.administrations, { name: '\u200B' });
    expect(blank.status).toBe(400);
    expect(blank.body.error.problems).toEqual([expect.objectContaining({ field: '/name' })]);
    const edged = await admin.post(apiPaths.administrations, { name: '\u200BComune di Prova\u200E' });
    expect(edged.status).toBe(201);
    expect(edged.body.name).toBe('Comune di Prova');
  });

  it('refuses an alert rule named with spaces only (it was stored with no name)', async () => {
    const res = await as(c.app, c.admin).post(alertPaths.administrationRules(DEMO.administration.id), {
      name: '   ',
      officeId: DEMO.offices[0]!.id,
      params: { kind: 'negative-share', lastVotes: 20, openAbovePct: 30, closeBelowPct: 15 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.problems).toEqual([expect.objectContaining({ field: '/name' })]);
    expect(await c.store.db.selectFrom('alert_rules').select('id').execute()).toEqual([]);
  });
});
