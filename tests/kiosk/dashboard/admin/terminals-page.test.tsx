// The terminals page against a stubbed collector: rows and status, pairing code with an <img> QR, revoke after confirming, create, names as text.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Administration, Office, Service, Terminal } from '../../../../server/contract/admin';
import { AdminPages } from '../../../../kiosk/dashboard/admin/dashboard-admin';
import { HEALTH_REFRESH_MS } from '../../../../kiosk/dashboard/admin/terminals-page';
import { forgetSession, rememberSession } from '../../../../kiosk/dashboard/api';
import { json, session, stubCollector, type SeenRequest } from '../fixtures/fake-collector';

const EVIL = 'Sportello <img src=x onerror="window.__pwned=1">';
const CLOSED = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const ADMINISTRATIONS: Administration[] = [{ id: 'comune-a', name: 'Comune <b>di</b> Aldeno', archivedAt: null, createdAt: '2024-01-01T00:00:00Z' }];
const office = (id: string, name: string): Office => ({ id, administrationId: 'comune-a', name, address: '', timeZone: 'Europe/Rome', openingHours: CLOSED, holidays: [], archivedAt: null });
const OFFICES = [office('sede-centro', 'Sede centrale'), office('tributi', 'Ufficio tributi')];
const SERVICES: Service[] = [
  { id: 'anagrafe', administrationId: 'comune-a', name: 'Anagrafe', standard: { minPositivePct: 80 }, standards: [{ validFrom: '1970-01-01', minPositivePct: 80, setAt: '2024-01-01T00:00:00.000Z', setBy: null }], archivedAt: null },
  { id: 'tributi', administrationId: 'comune-a', name: 'Tributi <script>alert(1)</script>', standard: null, standards: [], archivedAt: null },
];
const terminal = (over: Partial<Terminal>): Terminal => ({
  id: 't1',
  administrationId: 'comune-a',
  officeId: 'sede-centro',
  name: 'Sportello 1',
  mode: 'counter',
  channel: 'sportello',
  scale: 3,
  serviceIds: ['anagrafe'],
  enrolledAt: null,
  revokedAt: null,
  lastSeenAt: null,
  archivedAt: null,
  sound: false,
  staffPinSet: false,
  health: null,
  redated: null,
  minIntervalSeconds: 3,
  burstPerMinute: 8,
  ...over,
});
const TERMINALS = [
  terminal({ id: 't1', name: EVIL, enrolledAt: '2024-06-01T08:00:00Z', lastSeenAt: '2024-06-09T09:58:00Z' }),
  terminal({ id: 't2', name: 'Totem ingresso', mode: 'totem', channel: 'totem', serviceIds: ['tributi', 'anagrafe'] }),
  terminal({ id: 't3', name: 'Vecchio tablet', enrolledAt: '2024-05-01T08:00:00Z', revokedAt: '2024-05-20T08:00:00Z' }),
];
const QR_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><script>window.__pwned=2</script><path d="M0 0h7v7H0z"/></svg>';

let container: HTMLElement;
let seen: SeenRequest[];
const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const row = (id: string) => container.querySelector<HTMLElement>(`[data-testid="terminal-row"][data-terminal-id="${id}"]`)!;
const inRow = (id: string, testId: string) => row(id).querySelector<HTMLElement>(`[data-testid="${testId}"]`)!;

function mount(grants = [{ role: 'administration_admin' as const, administrationId: 'comune-a', officeId: null }]) {
  const info = session(grants);
  rememberSession(info);
  render(<AdminPages page="terminals" session={info} />, container);
}

/** The office page's own requests and `routes` (its terminals, and what a test does with them). */
function stubTerminals(routes: Parameters<typeof stubCollector>[0]) {
  return stubCollector({
    'GET /api/v1/administrations': () => json(ADMINISTRATIONS),
    'GET /api/v1/administrations/comune-a/offices': () => json(OFFICES),
    'GET /api/v1/administrations/comune-a/services': () => json(SERVICES),
    'GET /api/v1/administrations/comune-a/terminals-needing-attention': () => json([]),
    ...routes,
  });
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  seen = stubCollector({
    'GET /api/v1/administrations': () => json(ADMINISTRATIONS),
    'GET /api/v1/administrations/comune-a/offices': () => json(OFFICES),
    'GET /api/v1/administrations/comune-a/services': () => json(SERVICES),
    'GET /api/v1/offices/sede-centro/terminals': () => json(TERMINALS),
    'GET /api/v1/offices/tributi/terminals': () => json([]),
    'GET /api/v1/administrations/comune-a/terminals-needing-attention': () => json([]),
    'POST /api/v1/terminals/t2/pairing-code': () =>
      json({ code: 'ABCD2345', expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(), url: 'https://collettore.example.org/terminal/?code=ABCD2345', qrSvg: QR_SVG }),
    'POST /api/v1/terminals/t1/revoke': () => json({ ...TERMINALS[0], revokedAt: new Date().toISOString() }),
    'POST /api/v1/terminals': (req) => json(terminal({ id: 't9', ...(req.body as object) }), 201),
  });
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  forgetSession();
  delete (window as { __pwned?: number }).__pwned;
});

