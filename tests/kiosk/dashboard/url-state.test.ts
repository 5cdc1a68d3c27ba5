import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from '../../../kiosk/dashboard/url-state';

describe('url state', () => {
  it('reads office and period from the query', () => {
    expect(readUrlState('?office=sede-centro&from=2024-06-01&to=2024-06-30')).toEqual({
      office: 'sede-centro',
      period: { from: '2024-06-01', to: '2024-06-30' },
    });
  });

  it('ignores a broken or half period, an unknown level and a broken month', () => {
    expect(readUrlState('?office=x&from=2024-02-30&to=2024-03-01').period).toBeUndefined();
    expect(readUrlState('?from=2024-02-01').period).toBeUndefined();
    expect(readUrlState('').office).toBeUndefined();
    expect(readUrlState('?level=counter').level).toBeUndefined();
    expect(readUrlState('?view=bulletin&month=2026-13').bulletin).toBeUndefined();
  });

  it('writes the state and keeps other parameters', () => {
    const s = writeUrlState('?lang=it&office=old', { office: 'uff 1', period: { from: '2024-06-01', to: '2024-06-30' } });
    expect(s).toBe('?lang=it&office=uff+1&from=2024-06-01&to=2024-06-30');
    expect(readUrlState(s).office).toBe('uff 1');
  });

  it('keeps level, administration and period, and the office for the way back', () => {
    const s = writeUrlState('?office=sede-centro&from=2024-06-01&to=2024-06-30', { level: 'administration', administration: 'comune-a', period: { from: '2024-06-01', to: '2024-06-30' } });
    expect(s).toBe('?office=sede-centro&from=2024-06-01&to=2024-06-30&level=administration&administration=comune-a');
    expect(readUrlState(s)).toMatchObject({ level: 'administration', administration: 'comune-a', office: 'sede-centro' });
    expect(writeUrlState(s, { level: 'office', office: 'sede-centro' })).toBe('?office=sede-centro&from=2024-06-01&to=2024-06-30&administration=comune-a');
  });

  it('writes a bulletin of a month or a year, and forgets it on the period’s report', () => {
    const month = writeUrlState('', { level: 'installation', view: 'bulletin', bulletin: { kind: 'month', month: '2026-10' } });
    expect(month).toBe('?level=installation&view=bulletin&month=2026-10');
    expect(readUrlState(month)).toMatchObject({ level: 'installation', view: 'bulletin', bulletin: { kind: 'month', month: '2026-10' } });
    const year = writeUrlState(month, { level: 'installation', view: 'bulletin', bulletin: { kind: 'year', year: '2025' } });
    expect(readUrlState(year).bulletin).toEqual({ kind: 'year', year: '2025' });
    expect(writeUrlState(year, { level: 'installation', view: 'report' })).toBe('?level=installation');
  });
});
