// A rule's thresholds in one line, in English (kiosk/dashboard/alerts/rule-summary-labels.ts is the Italian original).
import type { RULE_SUMMARY as Italian } from '../../../alerts/rule-summary-labels';
import type { Translation } from '../../translation';
import { WINDOW_WORDS } from '../../../../../server/contract/alert-sentences';

export const RULE_SUMMARY: Translation<typeof Italian> = {
  'negative-share': (p) => `negative > ${p.openAbovePct}% in the last ${p.lastVotes} votes; closes below ${p.closeBelowPct}%`,
  'low-index': (p) => `index < ${p.openBelow} ${WINDOW_WORDS.en(p.windowHours)} (at least ${p.minVotes} votes); closes above ${p.closeAbove}`,
  silence: (p) => (p.hours === 1 ? 'one opening hour without votes' : `${p.hours} opening hours without votes`),
  'charter-at-risk': (p) => `projected to the end of the month, from ${p.minVotes} votes of the month`,
};
