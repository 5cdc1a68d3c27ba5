// Acknowledging an alert by keyboard (acknowledge-form.tsx, in its card): the button is read with its alert's title,
// Enter opens the form with the focus in the comment, Escape or «Annulla» closes it back on the button, and once
// sent the acknowledgement that replaces the form takes the focus (each of these left it on the page's top).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { alertPaths } from '../../../../server/contract/alert-kinds';
import type { Alert } from '../../../../server/contract/alerts';
import { AlertCard } from '../../../../kiosk/dashboard/alerts/alert-card';
import { forgetSession, rememberSession } from '../../../../kiosk/dashboard/api';
import { INSTALLATION_ADMIN, json, session, stubCollector, type SeenRequest } from '../fixtures/fake-collector';

const alert = (id: string, ruleName: string): Alert => ({
  id,
  ruleId: 'r1',
  ruleName,
  administrationId: 'a',
  officeId: 'o1',
  officeName: 'Sede centrale',
  serviceId: null,
  serviceName: null,
  kind: 'negative-share',
  status: 'open',
  openedAt: '2026-03-10T09:00:00.000Z',
  closedAt: null,
  closedBecause: null,
  openedValue: 0.45,
  lastValue: 0.45,
  message: 'Giudizi negativi: 45% degli ultimi 20 (soglia 30%).',
  facts: { kind: 'negative-share', share: 0.45, votes: 20, openAbovePct: 30 },
  acknowledgedAt: null,
  acknowledgedBy: null,
  ackComment: null,
});

/** Two cards as the list holds them, each taking the acknowledged alert the collector answers. */
function List() {
  const [alerts, setAlerts] = useState([alert('al1', 'Negativi in sede'), alert('al2', 'Negativi in anagrafe')]);
  return (
    <ul>
      {alerts.map((a) => (
        <AlertCard key={a.id} alert={a} mayAcknowledge onAcknowledged={(updated) => setAlerts((list) => list.map((x) => (x.id === updated.id ? updated : x)))} />
      ))}
    </ul>
  );
}

let container: HTMLElement;
let seen: SeenRequest[];
const card = (id: string) => container.querySelector<HTMLElement>(`[data-alert-id="${id}"]`)!;
const inCard = (id: string, testId: string) => card(id).querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const focused = () => document.activeElement as HTMLElement | null;

beforeEach(() => {
  seen = stubCollector({
    [`POST ${alertPaths.acknowledge('al2')}`]: (req) =>
      json({ ...alert('al2', 'Negativi in anagrafe'), acknowledgedAt: '2026-03-10T09:30:00.000Z', acknowledgedBy: 'Maria Rossi', ackComment: (req.body as { comment: string }).comment }),
  });
  rememberSession(session(INSTALLATION_ADMIN));
  container = document.body.appendChild(document.createElement('div'));
  render(<List />, container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  forgetSession();
});

describe('acknowledging an alert by keyboard', () => {
  it('reads each card\'s button with its alert\'s title: the buttons\' words are all the same', () => {
    for (const id of ['al1', 'al2']) {
      const described = inCard(id, 'alert-acknowledge')!.getAttribute('aria-describedby');
      expect(described).toBeTruthy();
      expect(document.getElementById(described!)).toBe(card(id).querySelector('.alert-title'));
    }
    expect(card('al2').querySelector('.alert-title')!.textContent).toContain('Negativi in anagrafe');
  });

  it('opens with the focus in the comment; Escape, and «Annulla», close it back on the button', async () => {
    inCard('al1', 'alert-acknowledge')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(focused()).toBe(inCard('al1', 'alert-comment'));
    await userEvent.keyboard('da vedere');
    await userEvent.keyboard('{Escape}');
    expect(inCard('al1', 'alert-acknowledge-form')).toBeNull();
    expect(focused()).toBe(inCard('al1', 'alert-acknowledge'));

    await userEvent.keyboard('{Enter}');
    expect(focused()).toBe(inCard('al1', 'alert-comment'));
    await userEvent.click(card('al1').querySelector<HTMLElement>('[data-testid="alert-acknowledge-form"] button[type="button"]')!);
    expect(inCard('al1', 'alert-acknowledge-form')).toBeNull();
    expect(focused()).toBe(inCard('al1', 'alert-acknowledge'));
    expect(seen.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('once sent, the acknowledgement that takes the form\'s place takes the focus', async () => {
    inCard('al2', 'alert-acknowledge')!.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('Chiamato il responsabile');
    await userEvent.keyboard('{Tab}{Enter}');
    await vi.waitFor(() => expect(inCard('al2', 'alert-ack')).not.toBeNull());
    expect(focused()).toBe(inCard('al2', 'alert-ack'));
    expect(focused()!.textContent).toContain('«Chiamato il responsabile»');
  });
});
