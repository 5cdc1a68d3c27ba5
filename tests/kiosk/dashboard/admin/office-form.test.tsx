// The office form when two admins edit the same office: an edit sends only the fields changed, with the version
// it was opened at; refused as stale, it says so beside the form, keeps what was typed, shows the other person's
// version on request, and a new save sends the same change with the version read.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Office } from '../../../../server/contract/admin';
import { OfficeForm } from '../../../../kiosk/dashboard/admin/office-form';
import { forgetSession, rememberSession } from '../../../../kiosk/dashboard/api';
import { apiError, INSTALLATION_ADMIN, json, session, stubCollector, type SeenRequest } from '../fixtures/fake-collector';

const WEEK = { mon: [{ from: '08:30', to: '12:30' }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
/** What Bruno opened; then Anna added Saturday morning, which is what the collector holds now. */
const OPENED: Office = { id: 'o1', administrationId: 'a', name: 'Sede centrale', address: 'Piazza Garibaldi 1', timeZone: 'Europe/Rome', openingHours: WEEK, holidays: [], archivedAt: null, version: 'v1' };
const ANNAS: Office = { ...OPENED, openingHours: { ...WEEK, sat: [{ from: '09:00', to: '12:00' }] }, version: 'v2' };
const CHANGED = { by: 'Anna Rossi', at: '2026-03-04T09:15:00.000Z' };

let container: HTMLElement;
let seen: SeenRequest[];
let done: boolean[];
const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const patches = () => seen.filter((r) => r.method === 'PATCH');

function open(patch: (body: { version?: string }) => Response) {
  seen = stubCollector({
    'PATCH /api/v1/offices/o1': (req) => patch(req.body as { version?: string }),
    'GET /api/v1/offices/o1': () => json(ANNAS),
  });
  render(<OfficeForm administrationId="a" office={OPENED} onDone={(saved) => done.push(saved)} />, container);
}
function addHoliday(day: string) {
  act(() => {
    ($('holiday-new') as HTMLInputElement).value = day;
    $('holiday-add')!.click();
  });
}
const submit = () => act(async () => void $('office-form')!.dispatchEvent(new Event('submit', { cancelable: true })));

beforeEach(() => {
  done = [];
  rememberSession(session(INSTALLATION_ADMIN));
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  forgetSession();
});

describe('office form, two admins at once', () => {
  it('sends only the fields changed, with the version the office was opened at', async () => {
    open(() => json(ANNAS));
    addHoliday('2026-12-24');
    act(() => {
      const name = $('office-name') as HTMLInputElement;
      name.value = ' Sede centrale (piano terra) ';
      name.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await submit();
    await vi.waitFor(() => expect(done).toEqual([true]));
    expect(patches().map((r) => r.body)).toEqual([{ name: 'Sede centrale (piano terra)', holidays: ['2026-12-24'], version: 'v1' }]);
  });

  it('sends nothing when nothing changed, and closes', async () => {
    open(() => json(ANNAS));
    await submit();
    await vi.waitFor(() => expect(done).toEqual([true]));
    expect(patches()).toEqual([]);
  });

  it('refused as stale: says who changed it, keeps the input, shows their version, and saves the same change on it', async () => {
    open((body) => (body.version === 'v1' ? apiError(409, 'stale', 'Questo ufficio è stato modificato da qualcun altro…', { changed: CHANGED }) : json({ ...ANNAS, holidays: ['2026-12-24'], version: 'v3' })));
    addHoliday('2026-12-24');
    await submit();
    await vi.waitFor(() => expect($('office-stale')).not.toBeNull());
    const notice = $('office-stale')!;
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('Qualcun altro ha modificato questo ufficio dopo che l’hai aperto.');
    expect(notice.textContent).toContain('Ultima modifica: Anna Rossi, ');
    expect(notice.textContent).toContain('Non è stato salvato nulla, e quello che hai scritto è ancora nel modulo.');
    // The form is still open with what was typed; the error box does not repeat the collector's words.
    expect(done).toEqual([]);
    expect($('holidays')!.textContent).toContain('2026-12-24');
    expect($('office-error')).toBeNull();

    await act(async () => void $('office-stale-reload')!.click());
    await vi.waitFor(() => expect($('office-stale-theirs')).not.toBeNull());
    const theirs = $('office-stale-theirs')!.textContent!;
    expect(theirs).toContain('La versione salvata ora, dove è diversa da quella che avevi aperto:');
    expect(theirs).toContain('Sab 09:00–12:00');
    expect(theirs).toContain('Se salvi di nuovo, partono solo i campi che hai cambiato tu');
    expect($('holidays')!.textContent).toContain('2026-12-24');

    await submit();
    await vi.waitFor(() => expect(done).toEqual([true]));
    // The holidays alone, on Anna's version: her Saturday hours are not sent back over.
    expect(patches().map((r) => r.body)).toEqual([
      { holidays: ['2026-12-24'], version: 'v1' },
      { holidays: ['2026-12-24'], version: 'v2' },
    ]);
  });
});
