// The words of the heatmap in English: weekdays, hours, open and closed, votes outside opening hours (kiosk/dashboard/heatmap-labels.ts is the Italian original).
import type { Heatmap } from '../../../../server/contract/report';
import type { H as Italian } from '../../heatmap-labels';
import type { Translation } from '../translation';
import { formatNumber } from '../../format';

const WEEKDAYS = [
  { short: 'Mon', long: 'Monday' },
  { short: 'Tue', long: 'Tuesday' },
  { short: 'Wed', long: 'Wednesday' },
  { short: 'Thu', long: 'Thursday' },
  { short: 'Fri', long: 'Friday' },
  { short: 'Sat', long: 'Saturday' },
  { short: 'Sun', long: 'Sunday' },
] as const;

const votes = (n: number) => (n === 1 ? '1 vote' : `${formatNumber(n)} votes`);
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

export const H: Translation<typeof Italian> = {
  title: 'When: day of the week and hour',
  show: 'Show in the cells',
  votes: 'Votes',
  negativeShare: '% negative',
  hour: 'Hour',
  weekdays: WEEKDAYS,
  timeZone: (zone: string) => `Hours in the office’s time zone (${zone}); each row is an hour, from the first to the last in which the office is open or received votes.`,
  scrollLabel: 'Table by day and hour: scrolls sideways',
  captionVotes: 'Votes by day of the week and hour',
  captionNegative: 'Share of negative votes by day of the week and hour',
  closed: '(closed)',
  legendOpen: 'solid border: office open',
  legendUnknown: 'opening hours not given',
  legendClosed: 'striped: office closed',
  legendAbsent: 'empty: day of the week not in the period',
  absent: 'not in the period',
  legendVotes: 'Darker: more votes. Open hours without votes show 0.',
  legendNegative: 'Darker: proportionally more negative votes. With few votes a percentage changes a lot: the number is in the cell’s tooltip.',
  cellTitle: (c: Heatmap['cells'][number], hoursKnown: boolean) =>
    `${WEEKDAYS[c.weekday]?.long ?? ''} ${hh(c.hour)}–${hh(c.hour + 1)}: ${votes(c.votes)}${c.votes > 0 ? `, ${formatNumber(c.negative)} negative` : ''}${hoursKnown && !c.open ? ' (closed)' : ''}`,
  notInHours: (web: number, qr: number) => {
    const n = web + qr;
    const parts = [web > 0 ? `the ${web === 1 ? 'vote' : votes(web)} from the comune’s website` : '', qr > 0 ? `the ${qr === 1 ? 'vote' : votes(qr)} from QR codes` : ''].filter(Boolean);
    const who = parts.join(' and ');
    return `${who.charAt(0).toUpperCase()}${who.slice(1)} ${n === 1 ? 'is' : 'are'} neither in the map nor outside opening hours: people vote there on their own mobile or computer, at any hour on any day, and the office’s hours do not apply. ${n === 1 ? 'It counts' : 'They count'} everywhere else in the report.`;
  },
  outsideTitle: 'Outside opening hours',
  outsideVotes: votes,
  outsideNegative: (n: number) => `${formatNumber(n)} negative`,
  onHolidays: (n: number) => `of which ${votes(n)} on closing days`,
  outsideWhich: 'Votes given during the service count here: terminals, totems and calls (Phone channel). Not those from the website and from QR codes.',
  hoursUnknown: 'The office’s opening hours are not given: only the closing days count as outside hours. They can be given on the Offices page.',
};
