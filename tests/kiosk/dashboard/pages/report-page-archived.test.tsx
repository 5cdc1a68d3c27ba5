// Archived offices on the report page: a bookmark to one opens its report, tagged closed, instead of another office;
// «Mostra anche gli uffici chiusi» lists them in the picker, tagged; an office that does not exist is still replaced.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { OfficeSummary } from '../../../../server/contract/report';
import type { LiveConnector } from '../../../../kiosk/dashboard/live';
import { ReportPage } from '../../../../kiosk/dashboard/pages/report-page';
import { OFFICES, officeReport } from '../fixtures/office-report';
import { json, stubCollector, type SeenRequest } from '../fixtures/fake-collector';

const CLOSED: OfficeSummary = { id: 'sede-vecchia', name: 'Sede di via Roma', timeZone: 'Europe/Rome', administration: { id: 'comune-a', name: 'Comune di Aldeno' }, archivedAt: '2024-05-31T16:00:00.000Z' };
const NOW = () => new Date('2024-06-09T10:00:00Z');
const startUrl = location.href;
/** No socket: the tests here are about which office is shown. */
const connect: LiveConnector = (handlers) => (handlers.onStatus('live'), { watch: () => {}, close: () => {} });

let container: HTMLElement;
let seen: SeenRequest[];
const $ = <T extends HTMLElement = HTMLElement>(testId: string) => container.querySelector<T>(`[data-testid="${testId}"]`);
const reportsAsked = () => seen.filter((r) => r.url.includes('/report?')).map((r) => r.url.split('?')[0]);
const options = () => [...container.querySelectorAll<HTMLOptionElement>('[data-testid="office-select"] option')].map((o) => o.textContent);

beforeEach(() => {
  container = document.createElement('div');
  container.style.width = '1024px';
  document.body.append(container);
  seen = stubCollector({
    'GET /api/v1/offices': () => json(OFFICES),
    'GET /api/v1/offices?archived=include': () => json([...OFFICES, CLOSED]),
    ...Object.fromEntries(
      [...OFFICES, CLOSED].map((o) => [`GET /api/v1/offices/${o.id}/report`, () => json(officeReport({ office: { id: o.id, name: o.name, timeZone: o.timeZone, administration: o.administration.name, administrationId: o.administration.id } }))]),
    ),
  });
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  history.replaceState(null, '', startUrl);
});

function mount(search: string) {
  history.replaceState(null, '', `${location.pathname}${search}`);
  render(<ReportPage connect={connect} now={NOW} />, container);
}

describe('an archived office on the report page', () => {
  it('opens from a bookmark, tagged closed, instead of being replaced by the first office', async () => {
    mount('?office=sede-vecchia&from=2024-06-03&to=2024-06-09');
    await vi.waitFor(() => expect($('report')?.dataset.state).toBe('ready'));
    expect(reportsAsked().every((u) => u === '/api/v1/offices/sede-vecchia/report')).toBe(true);
    expect($('office-unavailable')).toBeNull();
    expect($('office-archived')?.textContent).toBe('Ufficio chiuso (archiviato il ven 31 maggio 2024): il report resta consultabile, con i giudizi raccolti fino ad allora.');
    expect(container.querySelector('.subtitle')?.textContent).toBe('Comune di Aldeno · Sede di via Roma (chiuso)');
    expect($<HTMLSelectElement>('office-select')!.value).toBe('sede-vecchia');
    expect($<HTMLInputElement>('show-archived-offices')!.checked).toBe(true);
    expect(location.search).toBe('?office=sede-vecchia&from=2024-06-03&to=2024-06-09');
  });

  it('is listed, tagged, once «Mostra anche gli uffici chiusi» is ticked; the usual load asks for open offices only', async () => {
    mount('?office=sede-centro&from=2024-06-03&to=2024-06-09');
    await vi.waitFor(() => expect($('report')?.dataset.state).toBe('ready'));
    expect(seen.filter((r) => r.url.startsWith('/api/v1/offices?'))).toEqual([]);
    expect(options()).not.toContain('Sede di via Roma (chiuso)');
    const box = $<HTMLInputElement>('show-archived-offices')!;
    expect(box.closest('label')?.textContent).toBe('Mostra anche gli uffici chiusi');
    box.click();
    await vi.waitFor(() => expect(options()).toContain('Sede di via Roma (chiuso)'));
    const select = $<HTMLSelectElement>('office-select')!;
    select.value = 'sede-vecchia';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(reportsAsked()).toContain('/api/v1/offices/sede-vecchia/report'));
    await vi.waitFor(() => expect($('office-archived')).not.toBeNull());
    box.click();
    // Hidden again, but the one shown stays in the list.
    await vi.waitFor(() => expect(box.checked).toBe(false));
    expect(options()).toContain('Sede di via Roma (chiuso)');
  });

  it('an office that does not exist, archived or not, is still replaced by the first one, and said so', async () => {
    mount('?office=nessuna&from=2024-06-03&to=2024-06-09');
    await vi.waitFor(() => expect($('office-unavailable')).not.toBeNull());
    expect($<HTMLSelectElement>('office-select')!.value).toBe('sede-centro');
    expect($<HTMLInputElement>('show-archived-offices')!.checked).toBe(false);
    expect(options()).not.toContain('Sede di via Roma (chiuso)');
  });

  it('opens the first closed office for a person whose offices are all closed, rather than saying there is none', async () => {
    vi.unstubAllGlobals();
    seen = stubCollector({
      'GET /api/v1/offices': () => json([]),
      'GET /api/v1/offices?archived=include': () => json([CLOSED]),
      'GET /api/v1/offices/sede-vecchia/report': () => json(officeReport({ office: { id: CLOSED.id, name: CLOSED.name, timeZone: CLOSED.timeZone, administration: 'Comune di Aldeno', administrationId: 'comune-a' } })),
    });
    mount('?from=2024-06-03&to=2024-06-09');
    await vi.waitFor(() => expect($('report')?.dataset.state).toBe('ready'));
    expect($<HTMLSelectElement>('office-select')!.value).toBe('sede-vecchia');
    expect($('office-archived')).not.toBeNull();
    expect(container.textContent).not.toContain('Nessun ufficio configurato');
  });
});
