// The management forms by keyboard (use-editor.ts, admin-form.tsx), on the offices page: Enter on «Modifica» or
// «Nuovo» puts the focus on the form's heading, Escape closes it as «Annulla» does, and after a save or a cancel
// the focus is back on the button that opened it (or on the list's heading when its row is gone), with
// «Salvato: …» said in the status above the list.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'preact';
import type { Office } from '../../../../server/contract/admin';
import { OfficesPage } from '../../../../kiosk/dashboard/admin/offices-page';
import { SavedStatus } from '../../../../kiosk/dashboard/admin/saved-status';
import { forgetSession, rememberSession } from '../../../../kiosk/dashboard/api';
import { INSTALLATION_ADMIN, json, session, stubCollector } from '../fixtures/fake-collector';

const CLOSED = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const office = (id: string, name: string): Office => ({ id, administrationId: 'a', name, address: '', timeZone: 'Europe/Rome', openingHours: CLOSED, holidays: [], archivedAt: null, version: `${id}-v1` });

let container: HTMLElement;
/** What the collector lists; a test changes it to have the next reload say so. */
let listed: Office[];
const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const editButton = (id: string) => container.querySelector<HTMLElement>(`[data-office-id="${id}"] [data-testid="office-edit"]`)!;
const focused = () => document.activeElement as HTMLElement | null;

beforeEach(async () => {
  listed = [office('o1', 'Sede centrale'), office('o2', 'Sede di Mattarello')];
  stubCollector({
    'GET /api/v1/administrations/a/offices': () => json(listed),
    'GET /api/v1/offices/o1': () => json(listed.find((o) => o.id === 'o1')),
    'PATCH /api/v1/offices/o1': (req) => json({ ...office('o1', 'Sede centrale'), ...(req.body as object) }),
    'POST /api/v1/offices': (req) => json({ ...office('o3', ''), ...(req.body as object) }),
  });
  rememberSession(session(INSTALLATION_ADMIN));
  container = document.body.appendChild(document.createElement('div'));
  // As the management pages draw it (dashboard-admin.tsx): the page's heading, its status, the page.
  render(
    <section>
      <h2>Uffici</h2>
      <SavedStatus>
        <OfficesPage administrationId="a" />
      </SavedStatus>
    </section>,
    container,
  );
  await vi.waitFor(() => expect(editButton('o2')).not.toBeNull());
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  forgetSession();
});

describe('management forms by keyboard', () => {
  it('Enter on «Modifica» focuses the form\'s heading; Escape closes it, changed or not, back on that «Modifica»', async () => {
    editButton('o2').focus();
    await userEvent.keyboard('{Enter}');
    expect(focused()?.textContent).toBe('Modifica: Sede di Mattarello');
    expect(focused()?.tagName).toBe('H3');
    // The form is named by its heading for a screen reader's list of forms.
    expect($('office-form')!.getAttribute('aria-labelledby')).toBe(focused()!.id);

    await userEvent.keyboard('{Escape}');
    expect($('office-form')).toBeNull();
    expect(focused()).toBe(editButton('o2'));

    // With a change typed: Escape does what «Annulla» does, nothing asked, nothing sent.
    await userEvent.keyboard('{Enter}');
    await userEvent.click($('office-name')!);
    await userEvent.keyboard('x');
    await userEvent.keyboard('{Escape}');
    expect($('office-form')).toBeNull();
    expect(focused()).toBe(editButton('o2'));
    expect($('saved-status')!.textContent).toBe('');
  });

  it('after a save the focus is back on the row\'s «Modifica» and the status says «Salvato» with the name sent', async () => {
    editButton('o1').focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.fill($('office-name')!, 'Sede municipale ');
    listed = [office('o1', 'Sede municipale'), office('o2', 'Sede di Mattarello')];
    // Enter in the field sends the form, as «Salva» does.
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect($('office-form')).toBeNull());
    await vi.waitFor(() => expect(container.querySelector('[data-office-id="o1"]')!.textContent).toContain('Sede municipale'));
    expect(focused()).toBe(editButton('o1'));
    const status = $('saved-status')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('Salvato: Sede municipale');

    // The next form opened clears it: it was about the last save, not this one.
    await userEvent.keyboard('{Enter}');
    expect(status.textContent).toBe('');
  });

  it('a new office: the focus goes back to «Nuovo ufficio» after the save, and the status names it', async () => {
    $('office-new')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(focused()?.textContent).toBe('Nuovo ufficio');
    await userEvent.fill($('office-name')!, 'Sede di Romagnano');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect($('office-form')).toBeNull());
    expect(focused()).toBe($('office-new'));
    expect($('saved-status')!.textContent).toBe('Salvato: Sede di Romagnano');
  });

  it('when the saved row is gone from the reloaded list, the list\'s heading takes the focus, not the page\'s top', async () => {
    editButton('o1').focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.fill($('office-name')!, 'Sede chiusa');
    // Archived by a colleague meanwhile: the list the save reloads has it no more.
    listed = [office('o2', 'Sede di Mattarello')];
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(container.querySelector('[data-office-id="o1"]')).toBeNull());
    expect(focused()?.textContent).toBe('Uffici');
    expect(focused()?.tagName).toBe('H2');
  });
});
