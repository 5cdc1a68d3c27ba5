// The offices page on the shared list pieces: archived ones hidden until asked, edit opens the form, a refusal stays by its field, a save closes it and reloads.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Office } from '../../../../server/contract/admin';
import { OfficesPage } from '../../../../kiosk/dashboard/admin/offices-page';
import { forgetSession, rememberSession } from '../../../../kiosk/dashboard/api';
import { apiError, INSTALLATION_ADMIN, json, session, stubCollector, type SeenRequest } from '../fixtures/fake-collector';

const CLOSED = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const office = (id: string, name: string, archivedAt: string | null = null): Office => ({ id, administrationId: 'a', name, address: '', timeZone: 'Europe/Rome', openingHours: CLOSED, holidays: [], archivedAt, version: `${id}-v1` });
const OFFICES = [office('o1', 'Sede centrale'), office('o2', 'Vecchia sede', '2024-01-01T00:00:00Z')];

let container: HTMLElement;
let seen: SeenRequest[];
let patches = 0;
const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const rows = () => [...container.querySelectorAll<HTMLElement>('[data-testid="office-row"]')].map((r) => r.dataset.officeId);

beforeEach(() => {
  patches = 0;
  seen = stubCollector({
    'GET /api/v1/administrations/a/offices': () => json(OFFICES),
    'PATCH /api/v1/offices/o1': () => (++patches === 1 ? apiError(400, 'validation', 'Dati non validi', { problems: [{ field: '/name', reason: 'già usato' }] }) : json(OFFICES[0])),
  });
  rememberSession(session(INSTALLATION_ADMIN));
  container = document.createElement('div');
  document.body.append(container);
  render(<OfficesPage administrationId="a" />, container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  forgetSession();
});

describe('offices page', () => {
  it('names each office\'s time zone as people say it, with the id the form asks for', async () => {
    await vi.waitFor(() => expect(rows()).toEqual(['o1']));
    expect(container.querySelector('[data-office-id="o1"] [data-testid="office-zone"]')!.textContent).toBe('Fuso orario: Ora dell’Europa centrale (Europe/Rome)');
  });

  it('hides archived offices until asked, and offers edit and archive on live ones only', async () => {
    await vi.waitFor(() => expect(rows()).toEqual(['o1']));
    act(() => container.querySelector<HTMLInputElement>('.toolbar input[type="checkbox"]')!.click());
    expect(rows()).toEqual(['o1', 'o2']);
    const archived = container.querySelector('[data-office-id="o2"]')!;
    expect(archived.classList.contains('is-archived')).toBe(true);
    expect(archived.querySelector('[data-testid="office-edit"], [data-testid="office-archive"]')).toBeNull();
    expect(container.querySelector('[data-office-id="o1"] [data-testid="office-archive"]')).not.toBeNull();
    // Asked first, saying what else stops with it.
    act(() => container.querySelector<HTMLElement>('[data-office-id="o1"] [data-testid="office-archive"]')!.click());
    expect(container.querySelector('[data-office-id="o1"]')!.textContent).toContain('Anche i suoi terminali vengono archiviati e smettono di raccogliere giudizi; le regole di avviso su questo ufficio smettono di valutare.');
  });

  it('edits an office: the refusal stays by its field, the next save closes the form and reloads', async () => {
    await vi.waitFor(() => expect(rows()).toEqual(['o1']));
    act(() => $('office-edit')!.click());
    expect(container.querySelector('h3')!.textContent).toBe('Modifica: Sede centrale');
    // A change to send: an unchanged form sends nothing (office-form.test.tsx).
    act(() => {
      const name = $('office-name') as HTMLInputElement;
      name.value = 'Sede municipale';
      name.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => void $('office-form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    await vi.waitFor(() => expect($('office-name-problem')?.textContent).toBe('già usato'));
    expect($('office-error')!.textContent).toContain('Dati non validi');

    const loads = () => seen.filter((r) => r.method === 'GET').length;
    const before = loads();
    await act(async () => void $('office-save')!.click());
    await vi.waitFor(() => expect($('office-form')).toBeNull());
    await vi.waitFor(() => expect(loads()).toBe(before + 1));
  });

  it('says an office without opening hours has not given them, rather than that it is closed', async () => {
    await vi.waitFor(() => expect(rows()).toEqual(['o1']));
    const hoursCell = container.querySelector('[data-office-id="o1"] td:nth-child(3)')!;
    expect(hoursCell.textContent).toBe('non indicato');
    expect(container.textContent).not.toContain('chiuso');

    act(() => $('office-edit')!.click());
    const day = (d: string) => $(`hours-${d}`)!.querySelector('.hours-intervals')!.textContent;
    expect(day('mon')).toContain('non indicato');
    // Once one day has hours, a day without them is a closed day.
    act(() => $('hours-mon')!.querySelector<HTMLButtonElement>('button')!.click());
    expect(day('sun')).toContain('chiuso');
    expect(day('mon')).not.toContain('non indicato');
  });
});
