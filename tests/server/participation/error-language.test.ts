// A CSV import's bad lines and a report's bad period are refused in the language the request asks for: Italian for the dashboard in Italian, English otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { DEMO } from '../../../server/store/seed-demo';
import { fixedClock, startCollector, type TestCollector } from '../helpers/test-collector';

const MUNICIPIO = DEMO.offices[0]!.id;

let c: TestCollector;
beforeAll(async () => {
  c = await startCollector({ now: fixedClock('2026-04-15T10:00:00Z') });
});
afterAll(async () => c?.close());

const language = (asked?: string) => (asked ? { 'accept-language': asked } : {});

const importCsv = (text: string, asked?: string) =>
  c.app.inject({
    method: 'POST',
    url: apiPaths.officePeopleServedCsv(MUNICIPIO),
    headers: { ...c.admin.headers, 'content-type': 'text/csv; charset=utf-8', ...language(asked) },
    payload: text,
  });

const report = (from: string, to: string, asked?: string) =>
  c.app.inject({ url: `${apiPaths.officeReport(MUNICIPIO)}?from=${from}&to=${to}`, headers: { ...c.admin.headers, ...language(asked) } });

/** One line for each reason a line can have, and a figure given twice. */
const BAD_FILE = [
  'giorno;servizio;canale;persone',
  '2026-03-02;Anagrafe e stato civile;sportello;40',
  '31/02/2026;Anagrafe e stato civile;;10',
  'ieri;Tributi;;10',
  '2026-03-03;Biblioteca;sportello;10',
  '2026-03-03;;sportello;10',
  '2026-03-04;valdoria-tributi;fax;10',
  '2026-03-05;Tributi;sportello;dieci',
  '2026-03-06;Tributi;telefono;',
].join('\r\n');

describe('a CSV import with bad lines', () => {
  it('names each line\'s reason in Italian when the request asks for Italian', async () => {
    const res = await importCsv(BAD_FILE, 'it-IT,it;q=0.9');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-language']).toBe('it');
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('7 problemi nel file: non è stato importato nulla. Correggi le righe indicate e importa di nuovo l’intero file.');
    expect(error.problems).toEqual([
      { line: 3, field: '/giorno', reason: '«31/02/2026» non è una data del calendario' },
      { line: 4, field: '/giorno', reason: '«ieri» non è una data (scrivi 2026-03-31 oppure 31/03/2026)' },
      { line: 5, field: '/servizio', reason: 'nessun servizio si chiama «Biblioteca» (scrivi il nome o l’identificativo del servizio)' },
      { line: 6, field: '/servizio', reason: 'è vuoto' },
      { line: 7, field: '/canale', reason: '«fax» non è un canale (sportello, telefono o web)' },
      { line: 8, field: '/persone', reason: '«dieci» non è un numero intero di persone da 0 a 100.000' },
      { line: 9, field: '/persone', reason: 'è vuoto (scrivi 0 per un giorno in cui non è stato servito nessuno)' },
    ]);
  });

  it('names them in English, word for word as before, when the request names no language', async () => {
    const res = await importCsv(BAD_FILE);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-language']).toBe('en');
    const { error } = res.json();
    expect(error.message).toBe('7 problem(s) in the file; nothing was imported. Fix the lines listed and import the whole file again.');
    expect(error.problems).toEqual([
      { line: 3, field: '/giorno', reason: '"31/02/2026" is not a calendar date' },
      { line: 4, field: '/giorno', reason: '"ieri" is not a date (write 2026-03-31 or 31/03/2026)' },
      { line: 5, field: '/servizio', reason: 'no service is called "Biblioteca" (use its name or id)' },
      { line: 6, field: '/servizio', reason: 'is empty' },
      { line: 7, field: '/canale', reason: '"fax" is not a channel (sportello, telefono or web)' },
      { line: 8, field: '/persone', reason: '"dieci" is not a whole number of people from 0 to 100000' },
      { line: 9, field: '/persone', reason: 'is empty (write 0 for a day nobody was served)' },
    ]);
  });

  it('says in either language what the header misses, a figure given twice, a day to come, and a file without figures', async () => {
    const cases: [string, string, string][] = [
      [
        'giorno;canale\n2026-03-02;sportello\n',
        'la prima riga deve dare i nomi delle colonne; mancano: servizio, persone (per esempio «giorno;servizio;canale;persone»)',
        'the first line must name the columns; missing: servizio, persone (e.g. "giorno;servizio;canale;persone")',
      ],
      [
        'giorno;servizio;persone\n2026-03-02;Tributi;4\n2026-03-02;Tributi;6\n',
        'un secondo numero per lo stesso servizio, canale e giorno (il primo è alla riga 2)',
        'a second figure for the same service, channel and day (the first is line 2)',
      ],
      [
        'giorno;servizio;persone\n2026-04-16;Tributi;4\n',
        'il 16 aprile 2026 non è ancora arrivato nel fuso orario dell’ufficio (oggi è il 15 aprile 2026)',
        '2026-04-16 has not come yet in the office\'s time zone (today is 2026-04-15)',
      ],
      ['giorno;servizio;persone\n\n', 'il file ha la riga dei nomi delle colonne ma nessun numero', 'the file has a header but no figures'],
    ];
    for (const [file, italian, english] of cases) {
      const it_ = (await importCsv(file, 'it')).json().error;
      expect(it_.message, file).toMatch(/^1 problema\b.*non è stato (importato|salvato) nulla\./);
      expect(it_.problems.map((p: { reason: string }) => p.reason), file).toEqual([italian]);
      const en = (await importCsv(file)).json().error;
      expect(en.message, file).toMatch(/^1 problem\(s\).*nothing was (imported|stored)\./);
      expect(en.problems.map((p: { reason: string }) => p.reason), file).toEqual([english]);
    }
  });
});

