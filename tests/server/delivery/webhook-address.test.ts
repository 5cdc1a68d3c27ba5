// Which addresses a webhook may reach under each WEBHOOK_PRIVATE_NETWORKS setting, literal or behind a host name.
import { describe, expect, it } from 'vitest';
import { forbiddenKind, forbiddenTarget, literalAddress } from '../../../server/delivery/webhook-address';

describe('forbiddenKind', () => {
  const cases: [string, ReturnType<typeof forbiddenKind>][] = [
    ['127.0.0.1', 'loopback'],
    ['127.5.5.5', 'loopback'],
    ['::1', 'loopback'],
    ['0.0.0.0', 'special'],
    ['::', 'special'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.10', 'private'],
    ['100.64.0.1', 'private'],
    ['fd12:3456::1', 'private'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::127.0.0.1', 'special'],
    ['224.0.0.1', 'special'],
    ['255.255.255.255', 'special'],
    ['ff02::1', 'special'],
    ['93.184.215.14', null],
    ['172.32.0.1', null],
    ['100.128.0.1', null],
    ['2606:4700:4700::1111', null],
    ['not-an-address', null],
  ];
  it.each(cases)('with deny, %s is %s', (address, kind) => {
    expect(forbiddenKind(address, 'deny')).toBe(kind);
  });

  it('with allow, lets private networks through but never loopback, link-local or special addresses', () => {
    for (const address of ['10.0.0.1', '172.20.1.1', '192.168.0.5', '100.64.0.1', 'fd00::5', '::ffff:192.168.0.5']) expect(forbiddenKind(address, 'allow'), address).toBeNull();
    expect(forbiddenKind('127.0.0.1', 'allow')).toBe('loopback');
    expect(forbiddenKind('::1', 'allow')).toBe('loopback');
    expect(forbiddenKind('169.254.169.254', 'allow')).toBe('link-local');
    expect(forbiddenKind('0.0.0.0', 'allow')).toBe('special');
  });

  it('with allow-loopback (tests, development), lets this machine through too, still not link-local', () => {
    expect(forbiddenKind('127.0.0.1', 'allow-loopback')).toBeNull();
    expect(forbiddenKind('::1', 'allow-loopback')).toBeNull();
    expect(forbiddenKind('10.0.0.1', 'allow-loopback')).toBeNull();
    expect(forbiddenKind('169.254.169.254', 'allow-loopback')).toBe('link-local');
    expect(forbiddenKind('fe80::1', 'allow-loopback')).toBe('link-local');
  });
});

describe('forbiddenTarget', () => {
  const target = (url: string, setting: 'deny' | 'allow' = 'deny') => forbiddenTarget(new URL(url), setting);

  it('judges the address written in the URL, in every form the URL parser accepts', async () => {
    expect(await target('http://127.0.0.1:3978/api/v1/session')).toEqual({ address: '127.0.0.1', kind: 'loopback' });
    expect(await target('http://[::1]:8080/')).toEqual({ address: '::1', kind: 'loopback' });
    // WHATWG URL writes these as 127.0.0.1 and ::ffff:7f00:1, which is what undici connects to.
    expect(await target('http://2130706433/')).toEqual({ address: '127.0.0.1', kind: 'loopback' });
    expect(await target('http://0x7f.1/')).toEqual({ address: '127.0.0.1', kind: 'loopback' });
    expect(await target('http://[::ffff:127.0.0.1]/')).toEqual({ address: '::ffff:7f00:1', kind: 'loopback' });
    expect(await target('http://169.254.169.254/latest/meta-data/', 'allow')).toEqual({ address: '169.254.169.254', kind: 'link-local' });
    expect(await target('https://93.184.215.14/hook')).toBeNull();
  });

  it('judges what a host name resolves to, and lets through a name that does not resolve now (each call checks again)', async () => {
    expect(await target('http://localhost:8080/')).toMatchObject({ kind: 'loopback' });
    expect(await target('https://hooks.invalid/gradimento')).toBeNull();
  });

  it('reads a literal host without the brackets of IPv6', () => {
    expect(literalAddress(new URL('http://[fe80::1]/'))).toBe('fe80::1');
    expect(literalAddress(new URL('http://10.0.0.1/'))).toBe('10.0.0.1');
    expect(literalAddress(new URL('http://hooks.example.org/'))).toBeNull();
  });
});
