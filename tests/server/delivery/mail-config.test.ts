// SMTP_URL and MAIL_FROM: e-mail is off without them, and a wrong value stops the collector naming the variable and the fix.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/config';

const load = (env: Record<string, string>) => loadConfig(env as NodeJS.ProcessEnv, '/srv/gradimento');
const PUBLIC = { PUBLIC_URL: 'https://gradimento.comune.example.it' };

function failure(env: Record<string, string>): string {
  try {
    load(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('loadConfig accepted it');
}

describe('outgoing e-mail settings', () => {
  it('are off when SMTP_URL is unset or empty', () => {
    expect(load({}).mail).toBeNull();
    expect(load({ SMTP_URL: '' }).mail).toBeNull();
  });

  it('read smtp:// and smtps:// with the sender', () => {
    expect(load({ SMTP_URL: 'smtp://u:p@mail.example.it:587', MAIL_FROM: 'noreply@comune.example.it', ...PUBLIC }).mail).toEqual({ smtpUrl: 'smtp://u:p@mail.example.it:587', from: 'noreply@comune.example.it' });
    expect(load({ SMTP_URL: 'smtps://mail.example.it', MAIL_FROM: 'Comune di Valdoria <urp@comune.example.it>', ...PUBLIC }).mail?.from).toBe('Comune di Valdoria <urp@comune.example.it>');
  });

  it.each([
    ['another scheme', { SMTP_URL: 'http://mail.example.it', MAIL_FROM: 'a@b.it', ...PUBLIC }, /SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL.*Fix: SMTP_URL=/],
    ['no URL at all', { SMTP_URL: 'mail.example.it', MAIL_FROM: 'a@b.it', ...PUBLIC }, /SMTP_URL must be/],
    ['no sender', { SMTP_URL: 'smtp://mail.example.it', ...PUBLIC }, /MAIL_FROM.*Fix: MAIL_FROM=/],
    ['a sender that is no address', { SMTP_URL: 'smtp://mail.example.it', MAIL_FROM: 'gradimento', ...PUBLIC }, /MAIL_FROM must be an e-mail address/],
    ['a sender that smuggles a header', { SMTP_URL: 'smtp://mail.example.it', MAIL_FROM: 'a@b.it\r\nBcc: x@y.it', ...PUBLIC }, /MAIL_FROM must be an e-mail address/],
    ['a sender without a server', { MAIL_FROM: 'a@b.it' }, /MAIL_FROM is set but SMTP_URL is not/],
    ['no PUBLIC_URL for the links', { SMTP_URL: 'smtp://mail.example.it', MAIL_FROM: 'a@b.it' }, /PUBLIC_URL.*Fix: PUBLIC_URL=/],
  ])('stop the collector with %s, naming the variable and the fix', (_what, env, reason) => {
    expect(failure(env)).toMatch(reason);
  });

  it('never print the SMTP password', () => {
    expect(failure({ SMTP_URL: 'http://user:s3cret@mail.example.it', MAIL_FROM: 'a@b.it', ...PUBLIC })).not.toContain('s3cret');
  });
});
