// Starts the longest test files first, so that the last minutes of `npm test` are not one long file
// running alone while the other worker waits (on a fresh clone vitest has no timings, and it orders
// by file size, which says little about a file that mostly waits on a browser or a child process).
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each file took in a full run (29 November 2026, evening, 2-core machine, the slower of its two
 * stores), for the files of 10 s or more. Only the order comes from it: a file missing here, or a
 * figure gone stale, runs later or sooner and nothing else changes.
 */
const SECONDS: Record<string, number> = {
  'tests/server/main.test.ts': 62,
  'tests/e2e/dashboard-a11y.test.ts': 59,
  'tests/server/ingest/votes-api.test.ts': 46,
  'tests/e2e/chaos.test.ts': 39,
  'tests/e2e/consortium.test.ts': 32,
  'tests/e2e/offline.test.ts': 31,
  'tests/e2e/dashboard-levels.test.ts': 29,
  'tests/server/auth/sign-in.test.ts': 28,
  'tests/server/auth/sessions.test.ts': 28,
  'tests/server/cli/admin.test.ts': 26,
  'tests/server/subscriptions/update-subscription.test.ts': 25,
  'tests/e2e/enrolment.test.ts': 23,
  'tests/e2e/voting.test.ts': 22,
  'tests/e2e/channels.test.ts': 21,
  'tests/kiosk/terminal/store/vote-queue-growth.test.tsx': 19,
  'tests/e2e/dashboard-exports.test.ts': 19,
  'tests/e2e/terminal-languages.test.ts': 17,
  'tests/server/main-refusals.test.ts': 17,
  'tests/e2e/dashboard-english.test.ts': 16,
  'tests/e2e/dashboard-layout.test.ts': 16,
  'tests/server/subscriptions/scheduled-email.test.ts': 15,
  'tests/server/admin/users.test.ts': 15,
  'tests/server/ingest/cached-terminal.test.ts': 14,
  'tests/server/reports/report-api.test.ts': 14,
  'tests/e2e/kiosk-health.test.ts': 13,
  'tests/server/participation/people-served.test.ts': 13,
  'tests/server/cli/backup-restore.test.ts': 13,
  'tests/server/terminals/enrolment.test.ts': 13,
  'tests/server/realtime/socket-auth.test.ts': 12,
  'tests/server/admin/authorization-matrix.test.ts': 12,
  'tests/server/demo-access.test.ts': 12,
  'tests/e2e/emails-page.test.ts': 11,
  'tests/e2e/participation.test.ts': 11,
  'tests/e2e/public-page.test.ts': 11,
  'tests/server/store/migrations.test.ts': 11,
  'tests/server/http/route-fuzz.test.ts': 10,
  'tests/kiosk/terminal/voting-language.test.tsx': 10,

};

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const seconds = (spec: TestSpecification) => SECONDS[path.relative(spec.project.config.root, spec.moduleId).split(path.sep).join('/')] ?? 0;
    // Groups and projects stay in vitest's order: a worker that moves to another project's file is
    // started afresh (its modules loaded again), so mixing the projects' files would cost more than it saves.
    return base.sort((a, b) => {
      const group = a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder;
      if (group !== 0) return group;
      if (a.project.name !== b.project.name) return a.project.name < b.project.name ? -1 : 1;
      return seconds(b) - seconds(a);
    });
  }
}
