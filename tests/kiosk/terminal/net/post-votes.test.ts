import { describe, expect, it } from 'vitest';
import type { Vote } from '../../../../server/contract/vote';
import { votesNamedIn } from '../../../../kiosk/terminal/net/post-votes';

const vote = (id: string): Vote => ({ id, serviceId: 's', face: 'positivo', reasons: [], followUp: 'not-asked', castAt: '2025-01-01T00:00:00Z' });

describe('votesNamedIn', () => {
  const votes = [vote('a'), vote('b'), vote('c')];

  it('names votes by voteId first, else by index in the pointer, and joins several reasons', () => {
    const named = votesNamedIn(
      [
        { field: '/votes/0/serviceId', reason: 'sconosciuto', voteId: 'c' },
        { field: '/votes/1/face', reason: 'fuori scala' },
        { field: '/votes/1/reasons/0', reason: 'motivo sconosciuto' },
      ],
      votes,
      'votes_invalid',
    );
    expect([...named.keys()]).toEqual(['c', 'b']);
    expect(named.get('c')).toBe('votes_invalid: serviceId: sconosciuto');
    expect(named.get('b')).toBe('votes_invalid: face: fuori scala; votes_invalid: reasons/0: motivo sconosciuto');
  });

  it('names nothing for problems outside the votes or out of range', () => {
    const named = votesNamedIn(
      [
        { field: '/terminalId', reason: 'x' },
        { field: '/votes/9/face', reason: 'x' },
        { field: '/votes/x', reason: 'x', voteId: 'not-sent' },
      ],
      votes,
    );
    expect(named.size).toBe(0);
  });
});
