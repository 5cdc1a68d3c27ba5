// "How to read these figures" in English (kiosk/dashboard/how-to-read-labels.ts is the Italian original).
import type { HOW_TO_READ as Italian } from '../../how-to-read-labels';
import type { Translation } from '../translation';

export const HOW_TO_READ: Translation<typeof Italian> = {
  title: 'How to read these figures',
  positiveTerm: 'Positive votes',
  positive:
    'The share of ‘positive’ votes (and ‘very positive’, where the terminal shows four or five faces) among all votes: the headline figure of the national programme «Mettiamoci la faccia». Stars on the website count the same way: 4 and 5 stars are positive.',
  indexTerm: 'Satisfaction index',
  index:
    'The average vote on a scale from 0 to 100: with three faces green counts 100, yellow 50 and red 0 (with four faces 100, 66⅔, 33⅓ and 0; with five 100, 75, 50, 25 and 0). If everyone picks the yellow face, the index is 50.',
  intervalTerm: '‘between 73% and 79%’',
  interval:
    'The 95% interval (Wilson’s method): it says how uncertain the figure is. With few votes it is wide, with many it is narrow. Computed this way, in 95 cases out of 100 it contains the value that very many votes would give.',
  smallSampleTerm: 'Small sample',
  smallSample: (min) =>
    `Below ${min} votes a figure is shown in grey, with its number of votes: it enters no ranking and is compared neither with the service charter’s standard nor with other periods.`,
  noiseTerm: 'Beyond statistical noise',
  noise:
    'Every figure is compared with the previous period and with the same period a year before. The previous period of a whole month is the month before (October with September), of several whole months as many months before; of any other period, as many days just before. A difference is ‘beyond statistical noise’ when a test finds it hard to get by chance (p below 0.05): the two-proportion z-test for positive votes, Welch’s test for the index. ‘Within noise’ means chance is enough to explain it. Even between two identical periods one comparison in twenty comes out ‘beyond noise’: it is a sign to look at, not a proof.',
  charterTerm: 'Service charter',
  charter:
    'The standard is a minimum share of positive votes. ‘Met’ when even the low end of the interval reaches it; ‘not met’ when even the high end stays below; ‘within noise’ when the interval contains the standard and the data cannot decide (the share says which way it leans). If the standard changed during the period, each part is judged against the standard then in force and the worse part counts.',
  orderTermOffice: 'Order of the services',
  orderTermRanking: 'Rankings',
  order: (office, min) =>
    `${office ? 'Services are listed worst first' : 'Offices, administrations and services are listed best first'} by a Bayesian average: each one’s share of positive votes is pulled towards the group’s average, the more so the fewer votes it has (the average weighs as much as ${min} votes). So three lucky votes do not end up on top. Small samples are listed after, in grey and without a position. No figure concerns a single employee or counter.`,
  participationTerm: 'Participation',
  participation:
    'Votes divided by people served, counting only the days for which the number of people served was entered. At the counter the votes of the totem in the hall and of the QR codes count too. Without those numbers participation is not computed.',
  hoursTerm: 'Hours',
  hours:
    'Hours are in the office’s time zone. The opening hours are those in force today, for past periods too; votes outside opening hours include those cast on closing days. Opening hours apply to votes given during the service (counter terminals, totems, and calls the operator records in the Phone channel), not to those from the comune’s website and from QR codes, given on people’s own mobile or computer at any hour: they are neither in the map nor outside opening hours, and count everywhere else.',
  reasonsTerm: 'Reasons',
  reasons:
    'Each reason is a share of the negative votes. A citizen may give more than one, so together the shares may exceed 100%. ‘Rising’ compares the first and the last part of the period, each with its own number of negative votes: it describes the data, it is not a statistical test.',
  lateTerm: 'Late data',
  late:
    'A terminal left without network delivers its votes even days later: they count on the day they were cast. Votes from a terminal with a wrong clock are instead counted at the time they arrive (‘re-dated’).',
};
