// The public page, its open data and its badge show exactly the hand-counted figures of the fixture, suppressed cells included, on both stores.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import { apiPaths } from '../../../server/contract/api';
import { answerText, channelPaths } from '../../../server/contract/channel-points';
import type { ChannelPoint } from '../../../server/contract/channel-schemas';
import { publicPaths } from '../../../server/contract/public-page';
import type { OpenData, OpenDataRow } from '../../../server/contract/public-page-schemas';
import { DEMO } from '../../../server/store/seed-demo';
import { as } from '../admin/admin-api';
import { formulaCells, splitAsSpreadsheet } from '../helpers/spreadsheet-csv';
import type { TestCollector } from '../helpers/test-collector';
import { ANAGRAFE, MIN_SAMPLE, NOW, publish, SOCIALI, startFixture, TRIBUTI, URP, VALDORIA } from './fixture';

let c: TestCollector;
beforeAll(async () => {
  ({ c } = await startFixture());
  await publish(c, VALDORIA, { note: 'Dati rilevati con i totem\nnegli uffici <b>comunali</b>.' });
});
afterAll(async () => c?.close());

const get = (url: string) => c.app.inject({ url });

/** A row in short: what a reader counts by hand. */
const brief = (r: OpenDataRow) => [r.status, r.votes, r.positive, r.neutral, r.negative, r.positiveShare, r.index];
const find = (rows: OpenDataRow[], month: string, group: string, key?: string) =>
  rows.find((r) => r.month === month && r.group === group && (key === undefined || r.serviceId === key || r.channel === key))!;

