// The SMTP connection e-mails leave through (nodemailer), built once from SMTP_URL.
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailConfig } from '../config';
import type { EmailPayload } from './outbox';

export interface MailSender {
  send(message: EmailPayload): Promise<void>;
  close(): void;
}

/**
 * smtp://: plain at first, upgraded with STARTTLS whenever the server offers it (port 587, or a
 * relay on the LAN); smtps://: TLS from the first byte (port 465). Short timeouts: an unreachable
 * server fails the attempt in seconds and the outbox tries again later, it never holds a job.
 */
export function mailSender(config: MailConfig): MailSender {
  const url = new URL(config.smtpUrl);
  const secure = url.protocol === 'smtps:';
  const transport: Transporter = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(message) {
      await transport.sendMail({
        from: config.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: message.headers,
        attachments: message.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.contentBase64, 'base64') })),
      });
    },
    close: () => transport.close(),
  };
}

/**
 * Whether an SMTP failure is final: the server answered 5xx (no such mailbox, relay refused,
 * authentication failed). Trying again would get the same answer; the admin fixes and retries.
 */
export function isPermanentMailError(err: unknown): boolean {
  const code = (err as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
