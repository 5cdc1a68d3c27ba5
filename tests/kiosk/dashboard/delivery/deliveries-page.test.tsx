// The «Consegne» page against a stubbed collector: failed and waiting messages first with their error in
// plain words and next try, sent ones after, sending a failed one again, and the empty state.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { Administration } from '../../../../server/contract/admin';
import type { Delivery } from '../../../../server/contract/delivery';
import { AdminPages } from '../../../../kiosk/dashboard/admin/dashboard-admin';
import { forgetSession, rememberSession } from '../../../../kiosk/dashboard/api';
import { formatWhen } from '../../../../kiosk/dashboard/admin/format-when';
import { json, session, stubCollector, type SeenRequest } from '../fixtures/fake-collector';

const ADMINISTRATIONS: Administration[] = [{ id: 'a', name: 'Comune di Valdoria', archivedAt: null, createdAt: '2024-01-01T00:00:00Z' }];
const HOOK = 'https://hooks.valdoria.example/urp';
const delivery = (over: Partial<Delivery>): Delivery => ({
  id: 'd',
  kind: 'webhook',
  source: 'alert',
  administrationId: 'a',
  officeId: null,
  recipient: HOOK,
  subject: 'alert.opened',
  status: 'pending',
  attempts: 0,
  nextAttemptAt: null,
  lastError: null,
  createdAt: '2026-11-28T08:00:00Z',
  sentAt: null,
  failedAt: null,
  ...over,
});

let outbox: Delivery[];
let container: HTMLElement;
let seen: SeenRequest[];
const rows = () => [...container.querySelectorAll<HTMLElement>('[data-testid="delivery-row"]')];
const rowOf = (id: string) => container.querySelector<HTMLElement>(`[data-testid="delivery-row"][data-delivery-id="${id}"]`)!;
const cell = (id: string, testId: string) => rowOf(id).querySelector<HTMLElement>(`[data-testid="${testId}"]`)!.textContent;

function open(): void {
  seen = stubCollector({
    'GET /api/v1/administrations': () => json(ADMINISTRATIONS),
    // The collector filters by state; the stub does the same from the query string.
    'GET /api/v1/administrations/a/deliveries': (req) => {
      const query = new URL(req.url, 'http://x').searchParams;
      return json(outbox.filter((d) => d.status === query.get('status')).slice(0, Number(query.get('limit'))));
    },
    // The totals of the whole outbox, beyond what the list answers.
    'GET /api/v1/administrations/a/deliveries/counts': () =>
      json({
        failed: outbox.filter((d) => d.status === 'failed').length,
        retrying: outbox.filter((d) => d.status === 'pending' && d.attempts > 0).length,
        queued: outbox.filter((d) => d.status === 'pending' && d.attempts === 0).length,
        sent: outbox.filter((d) => d.status === 'sent').length,
      }),
    'POST /api/v1/deliveries/w0/retry': () => {
      outbox = outbox.map((d) => (d.id === 'w0' ? { ...d, status: 'pending', attempts: 0, failedAt: null, nextAttemptAt: '2026-11-28T10:00:00Z' } : d));
      return json(outbox.find((d) => d.id === 'w0'));
    },
  });
  container = document.createElement('div');
  document.body.append(container);
  const info = session([{ role: 'administration_admin', administrationId: 'a', officeId: null }]);
  rememberSession(info);
  render(<AdminPages page="deliveries" session={info} />, container);
}
afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  forgetSession();
});

