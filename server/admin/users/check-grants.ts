// Checks the roles a person hands out: the right shape, within the giver's own scope, on offices and administrations that exist and are not archived.
import type { Grant } from '../../contract/auth';
import { grantProblem, mayGrant } from '../../contract/permissions';
import { AppError, type Problem } from '../../http/app-error';
import type { Db } from '../../store/database';
import { Problems } from '../checks';

const keyOf = (g: Grant) => `${g.role}|${g.administrationId}|${g.officeId}`;

/**
 * Returns the grants without duplicates. Throws validation_failed for a malformed grant or an
 * unknown place, forbidden for a grant beyond the giver's scope, conflict for a new grant on an
 * archived place. Scope is checked before existence, so nobody learns which ids exist in another
 * administration. `held`: the person's roles before the change, kept even on a place archived since.
 */
export async function checkGrants(db: Db, actor: readonly Grant[], grants: readonly Grant[], held: readonly Grant[] = []): Promise<Grant[]> {
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

  // An archived place keeps its votes and reports, but nobody new takes charge of it. A role held
  // before it was archived is left as it is: the form sends a person's roles whole, and refusing
  // them all for one old role would block every other change to that person.
  const kept = new Set(held.map(keyOf));
  const archived: Problem[] = [];
  for (const [i, g] of grants.entries()) {
    if (!g.administrationId || kept.has(keyOf(g))) continue;
    const administration = await db.selectFrom('administrations').select(['name', 'archived_at']).where('id', '=', g.administrationId).executeTakeFirstOrThrow();
    const office = g.officeId ? await db.selectFrom('offices').select(['name', 'archived_at']).where('id', '=', g.officeId).executeTakeFirstOrThrow() : null;
    // Archiving an administration archives its offices: the administration is named then, as the cause.
    if (administration.archived_at) {
      const at = administration.archived_at.slice(0, 10);
      archived.push({ field: `/grants/${i}/administrationId`, reason: (w) => w.placeArchived('administration', administration.name, at) });
    } else if (office?.archived_at) {
      const at = office.archived_at.slice(0, 10);
      archived.push({ field: `/grants/${i}/officeId`, reason: (w) => w.placeArchived('office', office.name, at) });
    }
  }
  if (archived.length) throw new AppError('conflict', (w) => w.grantsOnArchived, archived);

  const seen = new Set<string>();
  return grants.filter((g) => {
    const key = keyOf(g);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
