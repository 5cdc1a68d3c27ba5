// The services page and the charter standard's history: a standard set from a chosen day, only what changed sent, every change listed with who set it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Service } from '../../../../server/contract/admin';
import { serviceChange, ServicesPage, standardsToday } from '../../../../kiosk/dashboard/admin/services-page';
import { forgetSession, rememberSession } from '../../../../kiosk/dashboard/api';
import { formatWhen } from '../../../../kiosk/dashboard/admin/format-when';
import { apiError, INSTALLATION_ADMIN, json, session, stubCollector, type SeenRequest } from '../fixtures/fake-collector';

const ANAGRAFE: Service = {
  id: 's1',
  administrationId: 'a',
  name: 'Anagrafe',
  standard: { minPositivePct: 85 },
  standards: [
    { validFrom: '1970-01-01', minPositivePct: 80, setAt: '2025-01-10T09:00:00.000Z', setBy: null },
    { validFrom: '2026-03-01', minPositivePct: 85, setAt: '2026-02-20T09:00:00.000Z', setBy: 'it@valdoria.example' },
    { validFrom: '2999-01-01', minPositivePct: null, setAt: '2026-02-21T09:00:00.000Z', setBy: 'it@valdoria.example' },
  ],
  archivedAt: null,
};
const TRIBUTI: Service = { id: 's2', administrationId: 'a', name: 'Tributi', standard: null, standards: [], archivedAt: null };

