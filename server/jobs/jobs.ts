// The collector's background jobs: what runs, how often, under which setting.
import type { Config } from '../config';
import { sweepSessions } from '../auth/sessions';
import { sweepRateLimits } from '../auth/shared-rate-limit';
import { sweepSignInThrottle } from '../auth/sign-in-throttle';
import type { Store } from '../store/database';
import type { Job } from './scheduler';
import { applyRetention } from './retention';
import { expireWebComments } from '../channels/web/comment-retention';

const HOUR = 3_600_000;

export function collectorJobs(config: Readonly<Config>, store: Store): Job[] {
  const { db } = store;
  const jobs: Job[] = [
    // Sessions and rate-limit windows that ended are refused anyway; these keep the tables small.
    { name: 'sweep-sessions', everyMs: HOUR, run: (now) => sweepSessions(db, now) },
    { name: 'sweep-rate-limits', everyMs: HOUR, run: (now) => sweepRateLimits(db, now) },
    { name: 'sweep-sign-in-throttle', everyMs: HOUR, run: (now) => sweepSignInThrottle(db, now) },
    // Issue 9: web comments live as long as their administration chose (channel settings), whatever RETENTION_DAYS says.
    { name: 'expire-web-comments', everyMs: HOUR, run: (now) => expireWebComments(db, now) },
  ];
  if (config.retentionDays > 0) jobs.push({ name: 'retention', everyMs: 6 * HOUR, run: (now) => applyRetention(db, config.retentionDays, now) });
  return jobs;
}
