// The words of the trend and of the reasons in English: units, the service picker, small-sample points, reasons over time and the follow-up question (kiosk/dashboard/trend-labels.ts is the Italian original).
import type { T as Italian } from '../../trend-labels';
import type { Translation } from '../translation';
import { formatNumber } from '../../format';

export const T: Translation<typeof Italian> = {
  title: { day: 'Day by day', week: 'Week by week', month: 'Month by month' },
  bucket: { day: 'Day', week: 'Week', month: 'Month' },
  service: 'Service',
  allServices: 'All services',
  small: 'small sample',
  shareOfNegative: '% of negative votes',
  reasonTooltip: (pct: number, count: number) => `${pct}% of negative votes (${count})`,
  reasonsIntro: (negatives: number) =>
    `Share of ${negatives === 1 ? 'the 1 negative vote that gives' : `the ${formatNumber(negatives)} negative votes that give`} each reason. More than one can be given: together the shares can exceed 100%.`,
  notAsked: 'not asked',
  followUpIntro: (negatives: number) =>
    `Of ${negatives === 1 ? 'the period’s only negative vote' : `the period’s ${formatNumber(negatives)} negative votes`}, after the question ‘what went wrong?’:`,
  reasonTrendTitle: 'Reasons over time',
  reasonTrendIntro: 'Share of the negative votes in each stretch of the period that give each reason. The stretches group days so that each has enough negative votes.',
  reasonTrendEmpty: 'Too few negative votes to follow the reasons over time.',
  rising: (label: string, from: number, to: number, first: string, last: string) =>
    `Rising: ‘${label}’, from ${from}% of negative votes (${first}) to ${to}% (${last}).`,
  noRise: (points) => `No reason rose by ${points} points or more between the first and the last stretch.`,
  stretch: 'Stretch',
  stretchOf: (days: string, negatives: string) => `${days}, of ${negatives}`,
  days: (from: string, to: string) => `from ${from} to ${to}`,
  negatives: 'Negative votes',
  hollow: 'A hollow point rests on few votes (small sample): its percentage can change a lot.',
  hoursWithoutWeb: (n: number) => (n === 1 ? 'Without the vote from the comune’s website, which is not about the office’s hours: it counts everywhere else in the report.' : `Without the ${n} votes from the comune’s website, which are not about the office’s hours: they count everywhere else in the report.`),
};
