// The body an archive button may send: the version of the item as the list showed it, so that archiving what someone changed since is refused (409 stale) instead of done unseen.
import { Type } from 'typebox';
import { versionIn } from '../contract/versions';

/**
 * Optional as a whole and in its field: a POST with no body (scripts, API clients, the command line)
 * archives as it always did. Null rather than Type.Optional: Fastify validates a missing body as
 * null, which an object schema refuses («must be object»). Unknown fields are refused, as in the PATCH bodies.
 */
export const ArchiveBodySchema = Type.Union([
  Type.Object({ version: versionIn('The `version` of the item as the list (or the item) you read showed it.') }, { additionalProperties: false }),
  Type.Null({ description: 'No body: archived as stored now.' }),
]);

/** The route's description: what the version covers is said where the item's `version` is described. */
export const archiveDescription = (item: string, covers: string) =>
  `Send the \`version\` of the ${item} as you read it (the list gives it): if someone changed its ${covers} since, the answer is 409 stale (with who changed it last and when, where the audit log says) and nothing is archived. ` +
  `Without a body, or without \`version\`, the ${item} is archived as stored now (scripts, API clients). Archiving it once it is archived changes nothing, whatever the version.`;
