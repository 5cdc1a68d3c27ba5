// The trend card: a day's hours say how many of the website's ratings and the QR codes' votes they leave out; longer periods, by day or month, leave none out.
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import '../../../../kiosk/dashboard/dashboard.css';
import { TrendChart } from '../../../../kiosk/dashboard/components/trend-chart';
import type { OfficeReport } from '../../../../server/contract/report';
import { freshContainer } from '../fixtures/container';
import { faces, officeReport } from '../fixtures/office-report';

const container = freshContainer();

const show = (report: OfficeReport, web: number, qr = 0) =>
  render(<TrendChart trend={report.trend} services={report.byService} hours={report.byHour} period={report.period} minSample={report.minSample} notInHours={{ web, qr }} />, container());
const note = () => container().querySelector('[data-testid="trend-web"]')?.textContent;

describe('TrendChart', () => {
  it('says, for one day, how many of the website\'s ratings its hours leave out', () => {
    const byHour = Array.from({ length: 24 }, (_, hour) => ({ hour, total: hour === 10 ? 3 : 0, faces: faces(hour === 10 ? 3 : 0, 0, 0) }));
    const day = officeReport({ period: { from: '2024-06-07', to: '2024-06-07' }, daily: [{ day: '2024-06-07', total: 5, faces: faces(5, 0, 0) }], byHour });
    show(day, 2);
    expect(container().querySelector('[data-testid="trend"]')?.getAttribute('data-unit')).toBe('hour');
    expect(note()).toBe('Senza i 2 giudizi dal sito web del comune, dati a qualunque ora dal proprio cellulare o computer: gli orari dell’ufficio non li riguardano. Sono contati nel resto del report.');
    show(day, 1);
    expect(note()).toBe('Senza il giudizio dal sito web del comune, dato a qualunque ora dal proprio cellulare o computer: gli orari dell’ufficio non lo riguardano. È contato nel resto del report.');
    show(day, 0, 1);
    expect(note()).toBe('Senza il giudizio da un codice QR, dato a qualunque ora dal proprio cellulare o computer: gli orari dell’ufficio non lo riguardano. È contato nel resto del report.');
    show(day, 2, 3);
    expect(note()).toBe('Senza i 2 giudizi dal sito web del comune e i 3 giudizi dai codici QR, dati a qualunque ora dal proprio cellulare o computer: gli orari dell’ufficio non li riguardano. Sono contati nel resto del report.');
    show(day, 0);
    expect(note()).toBeUndefined();
  });

  it('says nothing of them over several days: the days and months count every vote', () => {
    show(officeReport(), 7);
    expect(container().querySelector('[data-testid="trend"]')?.getAttribute('data-unit')).toBe('day');
    expect(note()).toBeUndefined();
  });
});