describe('the open data (JSON)', () => {
  let data: OpenData;
  beforeAll(async () => {
    const res = await get(publicPaths.data(VALDORIA, 'json'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    data = res.json();
  });

  it('carries its metadata: publisher, licence with name and URL, the 12 complete months, the minimum sample', () => {
    expect(data).toMatchObject({
      schemaVersion: '1.0',
      publisher: { id: VALDORIA, name: 'Comune di Valdoria' },
      licence: { id: 'CC-BY-4.0', name: 'Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/' },
      period: { from: '2025-11', to: '2026-10' },
      generatedAt: '2026-11-03T10:00:00.000Z',
      minSample: MIN_SAMPLE,
      note: 'Dati rilevati con i totem\nnegli uffici <b>comunali</b>.',
    });
    expect(data.schema).toMatch(/^http:\/\/[^/]+\/pubblico\/-\/schema\/dati-v1\.json$/);
  });

  it('has a row per month for the total, each contact channel and each service rated in the period, in that order', () => {
    expect(data.rows).toHaveLength(12 * (1 + 3 + 4));
    const october = data.rows.filter((r) => r.month === '2026-10').map((r) => r.group === 'service' ? r.service : r.group === 'channel' ? r.channel : 'all');
    expect(october).toEqual(['all', 'sportello', 'telefono', 'web', 'Anagrafe e stato civile', 'Servizi sociali', 'Tributi', 'URP - Relazioni con il pubblico']);
    expect(new Set(data.rows.map((r) => r.month)).size).toBe(12);
  });

  it('orders the services as an Italian reader looks them up, capitals or not («Servizi sociali» before «SUAP»)', async () => {
    const rename = (id: string, name: string) => c.store.db.updateTable('services').set({ name }).where('id', '=', id).execute();
    await rename(URP, 'SUAP - Sportello unico');
    try {
      const renamed: OpenData = (await get(publicPaths.data(VALDORIA, 'json'))).json();
      const services = [...new Set(renamed.rows.filter((r) => r.group === 'service').map((r) => r.service))];
      expect(services).toEqual(['Anagrafe e stato civile', 'Servizi sociali', 'SUAP - Sportello unico', 'Tributi']);
    } finally {
      await rename(URP, 'URP - Relazioni con il pubblico');
    }
  });

  it('October 2026: totals and channels published; tributi a small sample, so sociali (the smallest other service) withheld', () => {
    const m = '2026-10';
    expect(brief(find(data.rows, m, 'all'))).toEqual(['published', 25, 17, 5, 3, 0.68, 78]);
    expect(brief(find(data.rows, m, 'channel', 'sportello'))).toEqual(['published', 19, 14, 2, 3, 0.7368, 78.9]);
    expect(brief(find(data.rows, m, 'channel', 'telefono'))).toEqual(['published', 6, 3, 3, 0, 0.5, 75]);
    expect(brief(find(data.rows, m, 'channel', 'web'))).toEqual(['no-votes', 0, null, null, null, null, null]);
    expect(brief(find(data.rows, m, 'service', ANAGRAFE))).toEqual(['published', 15, 11, 2, 2, 0.7333, 80]);
    expect(brief(find(data.rows, m, 'service', SOCIALI))).toEqual(['withheld', 6, null, null, null, null, null]);
    expect(brief(find(data.rows, m, 'service', TRIBUTI))).toEqual(['small-sample', 4, null, null, null, null, null]);
    expect(brief(find(data.rows, m, 'service', URP))).toEqual(['no-votes', 0, null, null, null, null, null]);
  });

  it('September 2026: web and urp small; the only other channel and the smallest other service withheld', () => {
    const m = '2026-09';
    expect(brief(find(data.rows, m, 'all'))).toEqual(['published', 17, 14, 0, 3, 0.8235, 82.4]);
    expect(brief(find(data.rows, m, 'channel', 'sportello'))).toEqual(['withheld', 14, null, null, null, null, null]);
    expect(brief(find(data.rows, m, 'channel', 'web'))).toEqual(['small-sample', 3, null, null, null, null, null]);
    expect(brief(find(data.rows, m, 'service', ANAGRAFE))).toEqual(['published', 8, 8, 0, 0, 1, 100]);
    expect(brief(find(data.rows, m, 'service', TRIBUTI))).toEqual(['withheld', 6, null, null, null, null, null]);
    expect(brief(find(data.rows, m, 'service', URP))).toEqual(['small-sample', 3, null, null, null, null, null]);
  });

  it('August 2026 is a small sample throughout; November 2025 (exactly the minimum) is published; months without votes say so', () => {
    expect(brief(find(data.rows, '2026-08', 'all'))).toEqual(['small-sample', 3, null, null, null, null, null]);
    expect(brief(find(data.rows, '2026-08', 'service', ANAGRAFE))).toEqual(['small-sample', 3, null, null, null, null, null]);
    expect(brief(find(data.rows, '2025-11', 'all'))).toEqual(['published', 5, 5, 0, 0, 1, 100]);
    const empty = data.rows.filter((r) => r.month >= '2025-12' && r.month <= '2026-07');
    expect(empty).toHaveLength(8 * 8);
    expect(empty.every((r) => r.status === 'no-votes' && r.votes === 0)).toBe(true);
  });

  it('leaves out the month under way and the months before the period', () => {
    expect(data.rows.reduce((n, r) => n + (r.group === 'all' ? r.votes : 0), 0)).toBe(5 + 3 + 17 + 25);
  });

  it('gives participation where people served are known: 10 votes of 50 people served for anagrafe in October', () => {
    const participation = (r: OpenDataRow) => [r.served, r.servedVotes, r.participation, r.participationDays];
    expect(participation(find(data.rows, '2026-10', 'all'))).toEqual([50, 10, 0.2, 2]);
    expect(participation(find(data.rows, '2026-10', 'channel', 'sportello'))).toEqual([50, 10, 0.2, 2]);
    expect(participation(find(data.rows, '2026-10', 'service', ANAGRAFE))).toEqual([50, 10, 0.2, 2]);
    expect(participation(find(data.rows, '2026-10', 'service', SOCIALI))).toEqual([null, null, null, 0]);
    expect(participation(find(data.rows, '2026-09', 'all'))).toEqual([null, null, null, 0]);
  });

  it('validates against the JSON Schema it names, which is the one docs/open-data.md documents', async () => {
    const res = await get(publicPaths.schema);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/schema+json; charset=utf-8');
    const schema = res.json();
    const docs = fs.readFileSync(new URL('../../../docs/open-data.md', import.meta.url), 'utf8');
    const documented = /<!-- schema:start -->\s*```json\n([\s\S]*?)```\s*<!-- schema:end -->/.exec(docs)?.[1];
    expect(documented, 'docs/open-data.md quotes the schema between <!-- schema:start --> and <!-- schema:end -->').toBeDefined();
    expect(JSON.parse(documented!)).toEqual(schema);
    expect([...Value.Errors(schema, data)].map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
    // And it is a real check: a published cell without its share does not pass.
    expect(Value.Check(schema, { ...data, rows: [{ ...data.rows[0], positiveShare: 'alto' }] })).toBe(false);
  });

  it('another period on request: from and to, whole months', async () => {
    const res = await get(`${publicPaths.data(VALDORIA, 'json')}?from=2026-09&to=2026-10`);
    const body: OpenData = res.json();
    expect(body.period).toEqual({ from: '2026-09', to: '2026-10' });
    expect(body.rows.filter((r) => r.group === 'all').map((r) => [r.month, r.votes])).toEqual([['2026-09', 17], ['2026-10', 25]]);
    // Only the services rated in that period.
    expect(body.rows.filter((r) => r.month === '2026-10' && r.group === 'service').map((r) => r.serviceId)).toEqual([ANAGRAFE, SOCIALI, TRIBUTI, URP]);
  });
});

/** RFC 4180 as written here: quotes only around fields that need them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.trimEnd().split('\r\n')) {
    const cells: string[] = [];
    for (const m of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
      cells.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!);
      if (m[2] === '') break;
    }
    rows.push(cells);
  }
  return rows;
}

describe('the open data (CSV)', () => {
  it('has the JSON rows, the same columns in the same order, nulls empty, comma-separated without BOM', async () => {
    const [csv, json] = await Promise.all([get(publicPaths.data(VALDORIA, 'csv')), get(publicPaths.data(VALDORIA, 'json'))]);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="gradimento-${VALDORIA}-2025-11-2026-10.csv"`);
    expect(csv.body.charCodeAt(0)).not.toBe(0xfeff);
    const [header, ...lines] = parseCsv(csv.body);
    const rows: OpenDataRow[] = json.json().rows;
    expect(header).toEqual(Object.keys(rows[0]!));
    expect(lines).toHaveLength(rows.length);
    expect(lines).toEqual(rows.map((r) => Object.values(r).map((v) => (v === null ? '' : String(v)))));
    expect(lines.find((l) => l[0] === '2026-10' && l[1] === 'all')).toEqual(['2026-10', 'all', '', '', '', 'published', '25', '17', '5', '3', '0.68', '78', '50', '10', '0.2', '2']);
  });

  it('runs no formula hidden in a service name, split on \',\' as written or on \';\' by a spreadsheet set to Italian', async () => {
    const rename = (id: string, name: string) => c.store.db.updateTable('services').set({ name }).where('id', '=', id).execute();
    await rename(ANAGRAFE, 'Anagrafe;=HYPERLINK("http://x")');
    await rename(TRIBUTI, 'Tributi,=HYPERLINK("http://x")');
    try {
      const csv = await get(publicPaths.data(VALDORIA, 'csv'));
      expect(csv.statusCode).toBe(200);
      expect(formulaCells(csv.body)).toEqual([]);
      const services = new Set(splitAsSpreadsheet(csv.body, ',').map((cells) => cells[3]));
      expect(services).toContain('Anagrafe;\'=HYPERLINK("http://x")');
      expect(services).toContain('Tributi,\'=HYPERLINK("http://x")');
    } finally {
      await rename(ANAGRAFE, 'Anagrafe e stato civile');
      await rename(TRIBUTI, 'Tributi');
    }
  });
});

/** The cells of a table's rows, tags stripped: [["ottobre 2026", "25", "68,0%", ...], ...]. */
function tableRows(page: string, caption: string): string[][] {
  const table = page.split('<table>').find((t) => t.includes(`<caption>${caption}</caption>`));
  if (!table) throw new Error(`no table "${caption}"`);
  const body = table.slice(table.indexOf('<tbody>'), table.indexOf('</tbody>'));
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((tr) => [...tr[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((td) => td[1]!.replace(/<span class="n">/g, ' · ').replace(/<[^>]+>/g, '').trim()));
}

describe('the page', () => {
  let page: string;
  beforeAll(async () => {
    const res = await get(publicPaths.page(VALDORIA));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    page = res.body;
  });

  it('is Italian, names the administration and the period, and the time the data were read', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="it">/);
    expect(page).toContain('<p class="ente">Comune di Valdoria</p>');
    expect(page).toContain('Periodo: da novembre 2025 a ottobre 2026, mesi interi. Dati letti il 3 novembre 2026 alle 11:00.');
    expect(page).not.toContain('<script');
  });

  it('shows the note as text, never as markup, line breaks kept', () => {
    expect(page).toContain('<p>Dati rilevati con i totem\nnegli uffici &lt;b&gt;comunali&lt;/b&gt;.</p>');
  });

  it('sums up the last month: share positive, index, participation', () => {
    const cards = page.slice(page.indexOf('<ul class="cards">'), page.indexOf('</ul>'));
    expect(cards.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()).toBe(
      'Giudizi positivi 68,0% 17 su 25 giudizi Indice di soddisfazione 78,0 da 0 a 100 Partecipazione 20,0% 10 giudizi su 50 persone servite',
    );
  });

  it('lists all services month by month, newest first, suppressed months in words', () => {
    const rows = tableRows(page, 'Tutti i servizi: giudizi per mese');
    expect(rows).toHaveLength(12);
    expect(rows.slice(0, 3)).toEqual([
      ['ottobre 2026', '25', '68,0%', '78,0', '20,0% · 10 su 50 persone servite'],
      ['settembre 2026', '17', '82,4%', '82,4', 'non disponibile'],
      ['agosto 2026', '3', 'campione insufficiente', 'non disponibile'],
    ]);
    expect(rows[3]).toEqual(['luglio 2026', '0', 'nessun giudizio', 'non disponibile']);
    expect(rows[11]).toEqual(['novembre 2025', '5', '100,0%', '100,0', 'non disponibile']);
  });

  it('shows each channel that had votes, share positive with its count; withheld and small cells in words', () => {
    const rows = tableRows(page, 'Giudizi positivi per canale e mese');
    expect(page).toMatch(/<thead><tr><th scope="col">Mese<\/th><th scope="col">Sportello<\/th><th scope="col">Telefono<\/th><th scope="col">Web<\/th><\/tr><\/thead>/);
    expect(rows[0]).toEqual(['ottobre 2026', '73,7% · 19 giudizi', '50,0% · 6 giudizi', 'nessun giudizio']);
    expect(rows[1]).toEqual(['settembre 2026', 'dato omesso · 14 giudizi', 'nessun giudizio', 'campione insufficiente · 3 giudizi']);
  });

  it('shows each service rated in the period, in name order, and names those nobody rated', () => {
    expect([...page.matchAll(/<h3 id="servizio-\d+">([^<]+)<\/h3>/g)].map((m) => m[1])).toEqual(['Anagrafe e stato civile', 'Servizi sociali', 'Tributi', 'URP - Relazioni con il pubblico']);
    expect(tableRows(page, 'Anagrafe e stato civile: giudizi per mese')[0]).toEqual(['ottobre 2026', '15', '73,3%', '80,0', '20,0% · 10 su 50 persone servite']);
    expect(tableRows(page, 'Servizi sociali: giudizi per mese')[0]).toEqual(['ottobre 2026', '6', 'dato omesso']);
    expect(tableRows(page, 'Tributi: giudizi per mese').slice(0, 2)).toEqual([
      ['ottobre 2026', '4', 'campione insufficiente'],
      ['settembre 2026', '6', 'dato omesso'],
    ]);
    expect(page).toContain('Nessun giudizio nel periodo per: SUAP - Sportello unico attività produttive.');
  });

  it('never shows the figure of a suppressed cell', () => {
    // Tributi in October: 3 of 4 positive would be 75,0%; sociali: 50,0% (which only the phone channel shows, being all of it).
    const tributi = tableRows(page, 'Tributi: giudizi per mese');
    expect(tributi.flat().join(' ')).not.toMatch(/75,0%|50,0%/);
    expect(page).toContain(`meno di ${MIN_SAMPLE} giudizi`);
  });

  it('holds no personal data: no terminals, counters, offices, people or comments', async () => {
    const terminals = await c.store.db.selectFrom('terminals').select(['id', 'name']).execute();
    const offices = await c.store.db.selectFrom('offices').select(['id', 'name']).execute();
    const users = await c.store.db.selectFrom('users').select(['email', 'name']).execute();
    const json = (await get(publicPaths.data(VALDORIA, 'json'))).body;
    const csv = (await get(publicPaths.data(VALDORIA, 'csv'))).body;
    for (const text of [page, json, csv]) {
      for (const word of [...terminals.flatMap((t) => [t.id, t.name]), ...offices.flatMap((o) => [o.id, o.name]), ...users.flatMap((u) => [u.email, u.name])]) {
        expect(text.includes(word), word).toBe(false);
      }
    }
  });

  it('links its stylesheet, the open data and the schema; the stylesheet and fonts are served for a year', async () => {
    const css = /<link rel="stylesheet" href="([^"]+)">/.exec(page)![1]!;
    const res = await get(css);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const fonts = [...res.body.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(fonts).toHaveLength(3);
    for (const font of fonts) {
      const f = await get(`/pubblico/-/${font}`);
      expect([f.statusCode, f.headers['content-type']]).toEqual([200, 'font/woff2']);
    }
    for (const href of [publicPaths.data(VALDORIA, 'csv'), publicPaths.data(VALDORIA, 'json'), publicPaths.schema]) expect(page).toContain(`href="${href}"`);
    expect(page).toContain('<a href="https://creativecommons.org/licenses/by/4.0/" rel="license">Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)</a>');
  });
});

describe('the badge', () => {
  it('shows the last complete month\'s share positive with its count', async () => {
    const res = await get(publicPaths.badge(VALDORIA));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(res.body).toContain('aria-label="Comune di Valdoria, ottobre 2026: 68,0% di giudizi positivi su 25 giudizi"');
    expect(res.body).toContain('>68,0%</tspan>');
    expect(res.body).toContain('>ottobre 2026 · 25 giudizi</text>');
    // The summary's size: 240 x 72.
    expect(res.body).toMatch(/^<svg [^>]*width="240" height="72" viewBox="0 0 240 72"/);
    expect(res.body).not.toMatch(/<script|<style|href=/);
  });

  it('says "dati insufficienti" for a month below the minimum sample, and for a month without votes', async () => {
    const august = (await get(`${publicPaths.badge(VALDORIA)}?month=2026-08`)).body;
    expect(august).toContain('>dati insufficienti</tspan>');
    expect(august).toContain('>agosto 2026 · solo 3 giudizi</text>');
    expect(august).not.toContain('100,0%');
    const july = (await get(`${publicPaths.badge(VALDORIA)}?month=2026-07`)).body;
    expect(july).toContain('>luglio 2026 · nessun giudizio</text>');
  });
});

// docs/channels.md: the web widget's comments are shown to managers in scope, "never on the public page or in the open data".
describe('the web widget\'s comments', () => {
  const COMMENT = 'commento-segreto-123';
  const ANSWER = 'capivo';
  let w: TestCollector;
  beforeAll(async () => {
    const fixture = await startFixture();
    w = fixture.c;
    const point: ChannelPoint = (await as(w.app, w.admin).post(apiPaths.officeChannelPoints(DEMO.offices[0]!.id), { kind: 'web', serviceId: URP })).body;
    // Six ratings with comments in June 2026, a month with no other votes: enough to be published.
    fixture.clock.set('2026-06-15T08:00:00.000Z');
    for (let i = 0; i < 6; i++) {
      const res = await w.app.inject({ method: 'POST', url: channelPaths.webVotes(point.id), payload: { stars: 5, answer: ANSWER, comment: `${COMMENT} n. ${i}` }, headers: { origin: 'https://www.comune.valdoria.it' }, remoteAddress: `192.0.2.${i + 1}` });
      expect(res.statusCode, res.body).toBe(201);
    }
    fixture.clock.set(NOW);
    await publish(w);
    const stored = await w.store.db.selectFrom('web_feedback').select(['comment', 'answer']).where('point_id', '=', point.id).execute();
    expect(stored).toHaveLength(6);
    expect(stored.every((r) => r.comment?.startsWith(COMMENT) && r.answer === ANSWER)).toBe(true);
  });
  afterAll(async () => w?.close());

  it('appear neither on the page nor in the open data (CSV, JSON) nor in the badge, which count the votes', async () => {
    const fetch = async (url: string) => {
      const res = await w.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      return res.body;
    };
    const page = await fetch(publicPaths.page(VALDORIA));
    const csv = await fetch(publicPaths.data(VALDORIA, 'csv'));
    const json = await fetch(publicPaths.data(VALDORIA, 'json'));
    const badge = await fetch(`${publicPaths.badge(VALDORIA)}?month=2026-06`);
    // The votes are there...
    expect(tableRows(page, 'Giudizi positivi per canale e mese').find((r) => r[0] === 'giugno 2026')).toEqual(['giugno 2026', 'nessun giudizio', 'nessun giudizio', '100,0% · 6 giudizi']);
    expect(brief(find((JSON.parse(json) as OpenData).rows, '2026-06', 'channel', 'web'))).toEqual(['published', 6, 6, 0, 0, 1, 100]);
    expect(csv.split('\r\n').find((l) => l.startsWith('2026-06,channel,,,web,'))).toMatch(/^2026-06,channel,,,web,published,6,6,0,0,1,100,/);
    expect(badge).toContain('>giugno 2026 · 6 giudizi</text>');
    // ...their words are not.
    for (const [name, text] of Object.entries({ page, csv, json, badge })) {
      expect(text, name).not.toContain(COMMENT);
      expect(text, name).not.toContain(answerText(ANSWER));
      expect(text, name).not.toContain('Quali sono stati gli aspetti che hai preferito');
    }
  });
});
