// Service names and reasons translated by administrators: stored per language, audited, refused when unknown or too long, sent to terminals.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_REASONS } from '../../../server/contract/quality';
import { TRANSLATION_LANGUAGES } from '../../../server/contract/languages';
import { apiPaths } from '../../../server/contract/api';
import { DEMO } from '../../../server/store/seed-demo';
import { asTerminal, personWith, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';
import { as, grant } from './admin-api';

let c: TestCollector;
beforeEach(async () => {
  c = await startCollector();
});
afterEach(async () => c?.close());

const VALDORIA = DEMO.administration.id;
const TRIBUTI = 'valdoria-tributi';
const reasonsUrl = apiPaths.administrationReasons(VALDORIA);
const config = async (terminalId: string) => (await c.app.inject({ url: apiPaths.terminalConfig(terminalId), headers: asTerminal(c.tokens[terminalId]!) })).json();
const stored = (table: 'service_translations' | 'reason_translations') => c.store.db.selectFrom(table).selectAll().orderBy('language').execute();
const audits = (action: string) => c.store.db.selectFrom('audit_log').select(['action', 'target_id', 'details']).where('action', '=', action).execute();

describe('service name translations', () => {
  it('are saved, read back, audited, and reach the terminals that offer the service', async () => {
    const admin = as(c.app, c.admin);
    const before = await config(TOTEM.id);
    expect(before.services.find((s: { id: string }) => s.id === TRIBUTI).translations).toBeUndefined();

    const res = await admin.patch(apiPaths.service(TRIBUTI), { translations: { en: ' Local taxes ', de: 'Steuern', ar: 'الضرائب المحلية' } });
    expect(res.status).toBe(200);
    expect(res.body.translations).toEqual({ en: 'Local taxes', de: 'Steuern', ar: 'الضرائب المحلية' });
    expect(res.body.name).toBe('Tributi');
    expect(await stored('service_translations')).toEqual([
      { service_id: TRIBUTI, language: 'ar', label: 'الضرائب المحلية' },
      { service_id: TRIBUTI, language: 'de', label: 'Steuern' },
      { service_id: TRIBUTI, language: 'en', label: 'Local taxes' },
    ]);
    const [entry] = await audits('service.update');
    expect(entry!.target_id).toBe(TRIBUTI);
    expect(JSON.parse(entry!.details)).toEqual({ translations: { en: 'Local taxes', de: 'Steuern', ar: 'الضرائب المحلية' } });

    const after = await config(TOTEM.id);
    expect(after.version).not.toBe(before.version);
    expect(after.services.find((s: { id: string }) => s.id === TRIBUTI)).toEqual({ id: TRIBUTI, name: 'Tributi', translations: { de: 'Steuern', en: 'Local taxes', ar: 'الضرائب المحلية' } });
    // Untranslated services carry no translations at all: their terminals keep the Italian name.
    expect(after.services.find((s: { id: string }) => s.id === 'valdoria-anagrafe').translations).toBeUndefined();

    const list = await admin.get(apiPaths.administrationServices(VALDORIA));
    expect(list.body.find((s: { id: string }) => s.id === TRIBUTI).translations).toEqual({ de: 'Steuern', en: 'Local taxes', ar: 'الضرائب المحلية' });
  });

  it('are replaced whole; the same set sent again changes and audits nothing', async () => {
    const admin = as(c.app, c.admin);
    await admin.patch(apiPaths.service(TRIBUTI), { translations: { en: 'Local taxes', de: 'Steuern' } });
    const version = (await config(TOTEM.id)).version;
    expect((await admin.patch(apiPaths.service(TRIBUTI), { translations: { de: 'Steuern', en: 'Local taxes' } })).status).toBe(200);
    expect(await audits('service.update')).toHaveLength(1);
    expect((await config(TOTEM.id)).version).toBe(version);
    const res = await admin.patch(apiPaths.service(TRIBUTI), { translations: { fr: 'Impôts locaux' } });
    expect(res.body.translations).toEqual({ fr: 'Impôts locaux' });
    expect((await stored('service_translations')).map((r) => r.language)).toEqual(['fr']);
    expect(await audits('service.update')).toHaveLength(2);
  });

  it('come with a new service', async () => {
    const res = await as(c.app, c.admin).post(apiPaths.services, { administrationId: VALDORIA, name: 'Polizia locale', translations: { en: 'Local police', sl: 'Lokalna policija' } });
    expect(res.status).toBe(201);
    expect(res.body.translations).toEqual({ sl: 'Lokalna policija', en: 'Local police' });
    expect(JSON.parse((await audits('service.create'))[0]!.details).translations).toEqual({ en: 'Local police', sl: 'Lokalna policija' });
  });

  it('refuse an unknown language, a label too long or blank, and store nothing', async () => {
    const admin = as(c.app, c.admin);
    const unknown = await admin.patch(apiPaths.service(TRIBUTI), { name: 'Tributi locali', translations: { en: 'Taxes', xx: 'Taxes' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBeTypeOf('string');
    const long = await admin.patch(apiPaths.service(TRIBUTI), { translations: { de: 'S'.repeat(201) } });
    expect(long.status).toBe(400);
    const blank = await admin.patch(apiPaths.service(TRIBUTI), { name: 'Tributi locali', translations: { de: '   ' } });
    expect(blank.status).toBe(400);
    expect(blank.body.error.problems).toEqual([{ field: '/translations/de', reason: 'must not be blank' }]);
    // Italian is the name itself, not a translation.
    expect((await admin.patch(apiPaths.service(TRIBUTI), { translations: { it: 'Tributi' } })).status).toBe(400);
    expect(await stored('service_translations')).toEqual([]);
    expect((await admin.get(apiPaths.administrationServices(VALDORIA))).body.find((s: { id: string }) => s.id === TRIBUTI).name).toBe('Tributi');
    expect(await audits('service.update')).toEqual([]);
  });

  it('are for administrators of the administration only', async () => {
    const viewer = as(c.app, await personWith(c, 'v@example.org', [grant.viewer(VALDORIA)]));
    expect((await viewer.patch(apiPaths.service(TRIBUTI), { translations: { en: 'Taxes' } })).status).toBe(403);
    expect(await stored('service_translations')).toEqual([]);
  });
});

describe('reason translations', () => {
  it('come with a new administration\'s four default reasons, in each of the terminal\'s other languages', async () => {
    const admin = as(c.app, c.admin);
    const created = await admin.post(apiPaths.administrations, { name: 'Comune di Roccafiume' });
    expect(created.status).toBe(201);
    const reasons: { label: string; translations: Record<string, string> }[] = (await admin.get(apiPaths.administrationReasons(created.body.id))).body;
    expect(reasons.map((r) => r.label)).toEqual(DEFAULT_REASONS.map((r) => r.label));
    for (const r of reasons) expect(Object.keys(r.translations).sort(), r.label).toEqual([...TRANSLATION_LANGUAGES].sort());
    expect(Object.fromEntries(reasons.map((r) => [r.label, r.translations.de]))).toEqual({
      'Tempo di attesa': 'Wartezeit',
      'Il servizio ricevuto': 'Die erhaltene Leistung',
      'Devo tornare un’altra volta': 'Ich muss ein anderes Mal wiederkommen',
      Altro: 'Anderes',
    });
    // No two reasons read alike in any language.
    for (const language of TRANSLATION_LANGUAGES) expect(new Set(reasons.map((r) => r.translations[language])).size, language).toBe(reasons.length);
  });

  it('are saved with the list, kept when a later list leaves them out, and reach the terminals', async () => {
    const admin = as(c.app, c.admin);
    const res = await admin.put(reasonsUrl, {
      reasons: [
        { id: 'valdoria-attesa', label: 'Tempo di attesa', dimension: 'timeliness', translations: { en: 'Waiting time', uk: 'Час очікування' } },
        { label: 'Modulistica poco chiara', dimension: 'transparency', translations: { en: 'Unclear forms' } },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.map((r: { translations: object }) => r.translations)).toEqual([{ en: 'Waiting time', uk: 'Час очікування' }, { en: 'Unclear forms' }]);
    const details = JSON.parse((await audits('reasons.update'))[0]!.details);
    expect(details.reasons[0].translations).toEqual({ en: 'Waiting time', uk: 'Час очікування' });

    const terminal = await config(TOTEM.id);
    expect(terminal.reasons.map((r: { label: string; translations?: object }) => [r.label, r.translations])).toEqual([
      ['Tempo di attesa', { en: 'Waiting time', uk: 'Час очікування' }],
      ['Modulistica poco chiara', { en: 'Unclear forms' }],
    ]);

    // A client that does not know about translations keeps them by leaving them out.
    const again = await admin.put(reasonsUrl, { reasons: res.body.map((r: { id: string; label: string; dimension: string }) => ({ id: r.id, label: r.label, dimension: r.dimension })) });
    expect(again.body[0].translations).toEqual({ en: 'Waiting time', uk: 'Час очікування' });
    // An empty set removes them.
    const cleared = await admin.put(reasonsUrl, { reasons: [{ id: 'valdoria-attesa', label: 'Tempo di attesa', dimension: 'timeliness', translations: {} }] });
    expect(cleared.body[0].translations).toEqual({});
    expect((await config(TOTEM.id)).reasons[0].translations).toBeUndefined();
  });

  it('refuse an unknown language or a label too long, and leave the list as it was', async () => {
    const admin = as(c.app, c.admin);
    const before = (await admin.get(reasonsUrl)).body;
    // The demo's default reasons came with their translations; those of the reasons the list above archived stay stored.
    const storedBefore = await stored('reason_translations');
    const unknown = await admin.put(reasonsUrl, { reasons: [{ id: 'valdoria-attesa', label: 'Attesa', dimension: 'timeliness', translations: { klingon: 'x' } }] });
    expect(unknown.status).toBe(400);
    const long = await admin.put(reasonsUrl, { reasons: [{ id: 'valdoria-attesa', label: 'Attesa', dimension: 'timeliness', translations: { en: 'x'.repeat(201) } }] });
    expect(long.status).toBe(400);
    const blank = await admin.put(reasonsUrl, { reasons: [{ id: 'valdoria-attesa', label: 'Attesa', dimension: 'timeliness', translations: { en: ' ' } }] });
    expect(blank.status).toBe(400);
    expect(blank.body.error.problems).toEqual([{ field: '/reasons/0/translations/en', reason: 'must not be blank' }]);
    expect((await admin.get(reasonsUrl)).body).toEqual(before);
    expect(await stored('reason_translations')).toEqual(storedBefore);
  });
});
