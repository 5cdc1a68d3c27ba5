// The key a per-address rate limit counts by: IPv4 as it is, IPv6 by its /64, an IPv4-mapped address as its IPv4, no address as the connection's.
import { describe, expect, it } from 'vitest';
import { addressKey, NOT_AN_ADDRESS } from '../../../server/http/address-key';

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

  it('counts what is no address by the connection\'s own address, never as a key of its own', () => {
    // A proxy that forwards a client's made-up X-Forwarded-For: one allowance per word before.
    expect(addressKey('garbage1', '127.0.0.1')).toBe('127.0.0.1');
    expect(addressKey('garbage2', '::ffff:10.0.0.2')).toBe('10.0.0.2');
    // ipaddr.js alone reads "7" and "0x7f.1" as IPv4 addresses: any short word would be a client.
    for (const word of ['7', '0x7f.1', '1.2.3', '', 'unknown']) expect(addressKey(word, '127.0.0.1'), word).toBe('127.0.0.1');
    expect(addressKey('not an address')).toBe(NOT_AN_ADDRESS);
    expect(addressKey('not an address', 'nor this')).toBe(NOT_AN_ADDRESS);
  });

  it('drops the port some proxies forward with the address', () => {
    expect(addressKey('198.51.100.7:51234', '127.0.0.1')).toBe('198.51.100.7');
    expect(addressKey('[2001:db8:1:2::1]:443', '127.0.0.1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('[2001:db8:1:2::1]', '127.0.0.1')).toBe('2001:db8:1:2::/64');
  });
});
