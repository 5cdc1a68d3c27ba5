// The weekday x hour heatmap as a table: votes or share negative per cell, open hours outlined, closed ones said, votes outside opening hours counted apart.
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import '../../../../kiosk/dashboard/dashboard.css';
import '../../../../kiosk/dashboard/report.css';
import { HeatmapSection } from '../../../../kiosk/dashboard/components/heatmap';
import type { Heatmap } from '../../../../server/contract/report';
import { heatmapOf } from '../fixtures/office-report';
import { freshContainer } from '../fixtures/container';

const container = freshContainer();
const $ = (testId: string) => container().querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const cell = (weekday: number, hour: number) => container().querySelector<HTMLElement>(`[data-testid="heat-cell"][data-weekday="${weekday}"][data-hour="${hour}"]`)!;
const shown = (el: HTMLElement) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');


const WEEK = { from: '2024-06-03', to: '2024-06-09' };
const show = (heatmap: Heatmap = heatmapOf(), period = WEEK) => render(<HeatmapSection heatmap={heatmap} timeZone="Europe/Rome" period={period} />, container());

describe('<HeatmapSection>', () => {
  it('is a table of weekdays and the office’s hours, in its time zone', () => {
    show();
    const table = $('heatmap-table')!;
    expect(table.tagName).toBe('TABLE');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Ora', 'Lun', 'Mar', 'Mer', 'Gio', 'Ven', 'Sab', 'Dom']);
    expect(table.querySelector('thead abbr')?.getAttribute('title')).toBe('lunedì');
    // Open 8-12 (Friday to 11) and 14-16 on Monday: every hour from 8 to 16 has a row, quiet ones too.
    expect([...table.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(['08:00', '09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00']);
    expect(table.querySelectorAll('[data-testid="heat-cell"]')).toHaveLength(9 * 7);
    expect($('heatmap')?.textContent).toContain('Europe/Rome');
  });

  it('counts votes per cell, outlines open hours and says which are closed', () => {
    show();
    expect(shown(cell(0, 8))).toBe('11');
    expect(cell(0, 8).className).toBe('is-open');
    expect(cell(0, 8).style.backgroundColor).not.toBe('');
    // A quiet open hour says 0; a quiet closed one stays blank, and a screen reader hears it is closed.
    expect(shown(cell(0, 14))).toBe('0');
    expect(cell(0, 14).className).toBe('is-open');
    expect(shown(cell(5, 10))).toBe('');
    expect(cell(5, 10).className).toBe('is-closed');
    expect(cell(5, 10).textContent).toBe(' (chiuso)');
    expect(getComputedStyle(cell(0, 8)).boxShadow).toContain('inset');
    expect(getComputedStyle(cell(5, 10)).backgroundImage).toContain('repeating-linear-gradient');
    // Friday closes at 12:00: its 12 o'clock votes are outside opening hours, and counted apart.
    expect(cell(4, 12)).toMatchObject({ className: 'is-closed', dataset: { votes: '5', open: 'false' } });
    expect($('outside-opening')?.textContent).toBe('Fuori dall’orario di apertura5 giudizi, 0 negativi.');
  });

  it('toggles to the share of negative votes, with a dash where nobody voted', () => {
    show();
    expect($('heatmap-votes')?.getAttribute('aria-pressed')).toBe('true');
    act(() => $('heatmap-negative')!.click());
    expect($('heatmap-negative')?.getAttribute('aria-pressed')).toBe('true');
    expect($('heatmap-table')?.dataset.mode).toBe('negative');
    // Monday 8 o'clock: 2 negative of 11.
    expect(shown(cell(0, 8))).toBe('18%');
    expect(cell(0, 8).title).toBe('lunedì 08:00–09:00: 11 giudizi, 2 negativi');
    expect(shown(cell(0, 14))).toBe('–');
    expect($('heatmap')?.textContent).toContain('Con pochi giudizi una percentuale cambia molto');
  });

  it('scrolls inside its own box when the cells do not fit, and then takes the keyboard focus', async () => {
    container().style.width = '600px';
    show();
    expect($('heatmap-scroll')?.hasAttribute('tabindex')).toBe(false);
    container().style.width = '220px';
    await vi.waitFor(() => expect($('heatmap-scroll')?.getAttribute('tabindex')).toBe('0'));
    expect($('heatmap-scroll')?.getAttribute('role')).toBe('region');
    expect($('heatmap-scroll')?.getAttribute('aria-label')).toBe('Tabella per giorno e ora: scorre di lato');
  });

  it('leaves blank the weekdays a short period does not contain, rather than calling their hours quiet', () => {
    // Friday 7 June 2024 alone.
    show(heatmapOf(), { from: '2024-06-07', to: '2024-06-07' });
    expect(shown(cell(4, 9))).not.toBe('');
    expect(cell(0, 14).dataset.absent).toBe('true');
    expect(shown(cell(0, 14))).toBe('');
    expect(cell(0, 14).textContent).toBe('non nel periodo');
    expect(container().querySelectorAll('[data-absent="true"]')).toHaveLength(6 * 9);
    expect($('heatmap')?.textContent).toContain('giorno della settimana non compreso nel periodo');
  });

  it('says how many votes from the comune\'s website and from QR codes it leaves out: cast at any hour on people\'s own phones, they are not the office\'s hours', () => {
    show();
    expect($('heatmap-web')).toBeNull();
    expect($('outside-opening')?.textContent).not.toContain('codici QR');
    const leaving = (web: number, qr: number) => render(<HeatmapSection heatmap={{ ...heatmapOf(), notInHours: { web, qr } }} timeZone="Europe/Rome" period={WEEK} />, container());
    leaving(12, 0);
    expect($('heatmap-web')?.textContent).toBe('I 12 giudizi dal sito web del comune non sono nella mappa né fuori orario: si vota dal proprio cellulare o computer, a qualunque ora e in qualunque giorno, e l’orario dell’ufficio non li riguarda. Sono contati in tutto il resto del report.');
    leaving(0, 1);
    expect($('heatmap-web')?.textContent).toBe('Il giudizio da un codice QR non è nella mappa né fuori orario: si vota dal proprio cellulare o computer, a qualunque ora e in qualunque giorno, e l’orario dell’ufficio non lo riguarda. È contato in tutto il resto del report.');
    leaving(1, 4);
    expect($('heatmap-web')?.textContent).toBe('Il giudizio dal sito web del comune e i 4 giudizi dai codici QR non sono nella mappa né fuori orario: si vota dal proprio cellulare o computer, a qualunque ora e in qualunque giorno, e l’orario dell’ufficio non li riguarda. Sono contati in tutto il resto del report.');
    // Where «fuori orario» is counted, it says which votes it is about.
    expect($('outside-opening')?.textContent).toContain('Contano i giudizi dati durante il servizio: terminali, totem e chiamate (canale Telefono). Non quelli dal sito web e dai codici QR.');
  });

  it('says when the office gave no opening hours, and then calls no hour closed', () => {
    const unknown = { ...heatmapOf(() => false), openingHoursKnown: false, outsideOpening: { votes: 2, negative: 1, onHolidays: 2 } };
    show(unknown);
    expect(container().querySelector('.is-closed')).toBeNull();
    expect(container().textContent).not.toContain('(chiuso)');
    expect($('outside-opening')?.textContent).toContain('2 giudizi, 1 negativo; di cui 2 giudizi in giorni di chiusura.');
    expect($('outside-opening')?.textContent).toContain('L’orario di apertura dell’ufficio non è indicato');
  });
});
