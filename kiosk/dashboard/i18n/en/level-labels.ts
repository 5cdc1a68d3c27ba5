// The words of the report's levels, the offices and administrations side by side, and the bulletin, in English (kiosk/dashboard/level-labels.ts is the Italian original).
import { BULLETIN_WORDS } from '../../../../server/contract/bulletin-words';
import type { LEVEL_LABELS as ItalianLevels, V as Italian } from '../../level-labels';
import type { Translation } from '../translation';

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

export const LEVEL_LABELS: Translation<typeof ItalianLevels> = { office: 'Office', administration: 'Administration', installation: 'Installation' };

export const V: Translation<typeof Italian> = {
  level: 'Report level',
  view: 'What to show',
  viewReport: 'Period',
  viewBulletin: 'Bulletin',
  administration: 'Administration',
  wholeInstallation: 'The whole installation',
  subtitleAdministration: (name: string) => `${name}: the offices compared`,
  subtitleInstallation: 'The whole installation: the administrations compared',
  subtitleBulletin: (name: string) => `${name}: bulletin`,
  refresh: 'Refresh',
  refreshHint: 'This level does not update by itself: press ‘Refresh’ to read the votes that have arrived in the meantime.',
  updatedAt: (time: string) => `updated at ${time}; does not update by itself`,
  totalsTitle: 'How we are doing',
  officesTitle: 'The offices compared',
  administrationsTitle: 'The administrations compared',
  servicesTitle: 'The administration’s services compared',
  rankingNote: (min: number) =>
    `Best first, by the share of positive votes drawn towards the average (Bayesian average). Below ${min} votes: at the bottom, in grey, without a position.`,
  rank: 'Position',
  rankOf: ordinal,
  unranked: 'not ranked',
  office: 'Office',
  administrationCol: 'Administration',
  service: 'Service',
  share: 'Positive',
  index: 'Index',
  votes: 'Votes',
  charter: 'Service charter',
  participation: 'Participation',
  charterNone: 'no standard',
  noParticipation: 'no figure',
  channelsTitle: 'By channel',
  channelsNote: 'Totem: the terminals in the hall, where the service is chosen. Counter: the terminals at the desk and the QR codes handed out at the counter.',
  channel: 'Channel',
  empty: 'No votes in the period',
  emptyHint: 'Choose a longer period or check that the offices’ terminals are connected.',
  // Bulletin
  bulletinKind: 'Bulletin',
  month: 'Month',
  year: 'Year',
  monthly: 'Monthly',
  yearly: 'Yearly',
  bulletinTitle: BULLETIN_WORDS.en.title,
  programme: BULLETIN_WORDS.en.programme,
  votesOfPeriod: BULLETIN_WORDS.en.votes,
  weeklyAverage: BULLETIN_WORDS.en.weeklyAverage,
  runningTotal: BULLETIN_WORDS.en.runningTotal,
  runningSince: BULLETIN_WORDS.en.runningSince,
  runningNone: BULLETIN_WORDS.en.runningNone,
  positiveShare: 'Positive votes',
  previousMonth: 'Positive votes compared with the previous month',
  previousYear: 'Positive votes compared with the previous year',
  byChannelTitle: BULLETIN_WORDS.en.byChannel,
  contactChannelsNote: BULLETIN_WORDS.en.channelsNote,
  reportedTitle: BULLETIN_WORDS.en.reportedTitle,
  reportedNote: BULLETIN_WORDS.en.reportedNote,
  reported: BULLETIN_WORDS.en.reported,
  bulletinEmpty: BULLETIN_WORDS.en.empty,
};
