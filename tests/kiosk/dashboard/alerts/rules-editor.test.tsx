// The rules editor against a stubbed collector: the labelled «Lingua delle e-mail» select, the dashboard's language by default, sent with the rule, and shown in the list;
// «Modifica» opens the same form filled with the rule, saved as the settings changed (PATCH, with the version read) or cancelled, the focus moved
// into the form and back to the button; a save refused as stale keeps the input and shows the rule as stored now.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { ListedAlertRule } from '../../../../server/contract/alerts';
import { alertPaths } from '../../../../server/contract/alert-kinds';
import { apiPaths } from '../../../../server/contract/api';
import { deliveryPaths } from '../../../../server/contract/delivery-paths';
import { RulesEditor } from '../../../../kiosk/dashboard/alerts/rules-editor';
import { formatWhen } from '../../../../kiosk/dashboard/admin/format-when';
import { forgetSession, rememberSession } from '../../../../kiosk/dashboard/api';
import { setLanguage } from '../../../../kiosk/dashboard/i18n/locale';
import { apiError, json, session, stubCollector, type Route, type SeenRequest } from '../fixtures/fake-collector';

const RULE: ListedAlertRule = {
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
  updatedAt: '2026-03-04T10:00:00Z',
  version: '2026-03-04T10:00:00Z',
  emailRecipients: 3,
  judgement: { state: 'judging' },
};

let container: HTMLElement;
let seen: SeenRequest[];

/** The rule as the collector has it: a PATCH changes it, as the collector would. */
let stored: ListedAlertRule = RULE;

