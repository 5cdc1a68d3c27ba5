// The management pages' pure helpers: list order, charter standard input, opening hours in one line, audit details in Italian.
import { describe, expect, it } from 'vitest';
import { describeDetails, type NameBook } from '../../../../kiosk/dashboard/admin/audit-details';
import { formatCountdown } from '../../../../kiosk/dashboard/admin/format-when';
import { move } from '../../../../kiosk/dashboard/admin/list-order';
import { hoursSummary } from '../../../../kiosk/dashboard/admin/offices-page';
import { parseStandard } from '../../../../kiosk/dashboard/admin/services-page';

describe('move', () => {
  it('moves one item a step and ignores moves off the ends', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
  });
});

describe('parseStandard', () => {
  it('reads empty as no standard and a whole 0-100 (with or without %) as the minimum', () => {
    expect(parseStandard('')).toBeNull();
    expect(parseStandard(' 80 ')).toEqual({ minPositivePct: 80 });
    expect(parseStandard('85%')).toEqual({ minPositivePct: 85 });
    expect(parseStandard('0')).toEqual({ minPositivePct: 0 });
    expect(parseStandard('100')).toEqual({ minPositivePct: 100 });
    for (const bad of ['101', '80.5', '-1', 'ottanta']) expect(parseStandard(bad), bad).toBe('invalid');
  });
});

describe('hoursSummary', () => {
  it('writes the open days of the week in one line', () => {
    const hours = { mon: [{ from: '08:30', to: '12:30' }, { from: '14:30', to: '17:00' }], tue: [], wed: [{ from: '08:30', to: '12:30' }], thu: [], fri: [], sat: [], sun: [] };
    expect(hoursSummary(hours)).toBe('Lun 08:30–12:30, 14:30–17:00 · Mer 08:30–12:30');
  });

  it('says the hours are not given, not that the office is closed, when no day has any', () => {
    expect(hoursSummary({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] })).toBe('non indicato');
  });
});

describe('describeDetails', () => {
  const names: NameBook = {
    administration: (id) => ({ aldeno: 'Comune di Aldeno' })[id],
    office: (id) => ({ 'aldeno-centro': 'Sede centrale' })[id],
    service: (id) => ({ 'aldeno-anagrafe': 'Anagrafe', 'aldeno-tributi': 'Tributi <b>IMU</b>' })[id],
    terminal: (id) => ({ 'aldeno-totem': 'Totem dell’atrio' })[id],
    user: () => undefined,
  };
  const lines = (details: Record<string, unknown>) => describeDetails(details, names).map((d) => `${d.label}: ${d.value}`);

  it('names every field in Italian and every item by its name, as text', () => {
    expect(lines({ name: 'Totem', officeId: 'aldeno-centro', mode: 'totem', serviceIds: ['aldeno-anagrafe', 'aldeno-tributi'], scale: 3 })).toEqual([
      'Nome: Totem',
      'Ufficio: Sede centrale',
      'Modalità: Totem (più servizi)',
      'Servizi: Anagrafe, Tributi <b>IMU</b>',
      'Scala dei giudizi: 3 facce (Mettiamoci la faccia)',
    ]);
    expect(lines({ standard: { minPositivePct: 80 } })).toEqual(['Standard della Carta dei servizi: almeno 80% positivi']);
    expect(lines({ standard: null })).toEqual(['Standard della Carta dei servizi: nessuno standard']);
    expect(lines({ grants: [{ role: 'office_manager', administrationId: 'aldeno', officeId: 'aldeno-centro' }], previousGrants: [{ role: 'viewer', administrationId: 'aldeno', officeId: null }] })).toEqual([
      'Ruoli: Responsabile d’ufficio · Comune di Aldeno · Sede centrale',
      'Ruoli precedenti: Consultazione report · Comune di Aldeno',
    ]);
    expect(lines({ terminals: ['aldeno-totem'], wasEnrolled: true, via: 'command line', holidays: ['2024-12-25'] })).toEqual([
      'Terminali interessati: Totem dell’atrio',
      'Era abbinato: sì',
      'Tramite: riga di comando',
      'Giorni di chiusura: 25 dicembre 2024',
    ]);
    expect(lines({ openingHours: { mon: [{ from: '08:30', to: '12:30' }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, address: '' })).toEqual([
      'Orario di apertura: Lun 08:30–12:30',
      'Indirizzo: —',
    ]);
    expect(lines({ standard: { minPositivePct: 85 }, standardFrom: '2026-01-01' })).toEqual(['Standard della Carta dei servizi: almeno 85% positivi', 'In vigore dal: 1 gennaio 2026']);
    expect(lines({ translations: { en: 'Local taxes', de: 'Steuern' } })).toEqual(['Traduzioni: Inglese: Local taxes; Tedesco: Steuern']);
    expect(lines({ name: 'Ticket', url: 'https://ticket.example.org/hook', rulesReleased: ['Negativi in sede', 'Silenzio'] })).toEqual([
      'Nome: Ticket',
      'Indirizzo del webhook: https://ticket.example.org/hook',
      'Regole che lo usavano (ora senza webhook): Negativi in sede, Silenzio',
    ]);
    expect(lines({ translations: {} })).toEqual(['Traduzioni: —']);
    expect(lines({ source: 'api', by: 'api-key:Eliminacode atrio', entries: 3, from: '2026-03-02', to: '2026-03-04', stored: 2, removed: 1 })).toEqual([
      'Origine: chiave API (eliminacode)',
      'Inviati da: chiave API Eliminacode atrio',
      'Numeri inviati: 3',
      'Dal: 2 marzo 2026',
      'Al: 4 marzo 2026',
      'Salvati: 2',
      'Tolti: 1',
    ]);
  });

  it('keeps an id it cannot name, and a field newer than the page as it came', () => {
    expect(lines({ serviceIds: ['altrove-urp'], colour: { r: 1 } })).toEqual(['Servizi: altrove-urp', 'colour: {"r":1}']);
  });
});

describe('formatCountdown', () => {
  it('shows minutes and seconds, never below zero', () => {
    expect(formatCountdown(15 * 60_000)).toBe('15:00');
    expect(formatCountdown(61_001)).toBe('1:02');
    expect(formatCountdown(-5)).toBe('0:00');
  });
});
