// What an admin is told when a new person's e-mail is already someone's: who, if the admin may manage them; otherwise nothing about anyone.
import { allows } from '../../contract/permissions';
import { AppError } from '../../http/app-error';
import type { SignedInUser } from '../../auth/sessions';
import type { Db } from '../../store/database';
import { getUser } from './get-users';

/**
 * E-mails are unique across the installation, so a new person's may already be taken by someone of
 * another administration. Naming them, or even saying "a person with this e-mail exists", would tell
 * an admin of one comune about another's staff. So:
 * - the owner is someone the admin manages (every role of theirs within the admin's scope, the rule
 *   of the people list): the answer names them, to open them and give the role there;
 * - anyone else (another administration's, one shared with another, an installation admin): one
 *   neutral refusal, the same words and fields whoever it is, which names nobody and no place.
 * The address being unusable is all the admin learns; telling that apart from a free address would
 * take creating by invitation (the owner accepts by e-mail), which this collector does not do.
 */
export async function emailTakenError(db: Db, actor: SignedInUser, email: string): Promise<AppError> {
  const owner = await db.selectFrom('users').select('id').where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  const person = owner ? await getUser(db, owner.id) : null;
  if (person && allows(actor.grants, 'users:manage', { kind: 'person', grants: person.grants })) {
    const disabled = person.disabledAt !== null;
    return new AppError('conflict', (w) => w.emailOfYourPerson(person.email, person.name, disabled), [{ field: '/email', reason: (w) => w.emailOfYourPersonField(person.name) }]);
  }
  return new AppError('conflict', (w) => w.emailUnusable, [{ field: '/email', reason: (w) => w.emailUnusableField }]);
}
