// The alerts page in English: open alerts with their acknowledgement, and the rules editor (kiosk/dashboard/alerts/alert-labels.ts is the Italian original).
import type { KIND_HINTS as ItalianHints, KIND_LABELS as ItalianKinds, L as ItalianL, SEEN as ItalianSeen } from '../../../alerts/alert-labels';
import type { Translation } from '../../translation';

export const KIND_LABELS: Translation<typeof ItalianKinds> = {
  'negative-share': 'Too many negative votes',
  'low-index': 'Low satisfaction index',
  silence: 'Silent terminal',
  'charter-at-risk': 'Service charter standard at risk',
};

export const KIND_HINTS: Translation<typeof ItalianHints> = {
  'negative-share': 'Opens when the share of negative votes among the latest votes goes above the threshold; closes when it falls below the second, lower threshold.',
  'low-index': 'Opens when the index (0-100) over the last hours falls below the threshold; closes when it rises above the second, higher threshold.',
  silence: 'Opens after so many of the office’s opening hours without a vote; closes at the first vote.',
  'charter-at-risk': 'Opens when, at the month’s pace so far, the rest of the month would have to go better than the month has plausibly gone for the standard to be met.',
};

export const SEEN: Translation<typeof ItalianSeen> = {
  'negative-share': (f, n) => `Negative votes: ${n.pct(f.share)} of the last ${f.votes} (threshold ${n.num(f.openAbovePct)}%).`,
  'low-index': (f, n) => `Satisfaction index ${n.num(f.index)} out of 100 over the last ${f.windowHours} hours (${f.votes} votes; threshold ${n.num(f.openBelow)}).`,
  silence: (f, n) => `No vote for ${n.num(f.hours)} opening hours (threshold ${n.num(f.thresholdHours)} hours)${f.neverVoted ? ': no vote since the rule was made' : ''}.`,
  'charter-at-risk': (f, n) =>
    `Charter standard at risk: ${n.pct(f.share)} positive this month (${f.votes} votes), against a promised standard of ${n.num(f.standardPct)}%; ${
      f.neededShare > 1 ? 'no longer within reach' : `the rest of the month would need ${n.pct(f.neededShare)} positive`
    }.`,
};

export const L: Translation<typeof ItalianL> = {
  intro: 'Alerts open and close by themselves according to the rules; they appear here as soon as they open, without reloading the page.',
  open: 'Open alerts',
  noneOpen: 'No open alerts.',
  showClosed: 'Show closed ones too',
  live: 'Live',
  notLive: 'Live updates unavailable: reload the page to see new alerts.',
  statusOpen: 'Open',
  statusClosed: 'Closed',
  openedAt: 'Opened on',
  closedAt: 'closed on',
  where: 'Where',
  what: 'What',
  rule: 'Rule',
  acknowledged: (by, when) => `Acknowledged by ${by} on ${when}`,
  acknowledge: 'Acknowledge with a comment',
  comment: 'Comment',
  commentHint: 'What was done or found (500 characters at most): it stays in the audit log.',
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
  notifyEmail: 'Alert the administrators and the office’s managers by e-mail',
  webhook: 'Webhook',
  noWebhook: 'None',
  save: 'Save the rule',
  saving: 'Saving…',
  delete: 'Delete',
  actions: 'Actions',
  confirmDelete: (name) => `Delete the rule ‘${name}’? Its open alert closes; the history stays.`,
  params: 'Thresholds',
  notices: 'Notifications',
  onlyDashboard: 'Dashboard only',
  emailAnd: 'e-mail',
};
