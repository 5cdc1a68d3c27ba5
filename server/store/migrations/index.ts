// Every schema version in order; Kysely's Migrator applies the missing ones at start-up.
import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './001-initial';
import { peopleAndEnrolment } from './002-people-and-enrolment';
import { reportRollups } from './003-report-rollups';
import { sharedState } from './004-shared-state';
import { voteDigests } from './005-vote-digests';
import { terminalStatus } from './006-terminal-status';
import { socketAttachments } from './007-socket-attachments';
import { reportIndexes } from './008-report-indexes';
import { signInThrottle } from './009-sign-in-throttle';
import { firstEnrolment } from './010-first-enrolment';
import { outbox } from './011-outbox';
import { publicPages } from './012-public-pages';
import { administrationLogos } from './013-administration-logos';
import { subscriptions } from './014-subscriptions';
import { voteFlags } from './015-vote-flags';
import { terminalKioskSettings } from './016-terminal-kiosk-settings';
import { channelPoints } from './017-channel-points';
import { translations } from './018-translations';
import { alerts } from './019-alerts';
import { officeDayRollup } from './020-office-day-rollup';
import { officeReportIndexes } from './021-office-report-indexes';
import { totalsRollups } from './022-totals-rollups';
import { monthTotals } from './023-month-totals';
import { dayTotals } from './024-day-totals';
import { alertFacts } from './025-alert-facts';
import { emailLanguage } from './026-email-language';
import { subscriptionSchedule } from './027-subscription-schedule';
import { alertCloseCause } from './028-alert-close-cause';
import { defaultReasonTranslations } from './029-default-reason-translations';
import { channelVotesAtArrival } from './030-channel-votes-at-arrival';
import { redatedVotesIndex } from './031-redated-votes-index';
import { rateLimitsUnlogged } from './032-rate-limits-unlogged';
import { officeHoursWithoutWeb } from './033-office-hours-without-web';
import { commentsRedactedAgain } from './034-comments-redacted-again';
import { terminalFormerSetup } from './035-terminal-former-setup';
import { commentsBracketedAddresses } from './036-comments-bracketed-addresses';
import { archivedServiceLinks } from './037-archived-service-links';
import { officeHoursWithoutQr } from './038-office-hours-without-qr';
import { commentsContactsSpelledOtherwise } from './039-comments-contacts-spelled-otherwise';

/** Names sort in the order they must run: never rename or reorder a released migration. */
const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
  '002-people-and-enrolment': peopleAndEnrolment,
  '003-report-rollups': reportRollups,
  '004-shared-state': sharedState,
  '005-vote-digests': voteDigests,
  '006-terminal-status': terminalStatus,
  '007-socket-attachments': socketAttachments,
  '008-report-indexes': reportIndexes,
  '009-sign-in-throttle': signInThrottle,
  '010-first-enrolment': firstEnrolment,
  '011-outbox': outbox,
  '012-public-pages': publicPages,
  '013-administration-logos': administrationLogos,
  '014-subscriptions': subscriptions,
  '015-vote-flags': voteFlags,
  '016-terminal-kiosk-settings': terminalKioskSettings,
  '017-channel-points': channelPoints,
  '018-translations': translations,
  '019-alerts': alerts,
  '020-office-day-rollup': officeDayRollup,
  '021-office-report-indexes': officeReportIndexes,
  '022-totals-rollups': totalsRollups,
  '023-month-totals': monthTotals,
  '024-day-totals': dayTotals,
  '025-alert-facts': alertFacts,
  '026-email-language': emailLanguage,
  '027-subscription-schedule': subscriptionSchedule,
  '028-alert-close-cause': alertCloseCause,
  '029-default-reason-translations': defaultReasonTranslations,
  '030-channel-votes-at-arrival': channelVotesAtArrival,
  '031-redated-votes-index': redatedVotesIndex,
  '032-rate-limits-unlogged': rateLimitsUnlogged,
  '033-office-hours-without-web': officeHoursWithoutWeb,
  '034-comments-redacted-again': commentsRedactedAgain,
  '035-terminal-former-setup': terminalFormerSetup,
  '036-comments-bracketed-addresses': commentsBracketedAddresses,
  '037-archived-service-links': archivedServiceLinks,
  '038-office-hours-without-qr': officeHoursWithoutQr,
  '039-comments-contacts-spelled-otherwise': commentsContactsSpelledOtherwise,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};
