// loadConfig: defaults, and start-up failures that name the variable to fix.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../server/config';

const load = (env: Record<string, string>) => loadConfig(env as NodeJS.ProcessEnv, '/srv/gradimento');

describe('loadConfig', () => {
  it('has defaults for an empty environment', () => {
    const config = load({});
    expect(config.port).toBe(8080);
    expect(config.host).toBe('0.0.0.0');
    expect(config.dataDir).toBe(path.resolve('/srv/gradimento', 'data'));
    expect(config.distDir).toBe(path.resolve('/srv/gradimento', 'dist'));
    expect(config.logLevel).toBe('info');
    expect(config.demo).toBe(true);
    expect(config.publicUrl).toBe('http://localhost:8080');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads the variables it is given', () => {
    const config = load({ PORT: '3000', DATA_DIR: 'var/db', LOG_LEVEL: 'warn', PUBLIC_URL: 'https://voti.comune.example.it/' });
    expect(config.port).toBe(3000);
    expect(config.dataDir).toBe('/srv/gradimento/var/db');
    expect(config.logLevel).toBe('warn');
    expect(config.publicUrl).toBe('https://voti.comune.example.it');
  });

  it.each(['abc', '-1', '70000', '80.5', '1e3', ' '])('fails for PORT=%j naming PORT', (port) => {
    expect(() => load({ PORT: port })).toThrow(ConfigError);
    expect(() => load({ PORT: port })).toThrow(/PORT/);
  });

  it('treats an empty PORT as unset, not as port 0', () => {
    expect(load({ PORT: '' }).port).toBe(8080);
  });

  it('fails for an unknown LOG_LEVEL naming it and the allowed ones', () => {
    expect(() => load({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL.*debug/);
  });

  it('fails for a PUBLIC_URL that is not http(s)', () => {
    expect(() => load({ PUBLIC_URL: 'voti.example.it' })).toThrow(/PUBLIC_URL/);
  });

  it('uses the embedded database unless DATABASE_URL is set', () => {
    expect(load({}).databaseUrl).toBeNull();
    expect(load({ DATABASE_URL: '' }).databaseUrl).toBeNull();
    expect(load({ DATABASE_URL: 'postgres://voti:pw@db.cst.example.it:5432/gradimento' }).databaseUrl).toBe('postgres://voti:pw@db.cst.example.it:5432/gradimento');
    expect(load({ DATABASE_URL: 'postgresql:///gradimento?host=/run/postgresql' }).databaseUrl).toBe('postgresql:///gradimento?host=/run/postgresql');
  });

  it.each([
    ['another scheme', 'mysql://voti:pw@db/gradimento', /postgres:\/\/ or postgresql:\/\//],
    ['no URL at all', 'db.example.it', /postgres:\/\/ or postgresql:\/\//],
    ['no database name', 'postgres://voti:pw@db.example.it:5432', /must name the database/],
  ])('fails for a DATABASE_URL with %s, naming it and the fix, never the password', (_what, url, reason) => {
    const error = (() => {
      try {
        load({ DATABASE_URL: url });
      } catch (err) {
        return err as Error;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.message).toMatch(/^DATABASE_URL /);
    expect(error?.message).toMatch(reason);
    expect(error?.message).toMatch(/Fix: DATABASE_URL=postgres:\/\/USER:PASSWORD@HOST:5432\/DATABASE/);
    expect(error?.message).not.toContain(':pw@');
  });

  it('limits live connections per address to 1000 unless SOCKETS_PER_ADDRESS says otherwise (0: none), and refuses a value that is not a whole number', () => {
    expect(load({}).socketsPerAddress).toBe(1000);
    expect(load({ SOCKETS_PER_ADDRESS: '0' }).socketsPerAddress).toBe(0);
    expect(load({ SOCKETS_PER_ADDRESS: '50' }).socketsPerAddress).toBe(50);
    for (const bad of ['-1', 'many', '2.5']) expect(() => load({ SOCKETS_PER_ADDRESS: bad })).toThrow(/SOCKETS_PER_ADDRESS/);
  });

  it('keeps every vote unless RETENTION_DAYS says otherwise, and refuses fewer days than the alerts read', () => {
    expect(load({}).retentionDays).toBe(0);
    expect(load({ RETENTION_DAYS: '0' }).retentionDays).toBe(0);
    expect(load({ RETENTION_DAYS: '35' }).retentionDays).toBe(35);
    expect(load({ RETENTION_DAYS: '730' }).retentionDays).toBe(730);
    for (const days of ['1', '7', '30', '34']) {
      expect(() => load({ RETENTION_DAYS: days }), days).toThrow(`RETENTION_DAYS must be 0 (keep every vote) or at least 35, not "${days}": alerts read the raw votes of the last 30 days and of the month so far. Fix: RETENTION_DAYS=35 npm start`);
    }
    expect(() => load({ RETENTION_DAYS: 'x' })).toThrow(/^RETENTION_DAYS must be a whole number/);
  });

  it('reads DEMO as a boolean and refuses anything else', () => {
    expect(load({ DEMO: '0' }).demo).toBe(false);
    expect(load({ DEMO: 'false' }).demo).toBe(false);
    expect(load({ DEMO: 'YES' }).demo).toBe(true);
    expect(() => load({ DEMO: 'maybe' })).toThrow(/DEMO/);
  });

  it('keeps webhooks out of private networks unless WEBHOOK_PRIVATE_NETWORKS says otherwise, and refuses an unknown value with the fix', () => {
    expect(load({}).webhookPrivateNetworks).toBe('deny');
    expect(load({ WEBHOOK_PRIVATE_NETWORKS: '' }).webhookPrivateNetworks).toBe('deny');
    expect(load({ WEBHOOK_PRIVATE_NETWORKS: 'allow' }).webhookPrivateNetworks).toBe('allow');
    expect(load({ WEBHOOK_PRIVATE_NETWORKS: ' Allow-Loopback ' }).webhookPrivateNetworks).toBe('allow-loopback');
    expect(() => load({ WEBHOOK_PRIVATE_NETWORKS: 'yes' })).toThrow(ConfigError);
    expect(() => load({ WEBHOOK_PRIVATE_NETWORKS: 'yes' })).toThrow(/^WEBHOOK_PRIVATE_NETWORKS must be deny, allow or allow-loopback, not "yes"\. Fix: WEBHOOK_PRIVATE_NETWORKS=allow/);
  });

  it('treats an empty DATA_DIR and DIST_DIR as unset, not as the working directory', () => {
    const config = load({ DATA_DIR: '', DIST_DIR: '' });
    expect(config.dataDir).toBe('/srv/gradimento/data');
    expect(config.distDir).toBe('/srv/gradimento/dist');
  });

  it.each([
    ['DATA_DIR itself', { DATA_DIR: '/var/lib/gradimento', DIST_DIR: '/var/lib/gradimento' }, /DIST_DIR "\/var\/lib\/gradimento" is DATA_DIR .*would delete the database\. Fix: /],
    ['a folder above DATA_DIR', { DATA_DIR: '/var/lib/gradimento', DIST_DIR: '/var/lib' }, /DIST_DIR "\/var\/lib" holds DATA_DIR .*would delete the database\. Fix: /],
    ['the working directory', { DATA_DIR: '/var/lib/gradimento', DIST_DIR: '.' }, /DIST_DIR "\/srv\/gradimento" is the working directory .*would delete the project\. Fix: /],
    ['a folder above the working directory', { DATA_DIR: '/var/lib/gradimento', DIST_DIR: '/srv' }, /DIST_DIR "\/srv" holds the working directory .*would delete the project\. Fix: /],
  ])('refuses a DIST_DIR that is %s, naming it and the fix', (_what, env, message) => {
    expect(() => load(env)).toThrow(ConfigError);
    expect(() => load(env)).toThrow(message);
  });

  it('accepts a DIST_DIR beside or inside DATA_DIR', () => {
    expect(load({ DATA_DIR: '/var/lib/gradimento', DIST_DIR: '/var/lib/gradimento/dist' }).distDir).toBe('/var/lib/gradimento/dist');
    expect(load({ DATA_DIR: '/var/lib/gradimento', DIST_DIR: '/opt/gradimento-dist' }).distDir).toBe('/opt/gradimento-dist');
  });

  it.each(['10.0.0.0/99', '10.0.0.0/33', '::1/129', '10.0.0.0/', '10.0.0.0/8/8', '10.0.0.0/x'])('refuses TRUST_PROXY=%s, a prefix length its address cannot have', (range) => {
    expect(() => load({ TRUST_PROXY: range })).toThrow(new RegExp(`TRUST_PROXY must list .*"${range.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}" is not one\. Fix: `));
  });

  it('accepts TRUST_PROXY ranges with a fitting prefix length', () => {
    expect(load({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.1/32, fd00::/8, ::1/128, 0.0.0.0/0' }).trustProxy).toEqual(['10.0.0.0/8', '192.168.1.1/32', 'fd00::/8', '::1/128', '0.0.0.0/0']);
  });

  it.each(['http://exa mple.it', 'https://voti.example.it/a b', 'http://', 'https://user:pw@voti.example.it', 'https://voti.example.it/?x=1'])('refuses PUBLIC_URL=%j, with the fix', (url) => {
    expect(() => load({ PUBLIC_URL: url })).toThrow(/^PUBLIC_URL must .* Fix: PUBLIC_URL=https:\/\//);
  });

  it('accepts PUBLIC_URL with a path, a port, or upper-case letters, and treats an empty one as unset', () => {
    expect(load({ PUBLIC_URL: 'https://Voti.Example.it:8443/gradimento/' }).publicUrl).toBe('https://Voti.Example.it:8443/gradimento');
    expect(load({ PUBLIC_URL: 'https://voti.example.it:443' }).publicUrl).toBe('https://voti.example.it:443');
    // The scheme in lower case, so that Secure cookies and HSTS know it for https.
    expect(load({ PUBLIC_URL: 'HTTPS://voti.example.it' }).publicUrl).toBe('https://voti.example.it');
    expect(load({ PUBLIC_URL: '' })).toMatchObject({ publicUrl: 'http://localhost:8080', publicUrlSet: false });
  });

  it('says how to fix LOG_LEVEL and PUBLIC_URL, as for the other settings', () => {
    expect(() => load({ LOG_LEVEL: 'verbose' })).toThrow(/Fix: LOG_LEVEL=info/);
    expect(() => load({ PUBLIC_URL: 'voti.example.it' })).toThrow(/Fix: PUBLIC_URL=https:\/\//);
  });
});
