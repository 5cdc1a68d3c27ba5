// The SMTP connection: a password in SMTP_URL travels only over TLS; a relay without one may be plain.
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { mailSender } from '../../../server/delivery/mail-transport';

let server: SMTPServer | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A mail server that offers no STARTTLS (an old relay, or a man in the middle who took the offer out). */
async function plainServer(): Promise<{ port: number; logins: string[]; messages: number }> {
  const seen = { port: 0, logins: [] as string[], messages: 0 };
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      seen.logins.push(`${auth.username}:${auth.password}`);
      callback(null, { user: auth.username });
    },
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => {
        seen.messages += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  seen.port = ((server as unknown as { server: { address(): AddressInfo } }).server.address()).port;
  return seen;
}

const message = { to: 'rita@valdoria.example.org', subject: 'Report', text: 'Il report di marzo', html: '<p>Il report di marzo</p>' };

describe('mailSender', () => {
  it('never sends the password, nor the message, to a server that offers no STARTTLS, and says why', async () => {
    const seen = await plainServer();
    const mail = mailSender({ smtpUrl: `smtp://gradimento:s3cret@127.0.0.1:${seen.port}`, from: 'noreply@valdoria.example.org' });
    const failure = await mail.send(message).then(() => null, (err: Error) => err);
    mail.close();
    expect(failure?.message).toMatch(/did not offer STARTTLS.*not sent in clear.*Fix: /);
    expect(failure?.message).not.toContain('s3cret');
    expect(seen).toMatchObject({ logins: [], messages: 0 });
  });

  it('sends through a relay that asks for no password, plain when it offers no STARTTLS', async () => {
    const seen = await plainServer();
    const mail = mailSender({ smtpUrl: `smtp://127.0.0.1:${seen.port}`, from: 'noreply@valdoria.example.org' });
    await mail.send(message);
    mail.close();
    expect(seen).toMatchObject({ logins: [], messages: 1 });
  });
});
