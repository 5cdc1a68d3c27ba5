// An alert's sentence in a dashboard language: from its facts, or its stored Italian sentence when it has none.
import { describe, expect, it } from 'vitest';
import { alertIn, alertMessage } from '../../../server/alerts/alert-message';
import type { Alert } from '../../../server/contract/alerts';

const ITALIAN = 'Indice di soddisfazione 33,3 su 100 nelle ultime 2 ore (12 giudizi; soglia 50).';
const facts = { kind: 'low-index', index: 33.3333, votes: 12, windowHours: 2, openBelow: 50 } as const;

describe('alertMessage', () => {
  it('writes English from the facts, with English numbers', () => {
    expect(alertMessage({ message: ITALIAN, facts }, 'en')).toBe('Satisfaction index 33.3 out of 100 over the last 2 hours (12 votes; threshold 50).');
  });

  it('keeps the stored sentence in Italian, and for an alert opened before facts were kept', () => {
    expect(alertMessage({ message: ITALIAN, facts }, 'it')).toBe(ITALIAN);
    expect(alertMessage({ message: ITALIAN, facts: null }, 'en')).toBe(ITALIAN);
  });

  it('changes nothing of the alert but its message', () => {
    const alert = { id: 'a1', message: ITALIAN, facts, status: 'open' } as unknown as Alert;
    expect(alertIn(alert, 'en')).toEqual({ ...alert, message: alertMessage(alert, 'en') });
    expect(alert.message).toBe(ITALIAN);
  });
});
