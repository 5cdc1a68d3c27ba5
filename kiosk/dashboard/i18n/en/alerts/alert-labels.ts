// The alerts page in English: open alerts with their acknowledgement, and the rules editor (kiosk/dashboard/alerts/alert-labels.ts is the Italian original).
import type { CLOSED_BECAUSE as ItalianClosedBecause, KIND_HINTS as ItalianHints, KIND_LABELS as ItalianKinds, L as ItalianL, SEEN as ItalianSeen } from '../../../alerts/alert-labels';
import { MAX_ACK_COMMENT } from '../../../../../server/contract/alert-kinds';
import { ALERT_SENTENCES } from '../../../../../server/contract/alert-sentences';
import type { Translation } from '../../translation';

export const KIND_LABELS: Translation<typeof ItalianKinds> = {
  'negative-share': 'Too many negative votes',
  'low-index': 'Low satisfaction index',
  silence: 'No votes in opening hours',
  'charter-at-risk': 'Service charter standard at risk',
};

export const KIND_HINTS: Translation<typeof ItalianHints> = {
  'negative-share': 'Opens when the share of negative votes among the latest votes goes above the threshold; closes when it falls below the second, lower threshold.',
  'low-index': 'Opens when the index (0-100) over the last hours falls below the threshold; closes when it rises above the second, higher threshold.',
  silence: 'Opens after so many of the office’s opening hours (closing days left out) without a vote on the office’s terminals, for the office or the service (votes from the website, QR codes and the phone page do not count: they do not show the terminals work); closes at the terminals’ next vote. The office needs its opening hours.',
  'charter-at-risk': 'Opens when, at the month’s pace so far, the rest of the month would have to go better than the month has plausibly gone for the standard to be met.',
};

export const CLOSED_BECAUSE: Translation<typeof ItalianClosedBecause> = {
  recovered: {
    'negative-share': 'the share of negative votes fell back below the closing threshold',
    'low-index': 'the index rose back above the closing threshold',
    silence: 'a vote came in',
    'charter-at-risk': 'the charter standard is within reach again',
  },
  'rule-deleted': 'the rule was deleted',
  'rule-changed': 'the rule was changed (type, office or service)',
  'target-archived': 'the rule’s office, service or administration was archived',
};

/** The contract's English sentences, which the collector's English e-mails use too: one table for both. */
export const SEEN: Translation<typeof ItalianSeen> = ALERT_SENTENCES.en;

export const L: Translation<typeof ItalianL> = {
  intro: 'Alerts open and close by themselves according to the rules; they appear here as soon as they open, without reloading the page.',
  open: 'Open alerts',
  openAndClosed: 'Open and closed alerts',
  noneOpen: 'No open alerts.',
  none: 'No alerts, open or closed.',
  showClosed: 'Show closed ones too',
  newestOnly: (n) => `The ${n} newest alerts are shown: older ones are not listed.`,
  newAlert: (kind, rule) => `New alert: ${kind} · ${rule}`,
  statusOpen: 'Open',
  statusClosed: 'Closed',
  openedAt: 'Opened on',
  closed: (when) => `Closed on ${when}`,
  where: 'Where',
  what: 'What',
  rule: 'Rule',
  acknowledged: (by, when) => `Acknowledged by ${by} on ${when}`,
  acknowledge: 'Acknowledge with a comment',
  comment: 'Comment',
  commentHint: `What was done or found (${MAX_ACK_COMMENT} characters at most): it stays in the audit log.`,
  send: 'Acknowledge the alert',
  sending: 'Sending…',
  cancel: 'Cancel',
  wholeAdministration: 'the whole administration',
  everyOffice: 'all offices',
  // Rules
  rules: 'Rules',
  noRules: 'No rules: no alert will open.',
  newRule: 'New rule',
  name: 'Name',
  kind: 'Type',
  office: 'Office',
  service: 'Service',
  anyService: 'All services',
  noOffice: 'All offices',
  lastVotes: 'Latest votes considered',
  openAbovePct: 'Opens above (% negative)',
  closeBelowPct: 'Closes below (% negative)',
  windowHours: 'Window (hours)',
  minVotes: 'Minimum votes',
  openBelow: 'Opens below (index)',
  closeAbove: 'Closes above (index)',
  hours: 'Opening hours without votes',
  notifyEmail: 'Alert by e-mail the administration’s own admins (not the installation’s), the managers of the rule’s office if it names one, and the rule’s author: active accounts only',
  emailOffHint: 'Sending e-mail is not switched on for this collector: the alert shows on the dashboard (and goes to the webhook, if you choose one). For e-mail, ask the IT staff to switch it on.',
  emailLanguage: 'E-mail language',
  webhook: 'Webhook',
  noWebhook: 'None',
  save: 'Save the rule',
  saveChanges: 'Save the changes',
  saving: 'Saving…',
  edit: 'Edit',
  editRule: (name) => `Edit the rule ‘${name}’`,
  changedOn: (when) => `changed on ${when}`,
  editNote: 'If you change the type, office or service, the rule’s open alert closes: it measured something else. Other changes leave it open, and the next check uses the new thresholds.',
  delete: 'Delete',
  actions: 'Actions',
  confirmDelete: (name) => `Delete the rule ‘${name}’? Its open alert closes; the history stays.`,
  params: 'Thresholds',
  notices: 'Notifications',
  onlyDashboard: 'Dashboard only',
  emailTo: (n) => (n === 1 ? 'e-mail to 1 person' : `e-mail to ${n} people`),
  emailNobody: 'Nobody will get the e-mail: no active administrators or managers, and the rule’s author is no longer active.',
  emailAnd: 'e-mail',
  waitingVotes: (votes, needed) => `Not judging yet: ${votes === 1 ? '1 vote' : `${votes} votes`} of the ${needed} it needs. Until it has them, no alert opens.`,
  noStandard: 'Not judging: the service has no charter standard in force today.',
  noOpeningHours: 'Not judging: the office has no opening hours, and silence is counted in opening hours.',
  archivedTarget: { administration: 'Not judging: the administration is archived.', office: 'Not judging: the office is archived.', service: 'Not judging: the service is archived.' },
};
