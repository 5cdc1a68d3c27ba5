import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from '../../../kiosk/dashboard/url-state';

describe('url state', () => {
  it('reads office and period from the query', () => {
    expect(readUrlState('?office=sede-centro&from=2024-06-01&to=2024-06-30')).toEqual({
      office: 'sede-centro',
      period: { from: '2024-06-01', to: '2024-06-30' },
    });
  });

  it('ignores a broken or half period', () => {
    expect(readUrlState('?office=x&from=2024-02-30&to=2024-03-01').period).toBeUndefined();
    expect(readUrlState('?from=2024-02-01').period).toBeUndefined();
    expect(readUrlState('').office).toBeUndefined();
  });

  it('writes the state and keeps other parameters', () => {
    const s = writeUrlState('?lang=it&office=old', { office: 'uff 1', period: { from: '2024-06-01', to: '2024-06-30' } });
    expect(s).toBe('?lang=it&office=uff+1&from=2024-06-01&to=2024-06-30');
    expect(readUrlState(s).office).toBe('uff 1');
  });
});