function open(put: Route = (req) => json((stored = { ...stored, ...(req.body as object) })), email = true): void {
  stored = RULE;
  seen = stubCollector({
    [`GET ${alertPaths.administrationRules('a')}`]: () => json([stored]),
    [`POST ${alertPaths.administrationRules('a')}`]: (req) => json({ ...RULE, id: 'r2', ...(req.body as object) }, 201),
    [`PATCH ${alertPaths.rule('r1')}`]: put,
    [`GET ${apiPaths.administrationOffices('a')}`]: () => json([{ id: 'o1', name: 'Sede centrale', archivedAt: null }, { id: 'o2', name: 'Sede nord', archivedAt: null }]),
    [`GET ${apiPaths.administrationServices('a')}`]: () => json([]),
    [`GET ${deliveryPaths.administrationWebhooks('a')}`]: () => json([]),
    [`GET ${deliveryPaths.status}`]: () => json({ email, from: email ? 'gradimento@comune.example.org' : null }),
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

const q = <T extends Element>(testId: string) => container.querySelector<T>(`[data-testid="${testId}"]`);
const field = (testId: string) => q<HTMLInputElement>(testId)!;
const editButton = () => q<HTMLButtonElement>('alert-rule-edit')!;
const title = () => q<HTMLHeadingElement>('rule-form-title')!;
const puts = () => seen.filter((r) => r.method === 'PATCH');
const gets = () => seen.filter((r) => r.method === 'GET' && r.url === alertPaths.administrationRules('a'));

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Opens the editor and the form of its one rule. */
async function editTheRule(put?: Route): Promise<void> {
  open(put);
  await vi.waitFor(() => expect(q('alert-rule')).not.toBeNull());
  editButton().click();
  await vi.waitFor(() => expect(title().textContent).toBe('Modifica la regola «Negativi in Sede»'));
}

describe('rules editor: changing a rule', () => {
  it('has a «Modifica» button per rule, named after it, that opens the same form filled with the rule\'s values', async () => {
    await editTheRule();
    expect(editButton().textContent).toBe('Modifica');
    expect(editButton().getAttribute('aria-label')).toBe('Modifica la regola «Negativi in Sede»');
    // One form, now the rule's: its heading names it and names the form.
    expect(container.querySelectorAll('form')).toHaveLength(1);
    const form = q<HTMLFormElement>('alert-rule-form')!;
    expect(document.getElementById(form.getAttribute('aria-labelledby')!)).toBe(title());
    expect(field('rule-name').value).toBe('Negativi in Sede');
    expect(q<HTMLSelectElement>('rule-kind')!.value).toBe('negative-share');
    expect(q<HTMLSelectElement>('rule-office')!.value).toBe('o1');
    expect([field('rule-lastVotes').value, field('rule-openAbovePct').value, field('rule-closeBelowPct').value]).toEqual(['30', '30', '20']);
    expect(field('rule-email').checked).toBe(true);
    expect(select().value).toBe('en');
    expect(q('rule-save')!.textContent).toBe('Salva le modifiche');
    // What happens to the rule's open alert, said before saving.
    expect(form.textContent).toContain('Se cambi tipo, ufficio o servizio, l’avviso aperto della regola si chiude');
  });

  it('moves the focus to the form\'s heading when it opens', async () => {
    await editTheRule();
    await vi.waitFor(() => expect(document.activeElement).toBe(title()));
  });

  it('saves the settings changed with PATCH and the version read, then closes the form, reloads the list and gives the focus back to the «Modifica» button', async () => {
    await editTheRule();
    type(field('rule-closeBelowPct'), '25');
    q<HTMLSelectElement>('rule-office')!.value = 'o2';
    q<HTMLSelectElement>('rule-office')!.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    const loads = gets().length;
    q<HTMLButtonElement>('rule-save')!.click();
    await vi.waitFor(() => expect(puts()).toHaveLength(1));
    expect(puts()[0]!.url).toBe(alertPaths.rule('r1'));
    // The thresholds go whole when one of them changed; what was left alone stays out.
    expect(puts()[0]!.body).toEqual({
      officeId: 'o2',
      params: { kind: 'negative-share', lastVotes: 30, openAbovePct: 30, closeBelowPct: 25 },
      version: RULE.version,
    });
    expect(seen.some((r) => r.method === 'POST')).toBe(false);
    await vi.waitFor(() => expect(title().textContent).toBe('Nuova regola'));
    await vi.waitFor(() => expect(gets().length).toBeGreaterThan(loads));
    await vi.waitFor(() => expect(document.activeElement).toBe(editButton()));
    expect(q('rule-cancel')).toBeNull();
    // The new rule's form is empty again, not the rule's.
    expect(field('rule-name').value).toBe('');
  });

  it('cancels without a request: the new rule\'s form again, the focus back on «Modifica»', async () => {
    await editTheRule();
    type(field('rule-name'), 'Altro nome');
    const before = seen.length;
    q<HTMLButtonElement>('rule-cancel')!.click();
    await vi.waitFor(() => expect(title().textContent).toBe('Nuova regola'));
    expect(seen.length).toBe(before);
    expect(field('rule-name').value).toBe('');
    await vi.waitFor(() => expect(document.activeElement).toBe(editButton()));
  });

  it('shows the collector\'s problems by their fields and keeps the form open', async () => {
    await editTheRule(() =>
      apiError(400, 'validation_failed', 'The rule cannot be saved as it is. See the problems listed.', {
        problems: [{ field: '/params/closeBelowPct', reason: 'must be lower than openAbovePct: the gap keeps an alert from opening and closing at every vote' }],
      }),
    );
    type(field('rule-closeBelowPct'), '40');
    await new Promise((r) => setTimeout(r, 0));
    q<HTMLButtonElement>('rule-save')!.click();
    await vi.waitFor(() => expect(q('rule-closeBelowPct-problem')?.textContent).toMatch(/^must be lower than openAbovePct/));
    expect(field('rule-closeBelowPct').getAttribute('aria-invalid')).toBe('true');
    expect(field('rule-closeBelowPct').getAttribute('aria-describedby')).toBe('rule-closeBelowPct-note');
    expect(q('rule-error')!.textContent).toContain('The rule cannot be saved as it is.');
    expect(title().textContent).toBe('Modifica la regola «Negativi in Sede»');
    expect(field('rule-closeBelowPct').value).toBe('40');
  });
});

describe('rules editor: a rule changed by someone else meanwhile', () => {
  it('refused as stale: says who, keeps the thresholds typed, shows the rule stored now, and saves the same change on its version', async () => {
    const annas = { ...RULE, name: 'Negativi in Sede centrale', updatedAt: '2026-03-04T10:15:00Z', version: '2026-03-04T10:15:00Z' };
    await editTheRule((req) => {
      if ((req.body as { version: string }).version === RULE.version) {
        stored = annas;
        return apiError(409, 'stale', 'Questa regola di avviso è stata modificata…', { changed: { by: 'Anna Rossi', at: annas.updatedAt } });
      }
      return json((stored = { ...stored, ...(req.body as object) }));
    });
    type(field('rule-closeBelowPct'), '25');
    await new Promise((r) => setTimeout(r, 0));
    q<HTMLButtonElement>('rule-save')!.click();
    await vi.waitFor(() => expect(q('rule-stale')?.textContent).toContain('Qualcun altro ha modificato questa regola di avviso dopo che l’hai aperta.'));
    expect(q('rule-stale')!.textContent).toContain('Ultima modifica: Anna Rossi, ');
    expect(field('rule-closeBelowPct').value).toBe('25');
    q<HTMLButtonElement>('rule-stale-reload')!.click();
    await vi.waitFor(() => expect(q('rule-stale-theirs')?.textContent).toContain('Negativi in Sede centrale'));
    q<HTMLButtonElement>('rule-save')!.click();
    await vi.waitFor(() => expect(puts()).toHaveLength(2));
    expect(puts().map((r) => r.body)).toEqual([
      { params: { kind: 'negative-share', lastVotes: 30, openAbovePct: 30, closeBelowPct: 25 }, version: RULE.version },
      { params: { kind: 'negative-share', lastVotes: 30, openAbovePct: 30, closeBelowPct: 25 }, version: annas.version },
    ]);
    await vi.waitFor(() => expect(title().textContent).toBe('Nuova regola'));
  });
});

describe('rules editor: a collector that sends no e-mail', () => {
  const offOpen = () => open(undefined, false);

  it('offers no e-mail on a new rule, and says why and what happens instead', async () => {
    offOpen();
    await vi.waitFor(() => expect(container.querySelector('[data-testid="rule-email-off"]')).not.toBeNull());
    const box = container.querySelector<HTMLInputElement>('[data-testid="rule-email"]')!;
    expect(box.disabled).toBe(true);
    expect(box.checked).toBe(false);
    expect(box.getAttribute('aria-describedby')).toBe('rule-email-off');
    expect(container.querySelector('#rule-email-off')!.textContent).toBe('L’invio di e-mail non è attivo su questo collettore: l’avviso compare sul cruscotto (e al webhook, se ne scegli uno). Per le e-mail chiedi al personale IT di attivarle.');
  });

  it('lets a rule that asks for e-mail be unticked', async () => {
    offOpen();
    await vi.waitFor(() => expect(container.querySelector('[data-testid="alert-rule-edit"]')).not.toBeNull());
    container.querySelector<HTMLButtonElement>('[data-testid="alert-rule-edit"]')!.click();
    await vi.waitFor(() => expect(container.querySelector<HTMLInputElement>('[data-testid="rule-email"]')!.checked).toBe(true));
    expect(container.querySelector<HTMLInputElement>('[data-testid="rule-email"]')!.disabled).toBe(false);
  });

  it('offers e-mail where the collector sends it', async () => {
    open();
    await vi.waitFor(() => expect(container.querySelector('[data-testid="alert-rule"]')).not.toBeNull());
    await new Promise((r) => setTimeout(r, 50));
    expect(container.querySelector<HTMLInputElement>('[data-testid="rule-email"]')!.disabled).toBe(false);
    expect(container.querySelector('[data-testid="rule-email-off"]')).toBeNull();
  });
});

describe('rules editor: a rule changed since it was made', () => {
  it('says when, under its name', async () => {
    open();
    await vi.waitFor(() => expect(container.querySelector('[data-testid="alert-rule-changed"]')).not.toBeNull());
    expect(container.querySelector('[data-testid="alert-rule-changed"]')!.textContent).toBe(`modificata il ${formatWhen(RULE.updatedAt)}`);
  });
});

describe('rules editor: whom a rule\'s e-mail reaches', () => {
  const recipientsLine = () => container.querySelector('[data-testid="alert-rule-recipients"]');

  it('says how many people get it', async () => {
    open();
    await vi.waitFor(() => expect(recipientsLine()).not.toBeNull());
    expect(recipientsLine()!.textContent).toBe('e-mail a 3 persone');
  });

  it('says plainly, as a problem, that nobody would get it', async () => {
    open();
    stored = { ...RULE, emailRecipients: 0 };
    render(null, container);
    render(<RulesEditor administrationId="a" />, container);
    await vi.waitFor(() => expect(recipientsLine()?.textContent).toMatch(/^Nessuno riceverà l’e-mail/));
    expect(recipientsLine()!.className).toBe('field-problem');
  });
});


describe('rules editor: a rule that does not judge now', () => {
  const judgementLine = () => container.querySelector('[data-testid="alert-rule-judgement"]');
  const showing = async (judgement: ListedAlertRule['judgement']) => {
    open();
    stored = { ...RULE, judgement };
    render(null, container);
    render(<RulesEditor administrationId="a" />, container);
    await vi.waitFor(() => expect(container.querySelector('[data-testid="alert-rule"]')).not.toBeNull());
  };

  it('says nothing while it judges', async () => {
    await showing({ state: 'judging' });
    expect(judgementLine()).toBeNull();
  });

  it('says how many votes it still waits for, and that no alert opens meanwhile', async () => {
    await showing({ state: 'too-few-votes', votes: 12, needed: 30 });
    await vi.waitFor(() => expect(judgementLine()?.textContent).toBe('Non valuta ancora: 12 giudizi su 30 necessari. Finché non li ha, non si apre nessun avviso.'));
  });

  it('says when there is nothing to judge against', async () => {
    await showing({ state: 'no-standard' });
    await vi.waitFor(() => expect(judgementLine()?.textContent).toBe('Non valuta: il servizio non ha uno standard della carta in vigore oggi.'));
  });
});
