// «Le mie e-mail» against a stubbed collector: the subscribe form's labelled «Lingua delle e-mail» select, the dashboard's language by default,
// sent with the subscription; the lists show each subscription's language.
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
import { json, session, stubCollector, type SeenRequest } from '../fixtures/fake-collector';

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
};

let container: HTMLElement;
let seen: SeenRequest[];
/** An office manager: she subscribes herself, she manages nobody. */
const manager = session([{ role: 'office_manager', administrationId: 'comune-a', officeId: 'sede-centro' }]);

function open(): void {
  seen = stubCollector({
    [`GET ${deliveryPaths.status}`]: () => json({ email: true, from: 'noreply@comune.example.org' }),
    [`GET ${subscriptionPaths.mine}`]: () => json([MINE]),
    [`GET ${apiPaths.offices}`]: () => json(OFFICES.slice(0, 1)),
    [`POST ${subscriptionPaths.subscriptions}`]: (req) => json({ ...MINE, id: 's2', ...(req.body as object) }, 201),
  });
  container = document.createElement('div');
  document.body.append(container);
  rememberSession(manager);
  render(<EmailsPage session={manager} administrations={ADMINISTRATIONS} />, container);
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
