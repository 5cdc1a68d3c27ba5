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
  hoursLeftOut: (web: number, qr: number) => {
    const n = web + qr;
    const parts = [web > 0 ? `the ${web === 1 ? 'vote' : `${web} votes`} from the comune’s website` : '', qr > 0 ? `the ${qr === 1 ? 'vote' : `${qr} votes`} from QR codes` : ''].filter(Boolean);
    return `Without ${parts.join(' and ')}, given at any hour on people’s own mobile or computer: the office’s hours do not apply to ${n === 1 ? 'it' : 'them'}. ${n === 1 ? 'It counts' : 'They count'} everywhere else in the report.`;
  },
};
