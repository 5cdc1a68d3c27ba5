// Every word of the e-mails the collector sends, in English, with the dashboard's and the report files' English wording for the same notions.
import type { EmailWords } from './it';
import { pValueWords } from '../../contract/p-value-words';

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export const EN: EmailWords = {
  // Day before month, as in Italy, and a decimal point: the report files' and the dashboard's English.
  locale: 'en-GB',

  alert: {
    subject: (rule, where) => `Satisfaction alert: ${rule} (${where})`,
    rule: 'Rule',
    where: 'Where',
    openedAt: 'Opened on',
    seeInDashboard: 'See and acknowledge the alert in the dashboard',
  },

  report: {
    frequencies: { daily: 'daily', weekly: 'weekly', monthly: 'monthly' },
    subject: (title, period) => `Satisfaction: ${title}, ${period}`,
    intro: (frequency, report, period) => `${capital(frequency)} satisfaction report: ${report}, ${period}.`,
    heading: (frequency, period) => `${capital(frequency)} report, ${period}`,
    pdfAttached: 'The full report is in the attached PDF.',
    openReport: 'Open the report in the dashboard',
    whyReceived: (frequency) => `You receive this e-mail because you are subscribed to the ${frequency} report.`,
    stopReceiving: 'To stop receiving it',
    unsubscribe: 'Unsubscribe',

    headings: {
      howWeAreDoing: 'How we are doing',
      comparisons: 'Comparisons',
      worstServices: 'Services to look at, worst first',
      worstOffices: 'Offices to look at, worst first',
      charterMissed: 'Service charter: standards not met',
      dataQuality: 'Data quality',
    },
    noVotes: 'No votes in this period.',
    votes: (votes) => `Votes: ${votes}.`,
    positiveShare: (share, low, high) => `Positive votes: ${share} (95% interval: ${low} – ${high}).`,
    index: (index) => `Satisfaction index: ${index} out of 100.`,
    smallSample: (minSample) => `Small sample (fewer than ${minSample} votes): figures are indicative, neither compared nor judged.`,

    comparedWith: { previous: 'Compared with the previous period', 'year-before': 'Compared with a year earlier' },
    comparisonNoData: (label) => `${label}: no votes in one of the two periods, no comparison.`,
    comparisonSmallSample: (label) => `${label}: small sample, no comparison.`,
    comparisonOverlaps: (label) => `${label}: the period is longer than a year and shares days with it, no comparison.`,
    beyondNoise: 'beyond statistical noise',
    withinNoise: 'within statistical noise',
    comparison: (label, points, then, noise, p) => `${label}: ${points} positive (then ${then}), ${noise} (${pValueWords(p)}).`,

    ranked: (name, share, votes) => `${name}: ${share} positive out of ${votes}.`,
    noServiceJudged: 'No service with enough votes to be judged.',
    noOfficeJudged: 'No office with enough votes to be judged.',
    rankedByScore: 'Ordered by a score weighted toward the group’s average: few votes weigh less, so the lowest share is not always first.',
    officeCharterMissed: (office, n, beyond, within) => `${office}: ${n === 1 ? '1 standard not met' : `${n} standards not met`} (${beyond} beyond noise, ${within} within noise).`,
    charterMissed: (name, verdict, margin) => `${name}: ${verdict} (margin ${margin}).`,

    computedAt: (instant) => `Computed on ${instant}.`,
    lateVotes: (n, votes) => `${votes} arrived after the end of the period (terminals left without network).`,
    redatedVotes: (n, votes) => `${votes} re-dated by the collector (wrong terminal clock).`,
    flaggedTaps: (n, taps, interval, burst) => `${n === 1 ? '1 tap' : `${taps} taps`} left out as misuse (${interval} too close together, ${burst} in a burst).`,
    periodOpen: 'The period is not over yet: more votes will arrive.',
  },
};
