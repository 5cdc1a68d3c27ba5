// «Le mie e-mail» against a stubbed collector: the subscribe form's labelled «Lingua delle e-mail» select, the dashboard's language by default,
// sent with the subscription; the lists show each subscription's language. «Modifica» in either list opens a form filled with the
// subscription's frequency and language, saved with PUT or cancelled, the focus moved into the form and back to the button.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { Administration } from '../../../../server/contract/admin';
import { apiPaths } from '../../../../server/contract/api';
import { deliveryPaths } from '../../../../server/contract/delivery-paths';
import { subscriptionPaths } from '../../../../server/contract/subscription-paths';
import type { Subscription } from '../../../../server/contract/subscriptions';
import { forgetSession, rememberSession } from '../../../../kiosk/dashboard/api';
import { setLanguage } from '../../../../kiosk/dashboard/i18n/locale';
import { EmailsPage } from '../../../../kiosk/dashboard/subscriptions/emails-page';
import { OFFICES } from '../fixtures/office-report';
import { apiError, json, session, stubCollector, type Route, type SeenRequest } from '../fixtures/fake-collector';

const ADMINISTRATIONS: Administration[] = [{ id: 'comune-a', name: 'Comune di Aldeno', archivedAt: null, createdAt: '2024-01-01T00:00:00Z' }];
const MINE: Subscription = {
  id: 's1',
  userId: 'u-1',
  userName: 'Maria Rossi',
  email: 'maria@comune.example.org',
  administrationId: 'comune-a',
  administrationName: 'Comune di Aldeno',
  officeId: 'sede-centro',
  officeName: 'Sede centrale',
  frequency: 'weekly',
  language: 'en',
  createdAt: '2026-03-01T08:00:00Z',
  createdBy: 'maria@comune.example.org',
  paused: null,
};

let container: HTMLElement;
let seen: SeenRequest[];
/** An office manager: she subscribes herself, she manages nobody. */
const manager = session([{ role: 'office_manager', administrationId: 'comune-a', officeId: 'sede-centro' }]);

/** Another person's subscription, in the admins' list. */
const LUCA: Subscription = { ...MINE, id: 's9', userId: 'u-9', userName: 'Luca Bianchi', email: 'luca@comune.example.org', frequency: 'monthly', language: 'it' };

function open(who = manager, routes: Record<string, Route> = {}, emailOn = true): void {
  seen = stubCollector({
    [`GET ${deliveryPaths.status}`]: () => json({ email: emailOn, from: 'noreply@comune.example.org' }),
    [`GET ${subscriptionPaths.mine}`]: () => json([MINE]),
    [`GET ${apiPaths.offices}`]: () => json(OFFICES.slice(0, 1)),
    [`POST ${subscriptionPaths.subscriptions}`]: (req) => json({ ...MINE, id: 's2', ...(req.body as object) }, 201),
    [`PUT ${subscriptionPaths.mineOne('s1')}`]: (req) => json({ ...MINE, ...(req.body as object) }),
    ...routes,
  });
  container = document.createElement('div');
  document.body.append(container);
  rememberSession(who);
  render(<EmailsPage session={who} administrations={ADMINISTRATIONS} />, container);
}
afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  forgetSession();
  setLanguage('it');
});

const select = () => container.querySelector<HTMLSelectElement>('[data-testid="subscribe-me-language"]')!;
const posted = () => seen.filter((r) => r.method === 'POST').map((r) => r.body as Record<string, unknown>);

/** Submits once the form is ready again, after Preact has rendered the last change. */
async function submit(): Promise<void> {
  const button = container.querySelector<HTMLButtonElement>('[data-testid="subscribe-me-submit"]')!;
  await vi.waitFor(() => expect(button.disabled).toBe(false));
  await new Promise((r) => setTimeout(r, 0));
  button.click();
}

describe('scheduled e-mails: the e-mail\'s language', () => {
  it('is a select labelled «Lingua delle e-mail», each language named in itself, the dashboard\'s Italian by default; the choice is sent', async () => {
    setLanguage('it');
    open();
    await vi.waitFor(() => expect(select()).not.toBeNull());
    expect(container.querySelector('label[for="subscribe-me-language"]')!.textContent).toBe('Lingua delle e-mail');
    expect([...select().options].map((o) => [o.value, o.textContent, o.lang])).toEqual([
      ['it', 'Italiano', 'it'],
      ['en', 'English', 'en'],
    ]);
    expect(select().value).toBe('it');
    await submit();
    await vi.waitFor(() => expect(posted()).toHaveLength(1));
    expect(posted()[0]).toEqual({ officeId: 'sede-centro', frequency: 'weekly', language: 'it' });

    select().value = 'en';
    select().dispatchEvent(new Event('change', { bubbles: true }));
    await submit();
    await vi.waitFor(() => expect(posted()).toHaveLength(2));
    expect(posted()[1]).toEqual({ officeId: 'sede-centro', frequency: 'weekly', language: 'en' });
  });

  it('starts in English on a dashboard read in English', async () => {
    setLanguage('en');
    open();
    await vi.waitFor(() => expect(select()).not.toBeNull());
    expect(select().value).toBe('en');
  });

  it('shows each subscription\'s language in the list, in its own words', async () => {
    open();
    await vi.waitFor(() => expect(container.querySelector('[data-testid="my-subscription"]')).not.toBeNull());
    expect([...container.querySelectorAll('[data-testid="my-subscriptions"] th')].map((th) => th.textContent)).toContain('Lingua delle e-mail');
    const cell = container.querySelector('[data-testid="my-subscription-language"] span')!;
    expect([cell.textContent, cell.getAttribute('lang')]).toEqual(['English', 'en']);
  });
});

