// Every word the dashboard shows, in English (kiosk/dashboard/labels.ts is the Italian original).
import type { CHANNEL_LABELS as ItalianChannels, DIMENSION_LABELS as ItalianDimensions, FACE_LABELS as ItalianFaces, LABELS as Italian, PRESET_LABELS as ItalianPresets } from '../../labels';
import type { Translation } from '../translation';

export const LABELS: Translation<typeof Italian> = {
  appTitle: 'gradimento: manager’s dashboard',
  reportTitle: 'Report',
  office: 'Office',
  chooseOffice: 'Choose an office',
  noOffices: 'No office is set up on the collector.',
  officeUnavailable: (id: string) => `The office ‘${id}’ in the address is not one you can view (or no longer exists): the first of yours is shown.`,
  showClosedOffices: 'Also show closed offices',
  officeClosed: 'closed',
  officeArchived: (day: string) => `Closed office (archived on ${day}): its report stays readable, with the votes gathered until then.`,
  period: 'Period',
  from: 'From',
  to: 'To',
  presets: 'Quick periods',
  loading: 'Loading…',
  refreshing: 'Updating…',
  empty: 'No votes in the period',
  emptyHint: 'Choose a longer period or check that the office’s terminals are connected.',
  errorTitle: 'Could not load the data',
  retry: 'Try again',
  totalsTitle: 'Summary',
  totalVotes: 'Votes collected',
  sharesCaption: 'Breakdown of the votes',
  servicesTitle: 'Votes by service',
  showCounts: 'Numbers',
  showPercent: 'Percentages',
  archived: 'archived',
  trendDayTitle: (day: string) => `Hour by hour, ${day}`,
  trendTotal: 'Votes',
  trendPositive: '% positive',
  channelTitle: 'Votes by channel',
  channelScrollLabel: 'Table by channel: scrolls sideways',
  reasonsTitle: 'Reasons for negative votes',
  noReasons: 'No reason given in the period.',
  noNegatives: 'No negative votes in the period.',
  reasonDimension: 'Dimension',
  reasonCount: 'Mentions',
  noDimension: 'no dimension',
  followUpTitle: 'After a negative vote',
  followUpChosen: 'gave a reason',
  followUpSkipped: 'skipped',
  followUpTimeout: 'walked away',
  day: 'Day',
  hour: 'Hour',
  service: 'Service',
  channel: 'Channel',
  total: 'Total',
  live: 'live',
  liveConnecting: 'connecting…',
  liveOffline: 'not connected',
  liveTitle: 'Updates by itself when new votes arrive',
  chartHint: 'The chart’s data are in the table below.',
  invalidDate: 'Invalid date: use the format YYYY-MM-DD.',
  fromAfterTo: 'The start date is after the end date.',
  tooLong: (maxDays: number) => `The period can cover at most ${maxDays} days.`,
  networkError: 'The collector is not answering: check the connection and try again.',
  httpError: (status: number) => `The collector answered with HTTP error ${status}.`,
  shareOf: (label: string, percent: number, count: number) => `${label} ${percent}% (${count})`,
  periodSummary: (from: string, to: string) => (from === to ? `on ${from}` : `from ${from} to ${to}`),
};

export const PRESET_LABELS: Translation<typeof ItalianPresets> = {
  today: 'Today',
  last7: 'Last 7 days',
  last30: 'Last 30 days',
  thisMonth: 'This month',
  lastMonth: 'Last month',
};

export const CHANNEL_LABELS: Translation<typeof ItalianChannels> = {
  sportello: 'Counter',
  totem: 'Totem',
  web: 'Web',
  telefono: 'Phone',
};

// "Positive" and "Negative" as in the headline figures (share of positive votes, negative share).
export const FACE_LABELS: Translation<typeof ItalianFaces> = {
  ottimo: 'Very positive',
  positivo: 'Positive',
  sufficiente: 'Fair',
  negativo: 'Negative',
  pessimo: 'Very negative',
};

// The words of the English PDF and spreadsheet (server/reports/exports/words/en.ts), so a report reads the same on screen and on paper.
export const DIMENSION_LABELS: Translation<typeof ItalianDimensions> = {
  accessibility: 'Accessibility',
  timeliness: 'Timeliness',
  transparency: 'Transparency',
  effectiveness: 'Effectiveness',
};
