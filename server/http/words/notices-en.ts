// The collector's error answers in English about alerts, e-mail subscriptions, deliveries, channels and metrics (server/alerts, server/subscriptions, server/delivery, server/channels, server/metrics).
// Reasons (lower case, no full stop) follow the field they are about, as the dashboard shows them.

export const NOTICES_EN = {
  // Alert rules and alerts (server/alerts)
  ruleMissing: 'There is no such alert rule.',
  ruleInvalid: 'The rule cannot be saved as it is. See the problems listed.',
  ruleEmailOff: 'E-mail is off on this collector: ask the IT staff to set SMTP_URL and MAIL_FROM, or save the rule without e-mail.',
  ruleNeedsPlace: 'name an office, a service, or both',
  closeBelowNotLower: 'must be lower than openAbovePct: the gap keeps an alert from opening and closing at every vote',
  closeAboveNotHigher: 'must be higher than openBelow: the gap keeps an alert from opening and closing at every vote',
  silenceNeedsOffice: 'silence is counted in an office\'s opening hours: name the office',
  silenceNeedsHours: 'silence is counted in opening hours, and this office has none: set them first on the Offices page',
  charterNeedsService: 'the charter\'s standard is a service\'s: name the service',
  noOfficeHere: (id: string) => `no office "${id}" in this administration`,
  officeIsArchived: 'the office is archived',
  noServiceHere: (id: string) => `no service "${id}" in this administration`,
  serviceIsArchived: 'the service is archived',
  noWebhookHere: (id: string) => `no webhook "${id}" in this administration`,
  alertMissing: 'There is no such alert.',
  alertAcknowledged: 'This alert was already acknowledged: its comment stays as written.',
  ackCommentEmpty: 'Write what was done or found: the comment is empty.',
  onlySpaces: 'is only spaces',

  // E-mail subscriptions (server/subscriptions)
  reportUnnamed: 'Name the report: either officeId (an office) or administrationId (an administration), not both.',
  reportNamedTwice: 'give officeId or administrationId, not both',
  reportNameRequired: 'officeId or administrationId is required',
  personMissing: 'There is no such person.',
  noPerson: (id: string) => `no person "${id}"`,
  personDisabled: 'This person\'s account is disabled.',
  personAccountDisabled: 'the account is disabled',
  personMayNotRead: 'This person may not read this report: give them a role over it first.',
  personNotManaged: 'This person is not one you manage (they hold roles beyond what you administer): they can subscribe themselves on the E-mail page.',
  notManagedHere: 'not a person you manage',
  mayNotReadReport: 'may not read this report',
  subscribeEmailOff: 'E-mail is off on this collector: ask the IT staff to set SMTP_URL and MAIL_FROM (see the README), then subscribe.',
  changeEmailOff: 'E-mail is off on this collector: ask the IT staff to set SMTP_URL and MAIL_FROM (see the README), then change the subscription.',
  officeNotOfAdministration: 'The office is not one of this administration.',
  ownSubscriptionMissing: 'You have no such e-mail subscription.',
  subscriptionMissing: 'There is no such e-mail subscription.',
  subscriptionGone: 'This e-mail subscription no longer exists.',
  unsubscribeLinkInvalid: 'This unsubscribe link is not valid: copy it whole from the e-mail, or sign in and stop the e-mail from «Le mie e-mail».',
  unsubscribeTokenInvalid: 'not a valid unsubscribe token',
  unsubscribeTokenMissing: 'Send the token of the unsubscribe link.',
  isRequired: 'is required',
  receivesAlready: 'This person already receives this report at this frequency.',
  receivesAtThatFrequency: 'This person already receives this report at that frequency: stop that subscription, or choose another frequency.',
  /** `more`: how many other owed reports follow the first. */
  reportOwed: (from: string, to: string, more: number) =>
    `The report for ${from === to ? from : `${from} to ${to}`} is due and not sent yet${more > 0 ? ` (with ${more} more)` : ''}: it goes out within 10 minutes. Change the frequency after that, so it is not lost.`,

  // Webhooks and deliveries (server/delivery)
  webhookNotCreated: 'The webhook was not created: see the problems listed.',
  notAUrl: (written: string) => `"${written}" is not a URL: write it whole, e.g. https://hooks.example.it/gradimento`,
  urlScheme: (protocol: string) => `must start with https:// (or http://), not ${protocol}//`,
  urlCredentials: 'must not carry a user or password: the signature proves the call is ours',
  /** `always`: loopback, link-local or another address no installation lets webhooks reach; else a private network this one keeps them from. */
  urlAddressForbidden: (host: string, address: string, always: boolean) =>
    `must not lead into a private or local network: ${host === address ? address : `${host} resolves to ${address}`}, ${always ? 'a loopback, link-local or reserved address, which webhooks never reach' : 'which this installation does not allow webhooks to reach (WEBHOOK_PRIVATE_NETWORKS): give a public address, or ask the administrator of the installation'}`,
  webhookDeleted: 'This webhook was deleted.',
  deliveryNotFailed: (sent: boolean) => `This message is ${sent ? 'already sent' : 'still being tried'}: only a failed one can be sent again.`,
  deliveryRecipientRefused: (recipient: string, why: 'disabled' | 'no-read-access') =>
    why === 'disabled'
      ? `${recipient} was disabled or removed since this message was queued: it is not sent again.`
      : `${recipient} may no longer read these reports (their roles changed): it is not sent again.`,
  deliveryUnsubscribed: 'This report was for a subscription since cancelled: whoever cancelled it asked for no more e-mails, so it is not sent again.',

  // Channel points, QR codes, the web widget, the phone page (server/channels)
  pointMissing: 'No such channel point.',
  codesForQrOnly: (kind: string) => `This is a ${kind} point: codes are for QR points only.`,
  pointArchived: (day: string) => `This point was archived on ${day}: it takes no more votes.`,
  codeUnknown: 'This code is not valid: check that the whole QR code was scanned.',
  codeUsed: 'This code was already used: each code takes one vote.',
  codeExpired: 'This code has expired: ask the office for a new one.',
  codeWithdrawn: 'This code no longer works: its office has withdrawn these codes (the point they belong to, its service or its office is archived). Ask the office for a new one.',
  pointInvalid: 'The channel point is invalid: see the problems listed.',
  phonePointNoService: 'a phone point has no service of its own: the operator picks the service of each call',
  pointNeedsService: (kind: string) => `a ${kind} point rates one service: name it`,
  serviceNotOfAdministration: (id: string) => `service "${id}" is not one of this administration's`,
  serviceIdArchived: (id: string) => `service "${id}" is archived`,
  // One live point of a kind (and service) per office (server/channels/point-taken.ts): say which, and that its code serves again.
  pointTaken: (kind: string, service: string | null, id: string) =>
    kind === 'phone'
      ? `This office already has a phone point (${id}): every operator records phone ratings on it. Use it, or archive it first.`
      : `This office already has a ${kind === 'qr' ? 'QR' : kind} point for "${service}" (${id}): ${kind === 'qr' ? 'it prints as many sheets of codes as needed' : 'its embed code can be pasted on as many pages as needed'}. Use it, or archive it first.`,
  pointTakenBy: (id: string) => `already has a live point in this office: ${id}`,
  formInactive: 'This rating form is not (or no longer) active: the administration may have removed it.',
  phoneServiceGone: 'The service is not one this administration still offers: see the problems listed.',
  serviceUnknownOrArchived: (id: string) => `service "${id}" is unknown or archived in this administration`,
  tooManyRatings: (max: number, windowMinutes: number, minutes: number) => `More than ${max} ratings from this address in ${windowMinutes} minutes: try again in ${minutes} min.`,
  answerNotAsked: 'The answer does not belong to the question asked for this many stars: see the problems listed.',
  answerOfOtherQuestion: (stars: number, question: string, answers: readonly string[]) => `after ${stars} star(s) the question is "${question}": one of ${answers.join(', ')}`,
  ratingIdTaken: 'Another rating was already stored with this id: this one was not. A rating changed after it was sent is not stored again; a new rating needs a new id.',

  // Metrics (server/metrics)
  metricsClosed: 'Metrics are open to this machine only, or with "Authorization: Bearer <METRICS_TOKEN>" (set METRICS_TOKEN on the collector).',
};

export type NoticesWords = typeof NOTICES_EN;
