// The SMTP connection e-mails leave through (nodemailer), built once from SMTP_URL.
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailConfig } from '../config';
import type { EmailPayload } from './outbox';

export interface MailSender {
  send(message: EmailPayload): Promise<void>;
  close(): void;
}

/**
 * smtp://: plain at first, then STARTTLS. With a user and password in the URL, STARTTLS is
 * required: a server that does not offer it (or a man in the middle who strips the offer) gets
 * neither the password nor the reports, and the attempt fails saying why. Without them (a relay on
 * the LAN that takes mail from the collector's address) STARTTLS is used when offered. smtps://:
 * TLS from the first byte (port 465). Short timeouts: an unreachable server fails the attempt in
 * seconds and the outbox tries again later, it never holds a job.
 */
export function mailSender(config: MailConfig): MailSender {
  const url = new URL(config.smtpUrl);
  const secure = url.protocol === 'smtps:';
  const withPassword = url.username !== '';
  const transport: Transporter = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    requireTLS: !secure && withPassword,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(message) {
      await sendOrExplain(transport, {
        from: config.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: message.headers,
        attachments: message.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.contentBase64, 'base64') })),
      }, withPassword);
    },
    close: () => transport.close(),
  };
}

/** Sends; a refused upgrade to TLS is told in words an administrator acts on (it shows on «Consegne»). */
async function sendOrExplain(transport: Transporter, mail: Parameters<Transporter['sendMail']>[0], withPassword: boolean): Promise<void> {
  try {
    await transport.sendMail(mail);
  } catch (err) {
    const code = (err as { code?: unknown } | null)?.code;
    if (withPassword && code === 'ETLS') {
      throw new Error(
        `the mail server did not offer STARTTLS, so the password in SMTP_URL and the message were not sent in clear (${(err as Error).message}). Fix: a server that offers STARTTLS, smtps:// (TLS from the start, port 465), or a relay that takes mail without a password (SMTP_URL without USER:PASSWORD)`,
        { cause: err },
      );
    }
    throw err;
  }
}

/**
 * Whether an SMTP failure is final: the server answered 5xx (no such mailbox, relay refused,
 * authentication failed). Trying again would get the same answer; the admin fixes and retries.
 */
export function isPermanentMailError(err: unknown): boolean {
  const code = (err as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
