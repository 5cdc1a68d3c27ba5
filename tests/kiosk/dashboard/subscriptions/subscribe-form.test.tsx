// The subscribe form's list of reports: under their administration when a consortium's staff see many.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { groupsOf, SubscribeForm } from '../../../../kiosk/dashboard/subscriptions/subscribe-form';
import type { ReportTarget } from '../../../../kiosk/dashboard/subscriptions/subscriptions-api';

const reports: ReportTarget[] = [
  { kind: 'administration', id: 'a', name: 'Report del Comune di Aldeno', group: 'Comune di Aldeno' },
  { kind: 'administration', id: 'b', name: 'Report del Comune di Besenello', group: 'Comune di Besenello' },
  { kind: 'office', id: 'a1', name: 'Sede centrale (Comune di Aldeno)', group: 'Comune di Aldeno' },
  { kind: 'office', id: 'b1', name: 'Sede centrale (Comune di Besenello)', group: 'Comune di Besenello' },
];

let host: HTMLElement | undefined;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
});

describe('the subscribe form', () => {
  it('lists the reports under their administration, the administration first, when there are several', () => {
    expect(groupsOf(reports).map(([group, items]) => [group, items.map((r) => r.id)])).toEqual([
      ['Comune di Aldeno', ['a', 'a1']],
      ['Comune di Besenello', ['b', 'b1']],
    ]);
    host = document.body.appendChild(document.createElement('div'));
    render(<SubscribeForm id="s" reports={reports} submitLabel="Iscrivi" onSubmit={async () => undefined} />, host);
    const groups = [...host.querySelectorAll('select[data-testid="s-report"] optgroup')].map((g) => [g.getAttribute('label'), [...g.querySelectorAll('option')].map((o) => o.value)]);
    expect(groups).toEqual([
      ['Comune di Aldeno', ['administration:a', 'office:a1']],
      ['Comune di Besenello', ['administration:b', 'office:b1']],
    ]);
  });

  it('keeps one plain list for one administration', () => {
    const one = reports.filter((r) => r.group === 'Comune di Aldeno');
    expect(groupsOf(one)).toEqual([[null, one]]);
    host = document.body.appendChild(document.createElement('div'));
    render(<SubscribeForm id="s" reports={one} submitLabel="Iscrivi" onSubmit={async () => undefined} />, host);
    expect(host.querySelectorAll('optgroup')).toHaveLength(0);
    expect(host.querySelectorAll('select[data-testid="s-report"] option')).toHaveLength(2);
  });
});
