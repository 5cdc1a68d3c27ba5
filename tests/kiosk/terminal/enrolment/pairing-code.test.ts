import { describe, expect, it } from 'vitest';
import { checkCode, formatCode, normaliseCode, takePairCode } from '../../../../kiosk/terminal/enrolment/pairing-code';

describe('pairing codes', () => {
  it('ignore case, spaces and dashes, as the collector does', () => {
    expect(normaliseCode(' abcd-2345 ')).toBe('ABCD2345');
    expect(normaliseCode('ab cd 23 45')).toBe('ABCD2345');
    expect(formatCode('abcd2345')).toBe('ABCD-2345');
  });

  it('are checked before they are sent, so a typo costs no try of the rate limit', () => {
    expect(checkCode('abcd-2345')).toBe('ok');
    expect(checkCode('  ')).toBe('empty');
    expect(checkCode('ABCD-234')).toBe('length');
    expect(checkCode('ABCD-23456')).toBe('length');
    // O, 0, 1, I and L are never in a code: a look-alike was typed.
    expect(checkCode('ABCD-2O45')).toBe('characters');
    expect(checkCode('ABCD-1345')).toBe('characters');
    expect(checkCode('ABCD_2345')).toBe('characters');
  });

  it('are taken out of the address at once, keeping everything else', () => {
    const calls: string[] = [];
    const history = { state: { keep: 1 }, replaceState: (_s: unknown, _t: string, url?: string | URL | null) => void calls.push(String(url)) };
    expect(takePairCode({ href: 'http://127.0.0.1:8080/terminal/?pair=ABCD-2345&debug=1#x' }, history)).toBe('ABCD-2345');
    expect(calls).toEqual(['/terminal/?debug=1#x']);
    expect(takePairCode({ href: 'http://127.0.0.1:8080/terminal/?pair=' }, history)).toBeNull();
    expect(calls[1]).toBe('/terminal/');
    expect(takePairCode({ href: 'http://127.0.0.1:8080/terminal/' }, history)).toBeNull();
    expect(calls).toHaveLength(2);
  });
});
