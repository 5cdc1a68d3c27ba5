// The admins' view of who receives which e-mail asks the collector only for the people of the administration shown.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { Administration, User } from '../../../../server/contract/admin';
import { apiPaths } from '../../../../server/contract/api';
import { subscriptionPaths } from '../../../../server/contract/subscription-paths';
import { PeopleEmails } from '../../../../kiosk/dashboard/subscriptions/people-emails';
import { json, stubCollector, type SeenRequest } from '../fixtures/fake-collector';

const ADMINISTRATIONS: Administration[] = [
  { id: 'comune-a', name: 'Comune di Aldeno', archivedAt: null, createdAt: '2024-01-01T00:00:00Z' },
  { id: 'comune-b', name: 'Comune di Besenello', archivedAt: null, createdAt: '2024-01-01T00:00:00Z' },
];
const person = (id: string, administrationId: string): User => ({
  id,
  email: `${id}@example.org`,
  name: id,
  grants: [{ role: 'viewer', administrationId, officeId: null }],
  disabledAt: null,
  createdAt: '2024-01-01T00:00:00Z',
  lastSignInAt: null,
});

let container: HTMLElement;
let seen: SeenRequest[];
afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
});

describe('people\'s e-mails', () => {
  it('lists the people of the chosen administration, asked of the collector with ?administrationId', async () => {
    seen = stubCollector({
      [`GET ${subscriptionPaths.administrationSubscriptions('comune-a')}`]: () => json([]),
      [`GET ${subscriptionPaths.administrationSubscriptions('comune-b')}`]: () => json([]),
      [`GET ${apiPaths.administrationOffices('comune-a')}`]: () => json([]),
      [`GET ${apiPaths.administrationOffices('comune-b')}`]: () => json([]),
      [`GET ${apiPaths.users}?administrationId=comune-a`]: () => json([person('anna', 'comune-a')]),
      [`GET ${apiPaths.users}?administrationId=comune-b`]: () => json([person('bruno', 'comune-b')]),
    });
    container = document.createElement('div');
    document.body.append(container);
    render(<PeopleEmails administrations={ADMINISTRATIONS} emailOn me="u-1" onChanged={() => {}} />, container);
    const usersAsked = () => seen.filter((r) => r.url.startsWith(apiPaths.users)).map((r) => r.url);
    await vi.waitFor(() => expect(container.textContent).toContain('anna@example.org'));
    expect(usersAsked()).toEqual([`${apiPaths.users}?administrationId=comune-a`]);

    const picker = container.querySelector<HTMLSelectElement>('[data-testid="administration-select"]')!;
    picker.value = 'comune-b';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(container.textContent).toContain('bruno@example.org'));
    expect(container.textContent).not.toContain('anna@example.org');
    expect(usersAsked()).toEqual([`${apiPaths.users}?administrationId=comune-a`, `${apiPaths.users}?administrationId=comune-b`]);
  });
});
