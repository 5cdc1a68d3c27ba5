// The report's download links ask for the files in the dashboard's language: ?lang=en when it is shown in English, ?lang=it in Italian.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ExportLinks } from '../../../../kiosk/dashboard/components/export-links';
import { YearlyExports } from '../../../../kiosk/dashboard/components/yearly-exports';
import { LANGUAGE, setLanguage } from '../../../../kiosk/dashboard/i18n/locale';
import { freshContainer } from '../fixtures/container';

const container = freshContainer();
const pageLang = document.documentElement.lang;
const href = (testId: string) => container().querySelector(`[data-testid="${testId}"]`)?.getAttribute('href');
const query = (testId: string) => Object.fromEntries(new URL(href(testId)!, location.origin).searchParams);
const PERIOD = { from: '2026-03-01', to: '2026-03-31' };

afterEach(() => {
  setLanguage('it');
  document.documentElement.lang = pageLang;
});

describe('<ExportLinks>', () => {
  it('asks for English files when the dashboard is in English', () => {
    // As main.tsx does before the app renders, for ?lang=en or a stored choice.
    setLanguage('en');
    render(<ExportLinks of={{ kind: 'office', officeId: 'sede-centro' }} period={PERIOD} />, container());
    expect(href('export-csv')).toBe('/api/v1/offices/sede-centro/report.csv?from=2026-03-01&to=2026-03-31&lang=en');
    for (const format of ['csv', 'xlsx', 'pdf']) expect(query(`export-${format}`), format).toEqual({ ...PERIOD, lang: 'en' });

    render(<ExportLinks of={{ kind: 'administration', administrationId: 'valdoria' }} period={PERIOD} />, container());
    expect(href('export-pdf')).toBe('/api/v1/administrations/valdoria/report.pdf?from=2026-03-01&to=2026-03-31&lang=en');
    for (const format of ['csv', 'xlsx', 'pdf']) expect(query(`export-${format}`).lang, format).toBe('en');
  });

  it('asks for Italian files, by name, when the dashboard is in Italian', () => {
    expect(LANGUAGE).toBe('it');
    render(<ExportLinks of={{ kind: 'office', officeId: 'sede-centro' }} period={PERIOD} />, container());
    for (const format of ['csv', 'xlsx', 'pdf']) expect(query(`export-${format}`), format).toEqual({ ...PERIOD, lang: 'it' });
  });
});

describe('<YearlyExports>', () => {
  it('asks for the yearly report in the dashboard\'s language', () => {
    setLanguage('en');
    render(<YearlyExports administrationId="valdoria" thisYear={2026} />, container());
    expect(href('yearly-pdf')).toBe('/api/v1/administrations/valdoria/yearly-report.pdf?year=2025&lang=en');
    expect(href('yearly-xlsx')).toBe('/api/v1/administrations/valdoria/yearly-report.xlsx?year=2025&lang=en');

    render(null, container());
    setLanguage('it');
    render(<YearlyExports administrationId="valdoria" thisYear={2026} />, container());
    expect(query('yearly-pdf')).toEqual({ year: '2025', lang: 'it' });
  });
});