describe('terminals page', () => {
  it('lists the terminals with their status, last contact and services', async () => {
    mount();
    await vi.waitFor(() => expect(container.querySelectorAll('[data-testid="terminal-row"]')).toHaveLength(3));
    expect(row('t1').dataset.status).toBe('enrolled');
    expect(inRow('t1', 'terminal-status').textContent).toBe('abilitato');
    expect(inRow('t2', 'terminal-status').textContent).toBe('non abilitato');
    expect(inRow('t3', 'terminal-status').textContent).toBe('revocato');
    expect(row('t2').textContent).toContain('Tributi <script>alert(1)</script> · Anagrafe');
    expect(row('t2').textContent).toContain('mai');
    // Only an enrolled terminal can be revoked.
    expect(row('t1').querySelector('[data-testid="terminal-revoke"]')).not.toBeNull();
    expect(row('t2').querySelector('[data-testid="terminal-revoke"]')).toBeNull();
    expect(($('terminal-office') as HTMLSelectElement).value).toBe('sede-centro');
  });

  it('shows the pairing code big, its countdown, and the QR code as an <img>, never as markup', async () => {
    mount();
    await vi.waitFor(() => expect(row('t2')).not.toBeNull());
    act(() => inRow('t2', 'terminal-pair').click());
    await vi.waitFor(() => expect($('pairing-code')?.textContent).toBe('ABCD-2345'));
    expect($('pairing-expiry')?.textContent).toMatch(/^Scade tra 1[45]:\d\d$/);
    expect($('pairing-url')?.textContent).toBe('https://collettore.example.org/terminal/?code=ABCD2345');
    // A public https address: nothing to warn about.
    expect($('pairing-address-warning')).toBeNull();

    const qr = $('pairing-qr') as HTMLImageElement;
    expect(qr.tagName).toBe('IMG');
    expect(qr.getAttribute('src')).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(QR_SVG)}`);
    expect(qr.alt).toContain('Totem ingresso');
    await vi.waitFor(() => expect(qr.complete && qr.naturalWidth).toBeGreaterThan(0));
    expect(container.querySelector('svg, script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    const pair = seen.find((r) => r.url.endsWith('/pairing-code'))!;
    expect(pair.method).toBe('POST');
    expect(pair.headers.get('x-csrf-token')).toBe('csrf-123');
  });

  it('warns before pairing at the machine\'s own address (no tablet reaches it) or without https (no offline copy)', async () => {
    for (const [url, words] of [
      ['http://localhost:8080/terminal/?pair=ABCD2345', 'L’indirizzo nomina il collettore come http://localhost:8080, cioè il computer su cui gira: il tablet non lo raggiunge.'],
      ['http://192.168.1.20:8080/terminal/?pair=ABCD2345', 'L’indirizzo nomina il collettore come http://192.168.1.20:8080, senza https: il terminale si abbina e vota, ma il browser non installa'],
    ] as const) {
      seen = stubTerminals({
        'GET /api/v1/offices/sede-centro/terminals': () => json(TERMINALS),
        'POST /api/v1/terminals/t2/pairing-code': () => json({ code: 'ABCD2345', expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(), url, qrSvg: QR_SVG }),
      });
      mount();
      await vi.waitFor(() => expect(row('t2')).not.toBeNull());
      act(() => inRow('t2', 'terminal-pair').click());
      await vi.waitFor(() => expect($('pairing-address-warning')?.textContent).toContain(words));
      render(null, container);
    }
  });

  it('revokes only after the confirmation', async () => {
    mount();
    await vi.waitFor(() => expect(row('t1')).not.toBeNull());
    act(() => inRow('t1', 'terminal-revoke').click());
    expect(seen.some((r) => r.url.endsWith('/revoke'))).toBe(false);
    expect(row('t1').textContent).toContain('Il terminale smette subito di inviare giudizi');
    act(() => inRow('t1', 'terminal-revoke-confirm').click());
    await vi.waitFor(() => expect(seen.some((r) => r.method === 'POST' && r.url === '/api/v1/terminals/t1/revoke')).toBe(true));
  });

  it('creates a counter terminal with one service and a totem with an ordered list', async () => {
    mount();
    await vi.waitFor(() => expect(row('t1')).not.toBeNull());
    act(() => $('terminal-new')!.click());
    const name = $('terminal-name') as HTMLInputElement;
    act(() => {
      name.value = 'Sportello 2';
      name.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const select = $('terminal-service') as HTMLSelectElement;
    act(() => {
      select.value = 'anagrafe';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => ($('terminal-mode-totem') as HTMLInputElement).click());
    const add = () => $('terminal-service-add') as HTMLSelectElement;
    act(() => {
      add().value = 'tributi';
      add().dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect([...container.querySelectorAll('[data-testid="terminal-service-item"]')].map((li) => li.firstChild?.textContent)).toEqual([
      'Anagrafe',
      'Tributi <script>alert(1)</script>',
    ]);
    // The misuse thresholds start at the collector's defaults; the response interval is raised to 5 s.
    expect(($('terminal-burst') as HTMLInputElement).value).toBe('8');
    const interval = $('terminal-min-interval') as HTMLInputElement;
    act(() => {
      interval.value = '5';
      interval.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => $('terminal-save')!.click());
    await vi.waitFor(() => expect(seen.some((r) => r.method === 'POST' && r.url === '/api/v1/terminals')).toBe(true));
    expect(seen.find((r) => r.url === '/api/v1/terminals')!.body).toMatchObject({ officeId: 'sede-centro', name: 'Sportello 2', mode: 'totem', serviceIds: ['anagrafe', 'tributi'], scale: 3, minIntervalSeconds: 5, burstPerMinute: 8 });
  });

  it('shows each terminal\'s last heartbeat: silent ones said in words, low storage warned, none yet said so', async () => {
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    const health = (over: object) => ({ reportedAt: at(1), appVersion: '0.1.0+abc1234', pending: 3, held: 1, oldestQueuedAt: at(40), lastDeliveryAt: at(2), storageUsage: 1e6, storageQuota: 2e9, persisted: true, silent: false, ...over });
    seen = stubTerminals({
      'GET /api/v1/offices/sede-centro/terminals': () =>
        json([
          { ...TERMINALS[0], health: health({}) },
          { ...TERMINALS[1], health: health({ reportedAt: at(12), silent: true, storageUsage: 1_990_000_000, persisted: false, held: 0 }) },
          TERMINALS[2],
        ]),
    });
    mount();
    await vi.waitFor(() => expect(row('t1')).not.toBeNull());
    expect(inRow('t1', 'terminal-health').dataset.health).toBe('alive');
    expect(inRow('t1', 'terminal-health').textContent).toContain('3 in coda, 1 trattenuto');
    expect(inRow('t1', 'terminal-health').textContent).toContain('versione 0.1.0+abc1234');
    // A held vote waits for staff on the device: the page says where to act.
    expect(inRow('t1', 'terminal-health-warning').textContent).toBe(
      '1 giudizio resta trattenuto sul terminale: il motivo è nella sua diagnostica, da cui si riprovano quelli rifiutati dal collettore dopo aver corretto la configurazione',
    );
    expect(inRow('t2', 'terminal-health').dataset.health).toBe('silent');
    expect(inRow('t2', 'terminal-health').textContent).toMatch(/^Silenzioso: ultimo segnale/);
    expect(inRow('t2', 'terminal-health-warning').textContent).toBe('spazio quasi esaurito (0% libero) · archiviazione non persistente');
    expect(inRow('t3', 'terminal-health').textContent).toBe('Nessun segnale ricevuto');
    expect(container.textContent).toContain('senza segnali da 5 minuti');
  });

  it('says before archiving what stops, and that votes still queued by its last heartbeat would never be sent', async () => {
    const health = { reportedAt: new Date().toISOString(), appVersion: '0.1.0', pending: 12, held: 0, oldestQueuedAt: null, lastDeliveryAt: null, storageUsage: null, storageQuota: null, persisted: null, silent: false };
    seen = stubTerminals({ 'GET /api/v1/offices/sede-centro/terminals': () => json([{ ...TERMINALS[0], health }, TERMINALS[1]]) });
    mount();
    await vi.waitFor(() => expect(row('t1')).not.toBeNull());
    act(() => inRow('t1', 'terminal-archive').click());
    expect(row('t1').textContent).toContain(
      'Il terminale smette di raccogliere giudizi e non potrà essere abbinato di nuovo. Secondo il suo ultimo segnale ha ancora 12 giudizi da inviare: da archiviato non li invierà più. Aspetta che li invii, oppure revocalo invece di archiviarlo',
    );
    // Nothing queued: what stops, without the warning.
    act(() => inRow('t2', 'terminal-archive').click());
    expect(row('t2').textContent).toContain('Il terminale smette di raccogliere giudizi e non potrà essere abbinato di nuovo.');
    expect(row('t2').textContent).not.toContain('da inviare');
    expect(seen.some((r) => r.url.endsWith('/archive'))).toBe(false);
  });

  it('names a terminal with a wrong clock, its re-dated votes of the last 7 days and what to do; the others show nothing more', async () => {
    const redated = { count: 1234, lastAt: '2024-06-09T08:30:00Z' };
    seen = stubTerminals({
      'GET /api/v1/offices/sede-centro/terminals': () =>
        json([
          { ...TERMINALS[0], redated },
          { ...TERMINALS[1], redated: { count: 1, lastAt: '2024-06-01T08:30:00Z' } },
          // Archived: nobody will set its clock any more.
          terminal({ id: 't4', name: 'Tablet dismesso', archivedAt: '2024-06-08T08:00:00Z', redated }),
          TERMINALS[2],
        ]),
    });
    mount();
    await vi.waitFor(() => expect(row('t1')).not.toBeNull());
    const clock = inRow('t1', 'terminal-clock');
    expect(clock.querySelector('.status')!.textContent).toBe('Orologio sbagliato');
    expect(clock.textContent).toMatch(/^Orologio sbagliato1234 giudizi ridatati negli ultimi 7 giorni, l’ultimo arrivato il 9 giu 2024, \d\d:30\./);
    expect(clock.textContent).toContain('Imposta data e ora del terminale, o attiva data e ora automatiche.');
    expect(clock.textContent).toContain('il collettore li conta nel giorno e nell’ora in cui arrivano');
    expect(inRow('t2', 'terminal-clock').textContent).toMatch(/^Orologio sbagliato1 giudizio ridatato negli ultimi 7 giorni, l’ultimo arrivato l’1 giu 2024/);
    expect(row('t3').querySelector('[data-testid="terminal-clock"]')).toBeNull();
    expect(row('t4').querySelector('[data-testid="terminal-clock"]')).toBeNull();
  });

  it('reads the list again every minute while it is open, so a terminal that falls silent is flagged without a reload', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let silent = false;
      const health = () => ({ reportedAt: new Date().toISOString(), appVersion: '0.1.0', pending: 0, held: 0, oldestQueuedAt: null, lastDeliveryAt: null, storageUsage: 1e6, storageQuota: 2e9, persisted: true, silent });
      seen = stubTerminals({
        'GET /api/v1/offices/sede-centro/terminals': () => json([{ ...TERMINALS[0], health: health() }]),
      });
      mount();
      await vi.waitFor(() => expect(inRow('t1', 'terminal-health').dataset.health).toBe('alive'));
      const reads = () => seen.filter((r) => r.url === '/api/v1/offices/sede-centro/terminals').length;
      const before = reads();
      silent = true;
      act(() => {
        vi.advanceTimersByTime(HEALTH_REFRESH_MS - 1_000);
      });
      expect(reads()).toBe(before);
      act(() => {
        vi.advanceTimersByTime(1_000);
      });
      await vi.waitFor(() => expect(inRow('t1', 'terminal-health').dataset.health).toBe('silent'));
      expect(reads()).toBe(before + 1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends the sound and a new PIN with the terminal, and can remove a PIN', async () => {
    seen = stubTerminals({
      'GET /api/v1/offices/sede-centro/terminals': () => json([{ ...TERMINALS[0], staffPinSet: true }, TERMINALS[1]]),
      'PATCH /api/v1/terminals/t1': (req) => json({ ...TERMINALS[0], ...(req.body as object) }),
      'PATCH /api/v1/terminals/t2': (req) => json({ ...TERMINALS[1], ...(req.body as object) }),
    });
    mount();
    await vi.waitFor(() => expect(row('t2')).not.toBeNull());
    act(() => inRow('t2', 'terminal-edit').click());
    act(() => ($('terminal-sound') as HTMLInputElement).click());
    const pin = $('terminal-staff-pin') as HTMLInputElement;
    act(() => {
      pin.value = '482913';
      pin.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => $('terminal-save')!.click());
    await vi.waitFor(() => expect(seen.some((r) => r.method === 'PATCH' && r.url === '/api/v1/terminals/t2')).toBe(true));
    expect(seen.find((r) => r.url === '/api/v1/terminals/t2')!.body).toMatchObject({ sound: true, staffPin: '482913' });

    await vi.waitFor(() => expect(row('t1')).not.toBeNull());
    act(() => inRow('t1', 'terminal-edit').click());
    await vi.waitFor(() => expect($('terminal-staff-pin-remove')).not.toBeNull());
    act(() => ($('terminal-staff-pin-remove') as HTMLInputElement).click());
    act(() => $('terminal-save')!.click());
    await vi.waitFor(() => expect(seen.some((r) => r.method === 'PATCH' && r.url === '/api/v1/terminals/t1')).toBe(true));
    // Only what changed: the sound it already had stays out of the change.
    expect(seen.find((r) => r.url === '/api/v1/terminals/t1')!.body).toEqual({ staffPin: null });
  });

  it('lists first, for the whole administration, the terminals that need looking at, and opens the office of one', async () => {
    const silentHealth = { reportedAt: '2026-11-16T08:00:00.000Z', appVersion: '0.1.0', pending: 3, held: 2, oldestQueuedAt: null, lastDeliveryAt: null, storageUsage: 1e6, storageQuota: 2e9, persisted: true, silent: true };
    seen = stubTerminals({
      'GET /api/v1/offices/sede-centro/terminals': () => json(TERMINALS),
      'GET /api/v1/offices/tributi/terminals': () => json([terminal({ id: 't7', officeId: 'tributi', name: 'Sportello tributi', enrolledAt: '2024-06-01T08:00:00Z', health: silentHealth })]),
      'GET /api/v1/administrations/comune-a/terminals-needing-attention': () =>
        json([{ id: 't7', name: 'Sportello tributi', officeId: 'tributi', officeName: 'Ufficio tributi', reasons: ['silent', 'held'], health: silentHealth, redated: null }]),
    });
    mount();
    await vi.waitFor(() => expect($('terminals-attention-count')?.textContent).toBe('1 terminale da controllare.'));
    const attention = container.querySelector<HTMLElement>('[data-testid="attention-row"][data-terminal-id="t7"]')!;
    expect([...attention.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)).toEqual(['Ufficio tributi', 'Sportello tributi', 'silenzioso · giudizi trattenuti']);
    // The office shown below is the first one; the row's button opens the terminal's own.
    await vi.waitFor(() => expect(row('t1')).not.toBeNull());
    attention.querySelector('button')!.click();
    await vi.waitFor(() => expect(row('t7')).not.toBeNull());
    expect(($('terminal-office') as HTMLSelectElement).value).toBe('tributi');
  });

  it("leaves the administration's list out for an office manager", async () => {
    mount([{ role: 'office_manager', administrationId: 'comune-a', officeId: 'sede-centro' }, { role: 'office_manager', administrationId: 'comune-a', officeId: 'tributi' }] as never);
    await vi.waitFor(() => expect(row('t1')).not.toBeNull());
    expect($('terminals-attention')).toBeNull();
    expect(seen.some((r) => r.url.includes('terminals-needing-attention'))).toBe(false);
  });

  it('renders names with markup as text everywhere', async () => {
    mount();
    await vi.waitFor(() => expect(row('t1')).not.toBeNull());
    expect(inRow('t1', 'terminal-status').closest('tr')!.querySelector('strong')!.textContent).toBe(EVIL);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b, script')).toBeNull();
    expect(container.textContent).toContain('Comune <b>di</b> Aldeno');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("offers an office manager only their own office's terminals", async () => {
    mount([{ role: 'office_manager', administrationId: 'comune-a', officeId: 'tributi' }] as never);
    await vi.waitFor(() => expect($('terminal-new')).not.toBeNull());
    expect($('terminal-office')).toBeNull();
    expect(seen.some((r) => r.url === '/api/v1/offices/tributi/terminals')).toBe(true);
    expect(seen.some((r) => r.url === '/api/v1/offices/sede-centro/terminals')).toBe(false);
  });
});
