// Checks the roles a person hands out: the right shape, within the giver's own scope, on offices and administrations that exist.
import type { Grant } from '../../contract/auth';
import { grantProblem, mayGrant } from '../../contract/permissions';
import { AppError } from '../../http/app-error';
import type { Db } from '../../store/database';
import { Problems } from '../checks';

/**
 * Returns the grants without duplicates. Throws validation_failed for a malformed grant or an
 * unknown place, forbidden for a grant beyond the giver's scope. Scope is checked before
 * existence, so nobody learns which ids exist in another administration.
 */
export async function checkGrants(db: Db, actor: readonly Grant[], grants: readonly Grant[]): Promise<Grant[]> {
  const problems = new Problems();
  grants.forEach((g, i) => {
    const problem = grantProblem(g);
    if (problem) problems.add(`/grants/${i}`, problem);
  });
  problems.throwIfAny('Some roles are malformed: see "problems".');

  const beyond = grants.filter((g) => !mayGrant(actor, g));
  if (beyond.length) {
    const what = beyond.map((g) => `${g.role} over ${g.officeId ?? g.administrationId ?? 'the installation'}`).join(', ');
    throw new AppError('forbidden', `You may hand out roles only within what you administer: not ${what}.`);
  }

  for (const [i, g] of grants.entries()) {
    if (g.administrationId && !(await db.selectFrom('administrations').select('id').where('id', '=', g.administrationId).executeTakeFirst())) {
      problems.add(`/grants/${i}/administrationId`, `"${g.administrationId}" is not an administration`);
    }
    if (g.officeId && !(await db.selectFrom('offices').select('id').where('id', '=', g.officeId).where('administration_id', '=', g.administrationId ?? '').executeTakeFirst())) {
      problems.add(`/grants/${i}/officeId`, `"${g.officeId}" is not an office of administration "${g.administrationId}"`);
    }
  }
  problems.throwIfAny('Some roles name places that do not exist: see "problems".');

  const seen = new Set<string>();
  return grants.filter((g) => {
    const key = `${g.role}|${g.administrationId}|${g.officeId}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
