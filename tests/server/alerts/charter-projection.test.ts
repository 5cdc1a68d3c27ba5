// The charter projection: the rest of the month at the month's rate so far; at risk when it would need a share above the plausible one.
import { describe, expect, it } from 'vitest';
import { charterDecision, projectCharter } from '../../../server/alerts/charter-projection';

describe('projectCharter', () => {
  it('asks the rest of the month for the share that brings the month to the standard', () => {
    // 10 days of 31, 100 votes, 70 positive, standard 80%: 210 more votes expected, needing (0.8 * 310 - 70) / 210.
    const p = projectCharter(70, 100, 80, 10, 31)!;
    expect(p.share).toBe(0.7);
    expect(p.remainingVotes).toBeCloseTo(210, 6);
    expect(p.neededShare).toBeCloseTo((0.8 * 310 - 70) / 210, 6);
    expect(p.plausibleHigh).toBeGreaterThan(0.7);
    expect(p.plausibleHigh).toBeLessThan(0.8);
  });

  it('on the last day nothing is left: met or out of reach', () => {
    expect(projectCharter(85, 100, 80, 31, 31)!.neededShare).toBe(0);
    expect(projectCharter(70, 100, 80, 31, 31)!.neededShare).toBe(Infinity);
    expect(projectCharter(0, 0, 80, 5, 31)).toBeNull();
  });
});

describe('charterDecision', () => {
  it('opens beyond the plausible high and closes only once the month so far would do', () => {
    const early = projectCharter(70, 100, 80, 10, 31)!; // needs ~0.847: above the interval's top (~0.78)
    expect(charterDecision(early, false)).toBe(true);
    const recovering = projectCharter(76, 100, 80, 10, 31)!; // needs ~0.82: inside the interval, above the share
    expect(charterDecision(recovering, false)).toBe(false);
    expect(charterDecision(recovering, true)).toBe(true);
    const fine = projectCharter(82, 100, 80, 10, 31)!;
    expect(charterDecision(fine, true)).toBe(false);
  });
});
