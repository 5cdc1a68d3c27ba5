// Refuses a new password that is easy to guess (server/contract/password-rules.ts), naming the field and why.
import { passwordWeakness, type PasswordOwner } from '../contract/password-rules';
import { AppError } from '../http/app-error';

/** Throws validation_failed with the reason next to `field` (the dashboard shows it there). */
export function refuseWeakPassword(password: string, owner: PasswordOwner, field: string): void {
  const why = passwordWeakness(password, owner);
  if (why) throw new AppError('validation_failed', (w) => w.weakPassword, [{ field, reason: (w) => w.weakPasswordField[why] }]);
}