describe('deliveries page', () => {
  it('lists failed and retried messages first with their error in words and next try, sent ones after; a failed one is sent again', async () => {
    outbox = [
      delivery({ id: 's1', kind: 'email', source: 'subscription', recipient: 'sindaco@valdoria.example', subject: 'Rapporto settimanale', status: 'sent', attempts: 1, sentAt: '2026-11-27T07:00:00Z' }),
      delivery({ id: 'w1', attempts: 3, lastError: `cannot reach ${HOOK}: ECONNREFUSED`, nextAttemptAt: '2026-11-28T09:40:00Z' }),
      delivery({ id: 'q1', kind: 'email', source: 'alert', recipient: 'urp@valdoria.example', subject: 'Avviso: giudizi in calo' }),
      delivery({ id: 'w0', source: 'webhook-test', subject: 'ping', status: 'failed', attempts: 10, lastError: `${HOOK} answered 503: Service Unavailable`, failedAt: '2026-11-28T06:00:00Z' }),
    ];
    open();
    await vi.waitFor(() => expect(rows()).toHaveLength(4));
    expect(container.querySelector('[data-testid="page-deliveries"] h2')!.textContent).toBe('Consegne');
    // Failed first, then waiting after a failed attempt, then merely queued, then sent.
    expect(rows().map((r) => r.dataset.deliveryId)).toEqual(['w0', 'w1', 'q1', 's1']);
    expect(rows().map((r) => r.querySelector('[data-testid="delivery-state"]')!.textContent)).toEqual(['Non riuscito', 'In attesa di nuovo tentativo', 'In coda', 'Inviato']);
    expect(container.querySelector('[data-testid="deliveries-summary"]')!.textContent).toContain('2 invii non riusciti o in attesa di nuovo tentativo.');

    // The webhook being retried: its URL, what it was, attempts, the error in words, when it is tried next.
    expect(cell('w1', 'delivery-recipient')).toBe(HOOK);
    expect(rowOf('w1').textContent).toContain('Webhook');
    expect(rowOf('w1').textContent).toContain('Avviso');
    expect(cell('w1', 'delivery-attempts')).toBe('3');
    expect(cell('w1', 'delivery-error')).toBe(`Impossibile raggiungere ${HOOK}: connessione rifiutata, nessun servizio in ascolto.`);
    // The collector's own words stay at hand for whoever fixes the receiver.
    expect(rowOf('w1').querySelector('[data-testid="delivery-error"]')!.getAttribute('title')).toBe(`cannot reach ${HOOK}: ECONNREFUSED`);
    expect(cell('w1', 'delivery-next')).toBe(formatWhen('2026-11-28T09:40:00Z'));

    // The failed one: given up on, no next try until sent again.
    expect(rowOf('w0').textContent).toContain('Prova del webhook');
    expect(cell('w0', 'delivery-error')).toBe(`${HOOK} ha risposto con errore 503: «Service Unavailable».`);
    expect(cell('w0', 'delivery-next')).toBe('nessuno: invialo di nuovo');
    expect(rowOf('w0').textContent).toContain(`abbandonato il ${formatWhen('2026-11-28T06:00:00Z')}`);
    expect(rowOf('w1').querySelector('[data-testid="delivery-retry"]')).toBeNull();

    // The sent e-mail: its recipient and when it went.
    expect(cell('s1', 'delivery-recipient')).toBe('sindaco@valdoria.example');
    expect(rowOf('s1').textContent).toContain('Rapporto in abbonamento');
    expect(cell('s1', 'delivery-next')).toBe(`inviato il ${formatWhen('2026-11-27T07:00:00Z')}`);
    expect(cell('s1', 'delivery-error')).toBe('—');

    rowOf('w0').querySelector<HTMLButtonElement>('[data-testid="delivery-retry"]')!.click();
    await vi.waitFor(() => expect(rowOf('w0').dataset.state).toBe('queued'));
    const retry = seen.find((r) => r.method === 'POST')!;
    expect(retry.url).toBe('/api/v1/deliveries/w0/retry');
    expect(retry.headers.get('x-csrf-token')).toBe('csrf-123');
    expect(cell('w0', 'delivery-next')).toBe(formatWhen('2026-11-28T10:00:00Z'));
  });

  it('counts every failed message in its summary, says how many it lists, and lists more on request', async () => {
    outbox = Array.from({ length: 400 }, (_, i) => delivery({ id: `f${i}`, kind: 'email', source: 'subscription', recipient: `p${i}@valdoria.example`, status: 'failed', attempts: 10, failedAt: '2026-11-28T06:00:00Z' }));
    open();
    await vi.waitFor(() => expect(rows()).toHaveLength(50));
    expect(container.querySelector('[data-testid="deliveries-summary"]')!.textContent).toContain('400 invii non riusciti');
    expect(container.querySelector('[data-testid="deliveries-cut"]')!.textContent).toContain('Sono elencati i più recenti: non riuscito 50 su 400.');
    container.querySelector<HTMLButtonElement>('[data-testid="deliveries-more"]')!.click();
    await vi.waitFor(() => expect(rows()).toHaveLength(200));
    expect(container.querySelector('[data-testid="deliveries-cut"]')!.textContent).toContain('non riuscito 200 su 400');
    expect(container.querySelector('[data-testid="deliveries-more"]')).toBeNull();
  });

  it('says so when the administration has sent nothing yet', async () => {
    outbox = [];
    open();
    await vi.waitFor(() => expect(container.querySelector('[data-testid="deliveries-empty"]')).not.toBeNull());
    expect(container.querySelector('[data-testid="deliveries-empty"]')!.textContent).toContain('Nessun invio per questa amministrazione');
    expect(rows()).toHaveLength(0);
    // It asked for each state of this administration's outbox.
    expect(seen.filter((r) => r.url.startsWith('/api/v1/administrations/a/deliveries?')).map((r) => new URL(r.url, 'http://x').searchParams.get('status')).sort()).toEqual(['failed', 'pending', 'sent']);
  });
});
