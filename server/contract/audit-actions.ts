// What the audit log records: every action (noun.verb) and kind of item, one list for the collector
// that writes them and the dashboard that names them, so an action without words is a type error.
// Plain values (no TypeBox), so the browsers may import them.

export const AUDIT_ACTIONS = [
  'administration.create',
  'administration.update',
  'administration.archive',
  'administration.logo',
  'administration.logo-remove',
  'office.create',
  'office.update',
  'office.archive',
  'service.create',
  'service.update',
  'service.archive',
  'reasons.update',
  'terminal.create',
  'terminal.update',
  'terminal.pair',
  'terminal.enrol',
  'terminal.revoke',
  'terminal.archive',
  'user.create',
  'user.update',
  'user.password_change',
  'user.password_reset',
  /** An e-mail locked for every address after too many wrong passwords (server/auth/sign-in-throttle.ts). */
  'user.sign_in_lock',
  'people-served.record',
  'api-key.create',
  'api-key.revoke',
  'public-page.update',
  'channel-point.create',
  'channel-point.archive',
  'channel-point.issue',
  'channel-settings.update',
  'alert-rule.create',
  'alert-rule.update',
  'alert-rule.delete',
  'alert.acknowledge',
  'webhook.create',
  'webhook.delete',
  'delivery.fail',
  'delivery.retry',
  'subscription.create',
  'subscription.update',
  'subscription.cancel',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_TARGETS = ['administration', 'office', 'service', 'terminal', 'user', 'api-key', 'channel-point', 'alert-rule', 'alert', 'webhook', 'delivery', 'subscription'] as const;
export type AuditTarget = (typeof AUDIT_TARGETS)[number];
