// The demo's calendar and the growing strain: pure functions, checked against dates anyone can look up.
import { describe, expect, it } from 'vitest';
import { holidaysOf, OFFICE, strainOn } from '../../../server/demo/history-plan';

describe('holidaysOf', () => {
  it('lists the national holidays, Easter Monday and the patron saint within the span', () => {
    const municipio = holidaysOf(OFFICE.municipio, '2026-01-01', '2026-12-31');
    // Easter 2026 is 5 April; 2025's was 20 April.
    expect(municipio).toEqual(['2026-01-01', '2026-01-06', '2026-04-06', '2026-04-25', '2026-05-01', '2026-06-02', '2026-08-15', '2026-09-29', '2026-11-01', '2026-12-08', '2026-12-25', '2026-12-26']);
    expect(holidaysOf(OFFICE.sanRocco, '2025-04-01', '2025-08-31')).toEqual(['2025-04-21', '2025-04-25', '2025-05-01', '2025-06-02', '2025-08-15', '2025-08-16']);
  });
});

describe('strainOn', () => {
  it('is 0 until the last 120 days, then rises to 1 on the last day', () => {
    expect(strainOn('2026-01-10', '2026-11-14')).toBe(0);
    expect(strainOn('2026-07-17', '2026-11-14')).toBe(0);
    expect(strainOn('2026-09-15', '2026-11-14')).toBeCloseTo(0.5, 1);
    expect(strainOn('2026-11-14', '2026-11-14')).toBe(1);
  });
});
