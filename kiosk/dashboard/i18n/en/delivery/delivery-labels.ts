// English texts of the ‘Deliveries’ page: what the collector sent or is still trying to send, and why it failed (kiosk/dashboard/delivery/delivery-labels.ts is the Italian original).
import type { D as Italian, SOURCE_LABELS as ItalianSources } from '../../../delivery/delivery-labels';
import { KEEP_FAILED_DAYS, MAX_DELIVERY_ATTEMPTS } from '../../../../../server/contract/delivery-paths';
import type { Translation } from '../../translation';

export const D: Translation<typeof Italian> = {
  intro: `E-mails and webhook calls of this administration. A delivery that fails is retried with growing waits, up to ${MAX_DELIVERY_ATTEMPTS} attempts, except permanent refusals, given up at once: e-mail switched off on this collector, a message the mail server refuses for good (a 5xx code), a recipient disabled or no longer allowed to read the report, a webhook that was deleted or whose address is in a private or local network the installation does not allow. A delivery given up stays here as failed for ${KEEP_FAILED_DAYS} days, to be sent again; then it is deleted, with its recipient and content.`,
  empty: 'No deliveries for this administration: e-mailed reports, alerts and webhook tests will appear here.',
  problems: (n: number) => (n === 1 ? '1 delivery failed or waiting to be retried.' : `${n} deliveries failed or waiting to be retried.`),
  allGood: 'No deliveries in trouble.',
  headers: ['Status', 'Type', 'Recipient', 'Content', 'Attempts', 'Last error', 'Next attempt', 'Actions'],
  email: 'E-mail',
  webhook: 'Webhook',
  failed: 'Failed',
  retrying: 'Waiting to be retried',
  queued: 'Queued',
  sent: 'Sent',
  sentAt: (when: string) => `sent on ${when}`,
  failedAt: (when: string) => `given up on ${when}`,
  noRetry: 'none: send it again',
  soon: 'shortly',
  retry: 'Send again',
  reload: 'Refresh',
  listedOf: (parts: { state: string; listed: number; total: number }[]) =>
    `The newest are listed: ${parts.map((p) => `${p.state.toLocaleLowerCase('en')} ${p.listed.toLocaleString('en-GB')} of ${p.total.toLocaleString('en-GB')}`).join(', ')}.`,
  showMore: (n: number) => `Show up to ${n} per state`,
  createdAt: (when: string) => `created on ${when}`,
  // The collector's errors by their known shapes, read by plainError.
  cannotReach: (host: string, reason: string) => `Cannot reach ${host}: ${reason}.`,
  noAnswer: (host: string, seconds: string) => `No answer from ${host} within ${seconds} seconds.`,
  redirected: (host: string, status: string) => `${host} answered ${status} (a redirect): give the final address in the webhook.`,
  answeredError: (host: string, status: string, body: string | undefined) => `${host} answered with error ${status}${body ? `: ‘${body}’` : ''}.`,
  mailRefused: (reason: string) => `The mail server refused it: ${reason}`,
  emailOff: 'Sending e-mail is switched off on this collector (SMTP_URL not set): set SMTP_URL and MAIL_FROM, restart, then send again.',
  webhookDeleted: 'The webhook was deleted before the call could be made.',
  networkCodes: {
    ECONNREFUSED: 'connection refused, no service listening',
    ENOTFOUND: 'unknown server name',
    EAI_AGAIN: 'server name not resolved for now',
    ETIMEDOUT: 'timed out',
    ECONNRESET: 'connection reset',
    EHOSTUNREACH: 'server unreachable',
    ENETUNREACH: 'network unreachable',
    CERT_HAS_EXPIRED: 'certificate expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'certificate not recognised',
  },
};

export const SOURCE_LABELS: Translation<typeof ItalianSources> = {
  subscription: 'Subscription report',
  alert: 'Alert',
  'webhook-test': 'Webhook test',
};