describe('a report period that is not one', () => {
  it('is refused in Italian when the request asks for Italian', async () => {
    const backwards = await report('2026-03-10', '2026-03-09', 'it');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.headers['content-language']).toBe('it');
    expect(backwards.json().error).toEqual({
      code: 'validation_failed',
      message: 'Il periodo del report non è valido.',
      problems: [{ field: '/to', reason: 'non può essere prima di «from» (2026-03-10)' }],
    });
    expect((await report('2026-02-30', '2026-03-09', 'it')).json().error.problems).toEqual([
      { field: '/from', reason: '«2026-02-30» non è una data del calendario (AAAA-MM-GG)' },
    ]);
    expect((await report('2020-01-01', '2026-03-09', 'it')).json().error.problems).toEqual([
      { field: '/to', reason: expect.stringMatching(/^il periodo può coprire al massimo \d+ giorni, non 2260$/) },
    ]);
  });

  it('is refused in English, as before, when the request names no language', async () => {
    const backwards = await report('2026-03-10', '2026-03-09');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.headers['content-language']).toBe('en');
    expect(backwards.json().error).toEqual({
      code: 'validation_failed',
      message: 'The report period is invalid.',
      problems: [{ field: '/to', reason: 'must not be before from (2026-03-10)' }],
    });
    expect((await report('2026-02-30', '2026-03-09')).json().error.problems).toEqual([{ field: '/from', reason: '"2026-02-30" is not a calendar date (YYYY-MM-DD)' }]);
  });

  it('names an unknown office in the language asked for', async () => {
    const url = `${apiPaths.officeReport('valdoria-luna')}?from=2026-03-01&to=2026-03-31`;
    const italian = await c.app.inject({ url, headers: { ...c.admin.headers, 'accept-language': 'it' } });
    const english = await c.app.inject({ url, headers: c.admin.headers });
    // An installation admin may read any office: the refusal is that it does not exist.
    expect([italian.statusCode, italian.json().error]).toEqual([404, { code: 'office_unknown', message: 'L’ufficio «valdoria-luna» non esiste.' }]);
    expect([english.statusCode, english.json().error]).toEqual([404, { code: 'office_unknown', message: 'Office "valdoria-luna" does not exist.' }]);
  });
});
