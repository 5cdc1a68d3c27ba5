// Participation per channel and service, and without people-served figures a plain sentence with the way to enter them.
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ParticipationSection } from '../../../../kiosk/dashboard/components/participation-section';
import { officeReport, withParticipation } from '../fixtures/office-report';
import { freshContainer } from '../fixtures/container';

const container = freshContainer();
const $ = (testId: string) => container().querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();


function show(report = officeReport(), mayEnter = true) {
  render(
    <ParticipationSection
      total={report.participation.total}
      byChannel={report.participation.byChannel}
      rows={report.byService.map((s) => ({ key: s.serviceId, name: s.name, participation: s.participation }))}
      mayEnter={mayEnter}
    />,
    container(),
  );
}

describe('<ParticipationSection>', () => {
  it('without people-served figures says so, and links to the page that takes them', () => {
    show();
    expect($('participation-empty')?.textContent).toContain('Mancano i numeri delle persone servite');
    expect($('participation-rate')).toBeNull();
    expect($('people-served-link')?.getAttribute('href')).toBe('#/people-served');
    expect(container().textContent).not.toContain('0%');
  });

  it('tells someone who may not enter them whom to ask, without a link', () => {
    show(officeReport(), false);
    expect($('people-served-link')).toBeNull();
    expect($('participation-empty')?.textContent).toContain('Chiedi a chi gestisce l’ufficio');
  });

  it('gives the rate in total, per channel and per service, on the days with a figure', () => {
    show(withParticipation(officeReport()));
    expect(text($('participation-rate'))).toBe('19%');
    expect(text($('participation')?.querySelector('.participation-total'))).toBe('19% 190 giudizi su 1000 persone servite, con il dato al più in 5 giorni per servizio');
    const channels = [...$('participation-channels')!.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => text(c)).join(' '));
    expect(channels).toEqual(['Sportello 17% 150 900 5', 'Telefono 40% 40 100 3', 'Web nessun dato']);
    const services = [...$('participation-rows')!.querySelectorAll<HTMLElement>('[data-testid="participation-row"]')];
    expect(services.map((r) => [r.dataset.key, text(r.querySelector('td'))])).toEqual([
      ['tributi', '18%'],
      ['anagrafe', '20%'],
      ['elettorale', 'nessun dato'],
    ]);
  });
});
