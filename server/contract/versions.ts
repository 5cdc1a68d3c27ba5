// The version a managed item is read with and written back with, so that a change made from an older copy is refused (409 stale) instead of silently undoing someone else's.
import { Type } from 'typebox';

const OUT =
  'an opaque text that changes whenever the item is changed: send it back as `version` with a change, and a change made meanwhile by someone else is not overwritten.';
const IN =
  'If the item was changed since, the write is refused with 409 and code stale (with `changed`: who changed it last and when, where the audit log says) and nothing is stored: read it again and redo the change. ' +
  'Left out, the write is applied to whatever is stored now, as before versions existed.';

/**
 * In an answer: `what` says what the version covers. Always sent by this collector; optional in
 * the schema only, as translations are, so that items typed before it existed still type.
 */
export const versionOut = (what: string) => Type.Optional(Type.String({ description: `${what}: ${OUT}` }));

/** In a write's body: optional, so scripts and API clients that never read it keep working as before. `what` says which version to send. */
export const versionIn = (what = 'The `version` of the item as you read it.') => Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: `${what} ${IN}` }));
