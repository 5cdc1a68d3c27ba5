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
    // grantProblem decides (the command line prints its words); the answer says it in the request's language.
    if (grantProblem(g)) problems.add(`/grants/${i}`, (w) => w.malformedGrant[g.role]);
  });
  problems.throwIfAny((w) => w.rolesMalformed);

  const beyond = grants.filter((g) => !mayGrant(actor, g));
  if (beyond.length) {
    throw new AppError('forbidden', (w) => w.grantsBeyondScope(beyond));
  }

  for (const [i, g] of grants.entries()) {
    if (g.administrationId && !(await db.selectFrom('administrations').select('id').where('id', '=', g.administrationId).executeTakeFirst())) {
      problems.add(`/grants/${i}/administrationId`, (w) => w.notAnAdministration(g.administrationId!));
    }
    if (g.officeId && !(await db.selectFrom('offices').select('id').where('id', '=', g.officeId).where('administration_id', '=', g.administrationId ?? '').executeTakeFirst())) {
      problems.add(`/grants/${i}/officeId`, (w) => w.notAnOfficeOf(g.officeId!, g.administrationId));
    }
  }
  problems.throwIfAny((w) => w.placesMissing);

  const seen = new Set<string>();
  return grants.filter((g) => {
    const key = `${g.role}|${g.administrationId}|${g.officeId}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
