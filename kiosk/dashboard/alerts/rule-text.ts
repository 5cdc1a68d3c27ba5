// A rule's thresholds as one line of words: the rules list and the audit log show them so. Pure.
import type { AlertParams } from '../../../server/contract/alerts';
import { RULE_SUMMARY } from './rule-summary-labels';

export function paramsText(p: AlertParams): string {
  // One case per kind: each summary takes its own kind's thresholds.
  switch (p.kind) {
    case 'negative-share':
      return RULE_SUMMARY[p.kind](p);
    case 'low-index':
      return RULE_SUMMARY[p.kind](p);
    case 'silence':
      return RULE_SUMMARY[p.kind](p);
    case 'charter-at-risk':
      return RULE_SUMMARY[p.kind](p);
  }
}
