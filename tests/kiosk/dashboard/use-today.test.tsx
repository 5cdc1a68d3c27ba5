// A dashboard left open overnight moves to the new day of the office's zone by itself.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DAY_CHECK_MS, useToday } from '../../../kiosk/dashboard/use-today';

let host: HTMLElement | undefined;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  vi.useRealTimers();
});

function Day({ now }: { now: () => Date }) {
  return <p>{useToday('Europe/Rome', now)}</p>;
}

describe('useToday', () => {
  it('turns to the next day after the office\'s midnight, without a reload', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let at = Date.parse('2026-11-30T22:58:30Z'); // 23:58:30 in Rome
    const now = () => new Date(at);
    host = document.body.appendChild(document.createElement('div'));
    act(() => render(<Day now={now} />, host!));
    expect(host.textContent).toBe('2026-11-30');
    at += 2 * 60_000; // 00:00:30 in Rome
    act(() => {
      vi.advanceTimersByTime(DAY_CHECK_MS);
    });
    expect(host.textContent).toBe('2026-12-01');
  });
});
