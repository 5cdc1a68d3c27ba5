// The rules editor against a stubbed collector: the labelled «Lingua delle e-mail» select, the dashboard's language by default, sent with the rule, and shown in the list.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { AlertRule } from '../../../../server/contract/alerts';
import { alertPaths } from '../../../../server/contract/alert-kinds';
import { apiPaths } from '../../../../server/contract/api';
import { deliveryPaths } from '../../../../server/contract/delivery-paths';
import { RulesEditor } from '../../../../kiosk/dashboard/alerts/rules-editor';
import { forgetSession, rememberSession } from '../../../../kiosk/dashboard/api';
import { setLanguage } from '../../../../kiosk/dashboard/i18n/locale';
import { json, session, stubCollector, type SeenRequest } from '../fixtures/fake-collector';

const RULE: AlertRule = {
  id: 'r1',
  administrationId: 'a',
  officeId: 'o1',
  officeName: 'Sede centrale',
  serviceId: null,
  serviceName: null,
  name: 'Negativi in Sede',
  params: { kind: 'negative-share', lastVotes: 30, openAbovePct: 30, closeBelowPct: 20 },
  notifyEmail: true,
  webhookId: null,
  language: 'en',
  createdAt: '2026-03-01T08:00:00Z',
  createdBy: 'maria@comune.example.org',
};

let container: HTMLElement;
let seen: SeenRequest[];

function open(): void {
  seen = stubCollector({
    [`GET ${alertPaths.administrationRules('a')}`]: () => json([RULE]),
    [`POST ${alertPaths.administrationRules('a')}`]: (req) => json({ ...RULE, id: 'r2', ...(req.body as object) }, 201),
    [`GET ${apiPaths.administrationOffices('a')}`]: () => json([{ id: 'o1', name: 'Sede centrale', archivedAt: null }]),
    [`GET ${apiPaths.administrationServices('a')}`]: () => json([]),
    [`GET ${deliveryPaths.administrationWebhooks('a')}`]: () => json([]),
  });
  container = document.createElement('div');
  document.body.append(container);
  rememberSession(session([{ role: 'administration_admin', administrationId: 'a', officeId: null }]));
  render(<RulesEditor administrationId="a" />, container);
}
afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  forgetSession();
  setLanguage('it');
});

const select = () => container.querySelector<HTMLSelectElement>('[data-testid="rule-language"]')!;
const posted = () => seen.filter((r) => r.method === 'POST').map((r) => r.body as { language?: string });

async function saveRule(name: string): Promise<void> {
  const button = container.querySelector<HTMLButtonElement>('[data-testid="rule-save"]')!;
  // The last save is over (it empties the name when it ends).
  await vi.waitFor(() => expect(button.disabled).toBe(false));
  const input = container.querySelector<HTMLInputElement>('[data-testid="rule-name"]')!;
  input.value = name;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const before = posted().length;
  // Preact re-renders after the event: the form reads the state of the next render.
  await new Promise((r) => setTimeout(r, 0));
  button.click();
  await vi.waitFor(() => expect(posted()).toHaveLength(before + 1));
}

describe('rules editor: the e-mails\' language', () => {
  it('is a select labelled «Lingua delle e-mail», each language named in itself, the dashboard\'s Italian by default, sent with the rule', async () => {
    setLanguage('it');
    open();
    await vi.waitFor(() => expect(container.querySelector('[data-testid="alert-rule"]')).not.toBeNull());
    // The label is bound to the select: it names it for a screen reader.
    expect(container.querySelector('label[for="rule-language"]')!.textContent).toBe('Lingua delle e-mail');
    expect(select().labels?.[0]?.textContent).toBe('Lingua delle e-mail');
    expect([...select().options].map((o) => [o.value, o.textContent, o.lang])).toEqual([
      ['it', 'Italiano', 'it'],
      ['en', 'English', 'en'],
    ]);
    expect(select().value).toBe('it');
    await saveRule('Troppi negativi');
    expect(posted()[0]).toMatchObject({ name: 'Troppi negativi', language: 'it' });

    select().value = 'en';
    select().dispatchEvent(new Event('change', { bubbles: true }));
    await saveRule('Too many negatives');
    expect(posted()[1]).toMatchObject({ name: 'Too many negatives', language: 'en' });
  });

  it('starts in English on a dashboard read in English', async () => {
    setLanguage('en');
    open();
    await vi.waitFor(() => expect(container.querySelector('[data-testid="alert-rule"]')).not.toBeNull());
    expect(select().value).toBe('en');
  });

  it('shows each rule\'s stored language in the list, in its own words', async () => {
    open();
    await vi.waitFor(() => expect(container.querySelector('[data-testid="alert-rule"]')).not.toBeNull());
    const headers = [...container.querySelectorAll('[data-testid="alert-rule-table"] th')].map((th) => th.textContent);
    expect(headers).toContain('Lingua delle e-mail');
    const cell = container.querySelector('[data-testid="alert-rule-language"] span')!;
    expect([cell.textContent, cell.getAttribute('lang')]).toEqual(['English', 'en']);
  });
});
