// Which published cells show their figures: the minimum sample, and the cells withheld so that a small sample cannot be worked out by subtraction. Pure.
import type { OpenDataStatus } from '../../contract/public-page-schemas';

/** A cell's own status: no votes, fewer than the minimum sample (its figures withheld), or published. */
export function primaryStatus(votes: number, minSample: number): OpenDataStatus {
  if (votes === 0) return 'no-votes';
  return votes < minSample ? 'small-sample' : 'published';
}

export interface FamilyMember {
  key: string;
  votes: number;
  status: OpenDataStatus;
}

/**
 * The cells of a family add up to their parent (a month's services add up to the month, and so do
 * its channels). When the parent is published and exactly one member is a small sample, that
 * member's counts are the parent's minus the others': the smallest published member is then
 * withheld too, and two unknowns in one sum reveal neither. Returns the members' final statuses,
 * in their order; ties go to the member listed first.
 */
export function protectFamily(parent: OpenDataStatus, members: readonly FamilyMember[]): OpenDataStatus[] {
  const statuses = members.map((m) => m.status);
  if (parent !== 'published') return statuses;
  if (statuses.filter((s) => s === 'small-sample').length !== 1) return statuses;
  let pick = -1;
  members.forEach((m, i) => {
    if (m.status === 'published' && (pick < 0 || m.votes < members[pick]!.votes)) pick = i;
  });
  // A published parent always has a published member beside a lone small sample: the parent has
  // at least the minimum of votes, which the small one alone does not reach.
  if (pick >= 0) statuses[pick] = 'withheld';
  return statuses;
}
