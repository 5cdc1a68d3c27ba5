// The English words of the scheduled e-mail pages: one's own e-mails, an admin's list of who receives what, and the unsubscribe page (kiosk/dashboard/subscriptions/subscription-labels.ts is the Italian original).
import type { E as Italian, FREQUENCY_HINTS as ItalianHints, FREQUENCY_LABELS as ItalianFrequencies, REPORT_FREQUENCY as ItalianReportFrequency } from '../../../subscriptions/subscription-labels';
import { SEND_HOUR } from '../../../../../server/contract/subscription-paths';
import type { Translation } from '../../translation';

export const FREQUENCY_LABELS: Translation<typeof ItalianFrequencies> = {
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
};

/** "the daily report": the adjective before "report". */
export const REPORT_FREQUENCY: Translation<typeof ItalianReportFrequency> = {
  daily: 'daily',
  weekly: 'weekly',
  monthly: 'monthly',
};

/** When each e-mail arrives: the periods of server/subscriptions/periods.ts, at the contract's SEND_HOUR. */
export const FREQUENCY_HINTS: Translation<typeof ItalianHints> = {
  daily: `every morning at ${SEND_HOUR} (office time), with the day before`,
  weekly: 'on Monday morning, with the week before (Monday to Sunday)',
  monthly: 'on the first of the month, with the month before',
};

export const E: Translation<typeof Italian> = {
  intro: 'Receive an office’s or an administration’s report by e-mail: the summary in the text, the full report as an attached PDF. Every e-mail has a link to cancel the subscription without signing in.',
  emailOff: 'Sending e-mail is not switched on for this collector, so nobody can subscribe. Ask the IT staff to set SMTP_URL and MAIL_FROM.',
  sender: (from: string) => `The e-mails are sent from ${from}.`,
  mine: 'My subscriptions',
  noneMine: 'You receive no reports by e-mail.',
  paused: {
    'administration-archived': 'Paused: the administration is archived, no report is sent.',
    'office-archived': 'Paused: the office is archived, no report is sent.',
    'person-disabled': 'Paused: this person’s account is disabled, no report is sent.',
    'no-read-access': 'Paused: with the roles this person has now they may not read this report, no report is sent.',
    'email-off': 'Paused: sending e-mail is switched off on this collector, no report is sent until it is switched on again.',
  },
  subscribe: 'Subscribe',
  subscribing: 'Subscribing…',
  report: 'Report',
  frequency: 'Frequency',
  emailLanguage: 'E-mail language',
  person: 'Person',
  since: 'Since',
  by: 'Subscribed by',
  actions: 'Actions',
  stop: 'Unsubscribe',
  edit: 'Edit',
  editMine: (report: string) => `Edit the subscription to ‘${report}’`,
  editFor: (person: string, report: string) => `Edit ${person}’s subscription to ‘${report}’`,
  editNote: 'A new frequency applies at once: the next e-mail is the first report of the new frequency, without the ones before. The report and the person stay.',
  saveChanges: 'Save the changes',
  saving: 'Saving…',
  cancel: 'Cancel',
  confirmStop: (report: string, frequency: string) => `Stop receiving the ${frequency} report of ‘${report}’?`,
  confirmStopFor: (person: string, report: string) => `${person} will no longer receive the report of ‘${report}’. Go ahead?`,
  administrationReport: (name: string) => `${name} (whole administration)`,
  officeReport: (office: string, administration: string) => `${office} · ${administration}`,
  noReports: 'You cannot read any office’s report: nothing to subscribe to.',
  people: 'People’s e-mails',
  peopleIntro: 'Subscribe a person of the administration to the report of an office or of the whole administration: they need a role that lets them read it.',
  nonePeople: 'Nobody in this administration receives reports by e-mail.',
  subscribePerson: 'Subscribe the person',
  choose: 'Choose…',
  yourself: (email: string) => `${email} (you)`,
  // The unsubscribe page, opened from an e-mail without signing in.
  unsubscribeTitle: 'Cancel the subscription',
  checking: 'Checking the link…',
  unsubscribeQuestion: (report: string, frequency: string) => `Do you want to stop receiving the ${frequency} report of ‘${report}’?`,
  unsubscribeConfirm: 'Yes, cancel the subscription',
  unsubscribed: (report: string, frequency: string) => `Done: you will no longer receive the ${frequency} report of ‘${report}’.`,
  alreadyUnsubscribed: (report: string, frequency: string) => `The subscription to the ${frequency} report of ‘${report}’ had already been cancelled: you will receive no more e-mails.`,
  toDashboard: 'Go to the dashboard',
};