const q = <T extends Element>(testId: string) => container.querySelector<T>(`[data-testid="${testId}"]`);
const puts = () => seen.filter((r) => r.method === 'PUT');
const loadsOf = (url: string) => seen.filter((r) => r.method === 'GET' && r.url === url).length;

function choose(testId: string, value: string): void {
  const select = q<HTMLSelectElement>(testId)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Opens the page and the form of one's own subscription. */
async function editMine(routes: Record<string, Route> = {}): Promise<void> {
  open(manager, routes);
  await vi.waitFor(() => expect(q('my-subscription-edit')).not.toBeNull());
  q<HTMLButtonElement>('my-subscription-edit')!.click();
  await vi.waitFor(() => expect(q('edit-mine-form')).not.toBeNull());
}

describe('scheduled e-mails: changing one\'s own', () => {
  it('has a «Modifica» button named after the report, that opens a form filled with the frequency and language, the focus on its heading', async () => {
    open();
    await vi.waitFor(() => expect(q('my-subscription-edit')).not.toBeNull());
    const button = q<HTMLButtonElement>('my-subscription-edit')!;
    expect([button.textContent, button.getAttribute('aria-label')]).toEqual(['Modifica', 'Modifica l’iscrizione a «Sede centrale · Comune di Aldeno»']);
    button.click();
    await vi.waitFor(() => expect(q('edit-mine-form')).not.toBeNull());
    const title = q<HTMLHeadingElement>('edit-mine-title')!;
    expect(title.textContent).toBe('Modifica l’iscrizione a «Sede centrale · Comune di Aldeno»');
    expect(document.getElementById(q('edit-mine-form')!.getAttribute('aria-labelledby')!)).toBe(title);
    expect(q<HTMLSelectElement>('edit-mine-frequency')!.value).toBe('weekly');
    expect(q<HTMLSelectElement>('edit-mine-language')!.value).toBe('en');
    expect(container.querySelector('label[for="edit-mine-frequency"]')!.textContent).toBe('Frequenza');
    expect(q('edit-mine-form')!.textContent).toContain('la prossima e-mail è il primo report della nuova frequenza');
    await vi.waitFor(() => expect(document.activeElement).toBe(title));
  });

  it('saves the frequency and language with PUT, then closes the form, reloads the list and gives the focus back to «Modifica»', async () => {
    await editMine();
    choose('edit-mine-frequency', 'daily');
    choose('edit-mine-language', 'it');
    await new Promise((r) => setTimeout(r, 0));
    const loads = loadsOf(subscriptionPaths.mine);
    q<HTMLButtonElement>('edit-mine-save')!.click();
    await vi.waitFor(() => expect(puts()).toHaveLength(1));
    expect([puts()[0]!.url, puts()[0]!.body]).toEqual([subscriptionPaths.mineOne('s1'), { frequency: 'daily', language: 'it' }]);
    await vi.waitFor(() => expect(q('edit-mine-form')).toBeNull());
    await vi.waitFor(() => expect(loadsOf(subscriptionPaths.mine)).toBeGreaterThan(loads));
    await vi.waitFor(() => expect(document.activeElement).toBe(q('my-subscription-edit')));
  });

  it('cancels without a request, the focus back on «Modifica»', async () => {
    await editMine();
    choose('edit-mine-frequency', 'daily');
    const before = seen.length;
    q<HTMLButtonElement>('edit-mine-cancel')!.click();
    await vi.waitFor(() => expect(q('edit-mine-form')).toBeNull());
    expect(seen.length).toBe(before);
    await vi.waitFor(() => expect(document.activeElement).toBe(q('my-subscription-edit')));
  });

  it('shows a refused field by the field, and a conflict in the form\'s error box; the form stays open', async () => {
    let answer = apiError(400, 'validation_failed', 'body/frequency must be equal to one of the allowed values', { problems: [{ field: '/frequency', reason: 'must be one of daily, weekly, monthly' }] });
    await editMine({ [`PUT ${subscriptionPaths.mineOne('s1')}`]: () => answer });
    q<HTMLButtonElement>('edit-mine-save')!.click();
    await vi.waitFor(() => expect(q('edit-mine-frequency-problem')?.textContent).toBe('must be one of daily, weekly, monthly'));
    expect(q('edit-mine-frequency')!.getAttribute('aria-invalid')).toBe('true');
    answer = apiError(409, 'conflict', 'This person already receives this report at that frequency: stop that subscription, or choose another frequency.');
    q<HTMLButtonElement>('edit-mine-save')!.click();
    await vi.waitFor(() => expect(q('edit-mine-error')?.textContent).toContain('already receives this report at that frequency'));
    expect(q('edit-mine-form')).not.toBeNull();
  });

  it('offers no «Modifica» while e-mail is off: the collector would refuse it', async () => {
    open(manager, {}, false);
    await vi.waitFor(() => expect(q('email-off')).not.toBeNull());
    await vi.waitFor(() => expect(q('my-subscription')).not.toBeNull());
    expect(q('my-subscription-edit')).toBeNull();
  });
});

describe('scheduled e-mails: an admin changing someone\'s', () => {
  const admin = session([{ role: 'administration_admin', administrationId: 'comune-a', officeId: null }]);
  const routes: Record<string, Route> = {
    [`GET ${subscriptionPaths.administrationSubscriptions('comune-a')}`]: () => json([LUCA]),
    [`GET ${apiPaths.administrationOffices('comune-a')}`]: () => json([{ id: 'sede-centro', administrationId: 'comune-a', name: 'Sede centrale', archivedAt: null }]),
    [`GET ${apiPaths.users}`]: () => json([]),
    [`PUT ${subscriptionPaths.subscription('s9')}`]: (req) => json({ ...LUCA, ...(req.body as object) }),
  };

  it('opens the form named after the person and the report, saves with PUT to the admins\' address, and gives the focus back', async () => {
    open(admin, routes);
    await vi.waitFor(() => expect(q('person-subscription-edit')).not.toBeNull());
    const button = q<HTMLButtonElement>('person-subscription-edit')!;
    expect(button.getAttribute('aria-label')).toBe('Modifica l’iscrizione di Luca Bianchi a «Sede centrale · Comune di Aldeno»');
    button.click();
    await vi.waitFor(() => expect(q('edit-person-title')?.textContent).toBe('Modifica l’iscrizione di Luca Bianchi a «Sede centrale · Comune di Aldeno»'));
    await vi.waitFor(() => expect(document.activeElement).toBe(q('edit-person-title')));
    expect([q<HTMLSelectElement>('edit-person-frequency')!.value, q<HTMLSelectElement>('edit-person-language')!.value]).toEqual(['monthly', 'it']);
    choose('edit-person-frequency', 'weekly');
    await new Promise((r) => setTimeout(r, 0));
    q<HTMLButtonElement>('edit-person-save')!.click();
    await vi.waitFor(() => expect(puts()).toHaveLength(1));
    expect([puts()[0]!.url, puts()[0]!.body]).toEqual([subscriptionPaths.subscription('s9'), { frequency: 'weekly', language: 'it' }]);
    await vi.waitFor(() => expect(q('edit-person-form')).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(q('person-subscription-edit')));
  });
});

describe('scheduled e-mails that the collector does not send', () => {
  it('say why under their report, in one\'s own list and in the admins\'; the others say nothing', async () => {
    const admin = session([{ role: 'administration_admin', administrationId: 'comune-a', officeId: null }]);
    const routes: Record<string, Route> = {
      [`GET ${subscriptionPaths.mine}`]: () => json([{ ...MINE, paused: 'office-archived' }]),
      [`GET ${subscriptionPaths.administrationSubscriptions('comune-a')}`]: () => json([{ ...LUCA, paused: 'person-disabled' }, { ...LUCA, id: 's10', userName: 'Anna Verdi', paused: null }]),
      [`GET ${apiPaths.administrationOffices('comune-a')}`]: () => json([{ id: 'sede-centro', administrationId: 'comune-a', name: 'Sede centrale', archivedAt: null }]),
      [`GET ${apiPaths.users}`]: () => json([]),
    };
    open(admin, routes);
    await vi.waitFor(() => expect(container.querySelectorAll('[data-testid="person-subscription"]')).toHaveLength(2));
    const pausedIn = (row: string) => [...container.querySelectorAll(`[data-testid="${row}"]`)].map((r) => r.querySelector('[data-testid="subscription-paused"]')?.textContent ?? null);
    expect(pausedIn('my-subscription')).toEqual(['Sospesa: l’ufficio è archiviato, non parte nessun report.']);
    expect(pausedIn('person-subscription')).toEqual(['Sospesa: l’account di questa persona è disattivato, non parte nessun report.', null]);
  });
});
