// A closed alert in the «Avvisi» list says when and why it closed: its measure came back (in its kind's words), its rule
// was deleted, or its rule was changed; one closed before the collector kept the cause says only when. In Italian and English.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import type { Alert } from '../../../../server/contract/alerts';
import { formatWhen } from '../../../../kiosk/dashboard/admin/format-when';
import { AlertCard } from '../../../../kiosk/dashboard/alerts/alert-card';
import { applyEnglish } from '../../../../kiosk/dashboard/i18n/en/index';
import { setLanguage } from '../../../../kiosk/dashboard/i18n/locale';

const CLOSED_AT = '2026-03-10T09:40:00.000Z';

const ALERT: Alert = {
  id: 'al1',
  ruleId: 'r1',
  ruleName: 'Negativi in Sede',
  administrationId: 'a',
  officeId: 'o1',
  officeName: 'Sede centrale',
  serviceId: null,
  serviceName: null,
  kind: 'negative-share',
  status: 'closed',
  openedAt: '2026-03-10T09:00:00.000Z',
  closedAt: CLOSED_AT,
  closedBecause: 'recovered',
  openedValue: 0.45,
  lastValue: 0.1,
  message: 'Giudizi negativi: 45% degli ultimi 20 (soglia 30%).',
  facts: { kind: 'negative-share', share: 0.45, votes: 20, openAbovePct: 30 },
  acknowledgedAt: null,
  acknowledgedBy: null,
  ackComment: null,
};

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

/** The card as the list shows it; answers its closing sentence, or null when it has none. */
function shown(alert: Partial<Alert>): string | null {
  container?.remove();
  container = document.createElement('ul');
  document.body.append(container);
  render(<AlertCard alert={{ ...ALERT, ...alert }} mayAcknowledge={false} onAcknowledged={() => {}} />, container);
  return container.querySelector('[data-testid="alert-closed"]')?.textContent ?? null;
}

describe('a closed alert in the list', () => {
  const when = () => formatWhen(CLOSED_AT);

  it('says its measure came back, in the words of its kind', () => {
    setLanguage('it');
    expect(shown({})).toBe(`Chiuso il ${when()}: la quota di negativi è tornata sotto la soglia di chiusura.`);
    expect(shown({ kind: 'low-index', facts: null })).toBe(`Chiuso il ${when()}: l’indice è risalito sopra la soglia di chiusura.`);
    expect(shown({ kind: 'silence', facts: null })).toBe(`Chiuso il ${when()}: è arrivato un giudizio.`);
    expect(shown({ kind: 'charter-at-risk', facts: null })).toBe(`Chiuso il ${when()}: lo standard della carta è di nuovo raggiungibile.`);
  });

  it('says its rule was deleted or changed: not a problem gone away', () => {
    expect(shown({ closedBecause: 'rule-deleted' })).toBe(`Chiuso il ${when()}: la regola è stata eliminata.`);
    expect(shown({ closedBecause: 'rule-changed' })).toBe(`Chiuso il ${when()}: la regola è stata cambiata (tipo, ufficio o servizio).`);
    expect(container!.querySelector('[data-testid="alert"]')!.getAttribute('data-status')).toBe('closed');
  });

  it('marks «Chiuso» green only when its measure came back; closed with its rule or for a cause not kept, grey; open, red', () => {
    const badge = (alert: Partial<Alert>) => (shown(alert), container!.querySelector('.alert-title .status')!.className);
    expect(badge({})).toBe('status status-enrolled');
    expect(badge({ closedBecause: 'rule-deleted' })).toBe('status status-pending');
    expect(badge({ closedBecause: 'rule-changed' })).toBe('status status-pending');
    expect(badge({ closedBecause: null })).toBe('status status-pending');
    expect(badge({ status: 'open', closedAt: null, closedBecause: null })).toBe('status status-revoked');
  });

  it('says only when it closed when the cause was not kept (closed before the collector kept it), and nothing while open', () => {
    expect(shown({ closedBecause: null })).toBe(`Chiuso il ${when()}.`);
    expect(shown({ status: 'open', closedAt: null, closedBecause: null })).toBeNull();
    // The opening time stays where it was.
    expect(container!.textContent).toContain(`Aperto il ${formatWhen(ALERT.openedAt)}`);
  });

  // Last: the English catalogue, once applied, stays for the rest of this file.
  it('says the same in English', () => {
    setLanguage('en');
    applyEnglish();
    expect(shown({})).toBe(`Closed on ${when()}: the share of negative votes fell back below the closing threshold.`);
    expect(shown({ kind: 'low-index', facts: null })).toBe(`Closed on ${when()}: the index rose back above the closing threshold.`);
    expect(shown({ kind: 'silence', facts: null })).toBe(`Closed on ${when()}: a vote came in.`);
    expect(shown({ kind: 'charter-at-risk', facts: null })).toBe(`Closed on ${when()}: the charter standard is within reach again.`);
    expect(shown({ closedBecause: 'rule-deleted' })).toBe(`Closed on ${when()}: the rule was deleted.`);
    expect(shown({ closedBecause: 'rule-changed' })).toBe(`Closed on ${when()}: the rule was changed (type, office or service).`);
    expect(shown({ closedBecause: null })).toBe(`Closed on ${when()}.`);
  });
});
