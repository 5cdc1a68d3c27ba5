// The key a per-address rate limit counts by: IPv4 as it is, IPv6 by its /64, an IPv4-mapped address as its IPv4.
import { describe, expect, it } from 'vitest';
import { addressKey } from '../../../server/http/address-key';

describe('addressKey', () => {
  it('keeps an IPv4 address', () => {
    expect(addressKey('198.51.100.7')).toBe('198.51.100.7');
  });

  it('keys every IPv6 address of a /64 alike, however it is written', () => {
    const key = addressKey('2001:db8:1:2::1');
    expect(key).toBe('2001:db8:1:2::/64');
    for (const ip of ['2001:db8:1:2::25', '2001:0DB8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2:0:0:0:0']) expect(addressKey(ip), ip).toBe(key);
    expect(addressKey('2001:db8:1:3::1')).not.toBe(key);
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('keys an IPv4-mapped IPv6 address as its IPv4 address', () => {
    expect(addressKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey('::ffff:c633:6407')).toBe('198.51.100.7');
  });

  it('leaves what is not an address as it came', () => {
    expect(addressKey('not an address')).toBe('not an address');
  });
});
