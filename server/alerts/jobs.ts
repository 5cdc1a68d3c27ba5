// The alert job: every minute, on one collector at a time (the scheduler's lease).
import type { Job } from '../jobs/scheduler';
import { evaluateAlerts, type AlertEvaluationDeps } from './evaluate-alerts';

/** A minute: a silent terminal or a bad hour is seen within it; each run reads only recent votes. */
export const ALERTS_EVERY_MS = 60_000;

export function alertJobs(deps: AlertEvaluationDeps): Job[] {
  return [{ name: 'evaluate-alerts', everyMs: ALERTS_EVERY_MS, run: (at) => evaluateAlerts(deps, at) }];
}
