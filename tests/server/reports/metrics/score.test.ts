// The share positive and the 0-100 index: linear over the scale the face was tapped on.
import { describe, expect, it } from 'vitest';
import { faceValue, scoreOf, sumsOf } from '../../../../server/reports/metrics/score';

describe('faceValue', () => {
  it('is 100/50/0 on three faces and 100/75/50/25/0 on five, in units of 1', () => {
    expect(['positivo', 'sufficiente', 'negativo'].map((f) => faceValue(3, f))).toEqual([1, 0.5, 0]);
    expect(['ottimo', 'positivo', 'sufficiente', 'negativo', 'pessimo'].map((f) => faceValue(5, f))).toEqual([1, 0.75, 0.5, 0.25, 0]);
    expect(['ottimo', 'positivo', 'negativo', 'pessimo'].map((f) => faceValue(4, f)!.toFixed(4))).toEqual(['1.0000', '0.6667', '0.3333', '0.0000']);
  });

  it('knows no value for a face off its scale', () => {
    expect(faceValue(3, 'ottimo')).toBeNull();
    expect(faceValue(7, 'positivo')).toBeNull();
  });
});

describe('scoreOf', () => {
  it('gives both figures with their counts and intervals, greyed below the minimum sample', () => {
    // 6 positivo, 2 sufficiente, 2 negativo on three faces: 60% positive, index (6 + 1) / 10 = 70.
    const s = scoreOf(sumsOf([{ scale: 3, face: 'positivo', count: 6 }, { scale: 3, face: 'sufficiente', count: 2 }, { scale: 3, face: 'negativo', count: 2 }]), 30);
    expect(s.votes).toBe(10);
    expect(s.positiveShare).toEqual({ value: 0.6, low: expect.closeTo(0.3127, 4), high: expect.closeTo(0.8318, 4), votes: 10, smallSample: true });
    expect(s.index.value).toBe(70);
    expect(s.index.low).toBeCloseTo(39.68, 2);
    expect(s.index.high).toBeCloseTo(89.22, 2);
    expect(scoreOf(sumsOf([{ scale: 3, face: 'positivo', count: 30 }]), 30).positiveShare.smallSample).toBe(false);
  });

  it('puts three-face and five-face votes in one share and one index', () => {
    // Three faces: positivo (1); five faces: ottimo (1), positivo (0.75), pessimo (0): positive 3 of 4, index 68.75.
    const s = scoreOf(sumsOf([{ scale: 3, face: 'positivo', count: 1 }, { scale: 5, face: 'ottimo', count: 1 }, { scale: 5, face: 'positivo', count: 1 }, { scale: 5, face: 'pessimo', count: 1 }]), 1);
    expect(s.positiveShare.value).toBe(0.75);
    expect(s.index.value).toBe(68.75);
  });

  it('has no value without votes', () => {
    expect(scoreOf(sumsOf([]), 30).index).toEqual({ value: null, low: null, high: null, votes: 0, smallSample: true });
  });
});
