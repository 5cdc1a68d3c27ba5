// The closed screen says when the office opens again, in the words an Italian reads it: today, tomorrow, or the day by name.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { OfficeCalendar } from '../../../../kiosk/terminal/kiosk/office-open';
import { OfficeClosed } from '../../../../kiosk/terminal/screens/office-closed';

const none = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const calendar: OfficeCalendar = { timeZone: 'Europe/Rome', openingHours: { ...none, mon: [{ from: '08:30', to: '12:30' }, { from: '14:00', to: '16:00' }], fri: [{ from: '13:15', to: '15:00' }] }, holidays: [] };

let container: HTMLElement | null = null;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
});

function shown(at: string, cal: OfficeCalendar | null = calendar): string | null {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(<OfficeClosed calendar={cal} now={() => new Date(at)} />, container!));
  return container.querySelector('[data-testid="office-reopens"]')?.textContent ?? null;
}

describe('the closed screen', () => {
  it('says the office opens again later today, tomorrow, or on a day named in full, at an hour without its leading zero', () => {
    expect(shown('2026-11-16T12:00:00Z')).toBe('Riapre oggi alle 14:00.'); // Monday 13:00
    expect(shown('2026-11-15T18:00:00Z')).toBe('Riapre domani alle 8:30.'); // Sunday 19:00
    expect(shown('2026-11-16T17:00:00Z')).toBe('Riapre venerdì 20 novembre alle 13:15.'); // Monday 18:00
  });

  it('says only that it is closed when the office has no hours or does not open within a fortnight', () => {
    expect(shown('2026-11-16T12:00:00Z', null)).toBeNull();
    expect(shown('2026-11-16T12:00:00Z', { ...calendar, openingHours: none })).toBeNull();
    expect(container!.textContent).toContain('Ufficio chiuso');
  });
});