let container: HTMLElement;
let seen: SeenRequest[];
let patches: number;
const $ = (testId: string, root: ParentNode = container) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const rowOf = (id: string) => container.querySelector<HTMLElement>(`[data-testid="service-row"][data-service-id="${id}"]`)!;
const fill = (testId: string, value: string) =>
  act(() => {
    const el = $(testId) as HTMLInputElement;
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
const submit = () => act(async () => void $('service-form')!.dispatchEvent(new Event('submit', { cancelable: true })));

beforeEach(() => {
  patches = 0;
  seen = stubCollector({
    'GET /api/v1/administrations/a/services': () => json([ANAGRAFE, TRIBUTI]),
    'PATCH /api/v1/services/s1': () => (++patches === 1 ? apiError(400, 'validation_failed', 'Invalid', { problems: [{ field: '/standardFrom', reason: 'not a calendar date' }] }) : json(ANAGRAFE)),
    'PATCH /api/v1/services/s2': () => json(TRIBUTI),
  });
  rememberSession(session(INSTALLATION_ADMIN));
  container = document.createElement('div');
  document.body.append(container);
  render(<ServicesPage administrationId="a" />, container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  forgetSession();
});

describe('services page: the charter standard and its history', () => {
  it('says the report checks each period against the standard in force on each day', async () => {
    await vi.waitFor(() => expect(rowOf('s1')).not.toBeNull());
    const intro = container.querySelector('p.muted')!.textContent!;
    expect(intro).not.toContain('verificherà');
    expect(intro).toContain('con lo standard in vigore giorno per giorno');
    expect(intro).toContain('raggiunto o mancato');
  });

  it('lists every change of a service’s standard: from when, how much, who set it; today’s marked', async () => {
    await vi.waitFor(() => expect(rowOf('s1')).not.toBeNull());
    expect(rowOf('s1').querySelector('summary')!.textContent).toBe('Storico: 3 impostazioni');
    const items = [...rowOf('s1').querySelectorAll('[data-testid="standard-history"] li')].map((li) => li.textContent);
    expect(items[0]).toMatch(/^dall’inizio: almeno 80% positivi — impostato da sistema, /);
    expect(items[1]).toMatch(/^dall’1 marzo 2026: almeno 85% positivi(in vigore)? — impostato da it@valdoria\.example, /);
    expect(items[2]).toMatch(/^dall’1 gennaio 2999: nessuno standardprogrammato — impostato da it@valdoria\.example/);
    expect(rowOf('s2').querySelector('details')).toBeNull();
  });

  it('sends a changed standard with the day it applies from, shows the refusal by that field, then saves', async () => {
    await vi.waitFor(() => expect(rowOf('s1')).not.toBeNull());
    act(() => $('service-edit', rowOf('s1'))!.click());
    expect(($('service-standard-from') as HTMLInputElement).value).toBe(standardsToday());
    expect($('service-form')!.textContent).toContain('Storico dello standard');
    fill('service-standard', '90');
    fill('service-standard-from', '2026-01-01');
    await submit();
    await vi.waitFor(() => expect($('service-standard-from-problem')?.textContent).toBe('not a calendar date'));
    await submit();
    await vi.waitFor(() => expect($('service-form')).toBeNull());
    const sent = seen.filter((r) => r.method === 'PATCH').map((r) => r.body);
    expect(sent).toEqual([
      { standard: { minPositivePct: 90 }, standardFrom: '2026-01-01' },
      { standard: { minPositivePct: 90 }, standardFrom: '2026-01-01' },
    ]);
  });

  it('renames without writing a new standard into the history, and a new service has no "in vigore dal"', async () => {
    await vi.waitFor(() => expect(rowOf('s2')).not.toBeNull());
    act(() => $('service-edit', rowOf('s2'))!.click());
    fill('service-name', 'Tributi e IMU');
    await submit();
    await vi.waitFor(() => expect($('service-form')).toBeNull());
    expect(seen.filter((r) => r.method === 'PATCH').map((r) => r.body)).toEqual([{ name: 'Tributi e IMU' }]);

    act(() => $('service-new')!.click());
    expect($('service-standard-from')).toBeNull();
  });

  it('sends the translations for the terminal, trimmed, blank languages left out; the Arabic field reads right to left', async () => {
    await vi.waitFor(() => expect(rowOf('s2')).not.toBeNull());
    act(() => $('service-edit', rowOf('s2'))!.click());
    expect($('service-translations')!.querySelector('summary')!.textContent).toBe('Traduzioni per il terminale: nessuna');
    expect($('service-tr-ar')!.getAttribute('dir')).toBe('rtl');
    expect($('service-tr-zh')!.getAttribute('lang')).toBe('zh-Hans');
    fill('service-tr-en', ' Local taxes ');
    fill('service-tr-de', '   ');
    expect($('service-translations')!.querySelector('summary')!.textContent).toBe('Traduzioni per il terminale: 1 lingua');
    await submit();
    await vi.waitFor(() => expect($('service-form')).toBeNull());
    expect(seen.filter((r) => r.method === 'PATCH').map((r) => r.body)).toEqual([{ translations: { en: 'Local taxes' } }]);
  });

  it('asks to check the translations once the Italian name changes, and only when there are some', async () => {
    await vi.waitFor(() => expect(rowOf('s2')).not.toBeNull());
    act(() => $('service-edit', rowOf('s2'))!.click());
    fill('service-tr-en', 'Local taxes');
    expect($('service-translations-stale')).toBeNull();
    fill('service-name', 'Tributi e IMU');
    expect($('service-translations-stale')!.textContent).toMatch(/^Il testo italiano è cambiato/);
    expect(($('service-translations') as HTMLDetailsElement).open).toBe(true);
    fill('service-name', 'Tributi');
    expect($('service-translations-stale')).toBeNull();
  });
});

describe('services page: archiving from a list someone changed since', () => {
  it('sends the version the list showed; refused as stale, says beside the button who changed the service and when, reloads the list, and the next confirmation sends the new version', async () => {
    const CHANGED_AT = '2026-03-04T09:01:00.000Z';
    let tributi: Service = { ...TRIBUTI, version: 'v1' };
    render(null, container);
    seen = stubCollector({
      'GET /api/v1/administrations/a/services': () => json([ANAGRAFE, tributi]),
      'POST /api/v1/services/s2/archive': (req) => {
        if ((req.body as { version?: string }).version !== tributi.version) return apiError(409, 'stale', 'This service was changed by someone else', { changed: { by: 'Anna Rossi', at: CHANGED_AT } });
        tributi = { ...tributi, archivedAt: '2026-03-04T09:05:00.000Z' };
        return json(tributi);
      },
    });
    render(<ServicesPage administrationId="a" />, container);
    await vi.waitFor(() => expect(rowOf('s2')).not.toBeNull());
    // Anna renames it while this list stays on screen.
    tributi = { ...tributi, name: 'Tributi e IMU', version: 'v2' };

    act(() => $('service-archive', rowOf('s2'))!.click());
    await act(async () => $('service-archive-confirm', rowOf('s2'))!.click());
    await vi.waitFor(() => expect(rowOf('s2').textContent).toContain('Tributi e IMU'));
    const said = rowOf('s2').querySelector('[role="alert"]')!.textContent;
    expect(said).toBe(
      `Qualcun altro ha modificato questo servizio dopo che hai aperto l’elenco. Ultima modifica: Anna Rossi, ${formatWhen(CHANGED_AT)}. ` +
        'Non è stato fatto nulla: l’elenco ora mostra la versione salvata. Controllala e, se vuoi ancora, riprova.',
    );
    // The question stays open, now naming the service as Anna left it.
    expect(rowOf('s2').querySelector('.confirm p')!.textContent).toContain('Tributi e IMU');

    await act(async () => $('service-archive-confirm', rowOf('s2'))!.click());
    await vi.waitFor(() => expect(container.querySelector('[data-service-id="s2"]')).toBeNull());
    expect(seen.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([{ version: 'v1' }, { version: 'v2' }]);
  });
});

describe('serviceChange', () => {
  const today = '2026-03-05';
  it('sends the standard when its value or its first day changed, and the name when it changed', () => {
    expect(serviceChange(ANAGRAFE, 'Anagrafe', { minPositivePct: 85 }, today, today)).toEqual({});
    expect(serviceChange(ANAGRAFE, 'Anagrafe', null, today, today)).toEqual({ standard: null, standardFrom: today });
    // Same value, an earlier day: the standard applied before it was typed in.
    expect(serviceChange(ANAGRAFE, 'Anagrafe', { minPositivePct: 85 }, '2026-01-01', today)).toEqual({ standard: { minPositivePct: 85 }, standardFrom: '2026-01-01' });
    expect(serviceChange(TRIBUTI, 'Tributi e IMU', null, today, today)).toEqual({ name: 'Tributi e IMU' });
  });
});
