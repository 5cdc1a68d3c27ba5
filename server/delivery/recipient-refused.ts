// Whether a report or alert e-mail may still go to its recipient: queued while they could read it, it
// may wait hours for a mail server or be sent again by an admin, and by then the person may have been
// disabled or lost their role there. The figures (a PDF, often) are then no longer theirs to receive.
import type { Db } from '../store/database';
import { mayReadReport } from '../subscriptions/may-read-report';

export type RecipientRefusal = 'disabled' | 'no-read-access';

export async function recipientRefusal(db: Db, row: { kind: string; source: string; recipient: string; administration_id: string; office_id: string | null }): Promise<RecipientRefusal | null> {
  // Webhook calls go to an address an admin set up, not to a person.
  if (row.kind !== 'email' || (row.source !== 'subscription' && row.source !== 'alert')) return null;
  const person = await db.selectFrom('users').select(['id', 'disabled_at']).where('email', '=', row.recipient).executeTakeFirst();
  if (!person || person.disabled_at) return 'disabled';
  return (await mayReadReport(db, person.id, row.administration_id, row.office_id)) ? null : 'no-read-access';
}

/** The reason kept with the message (lastError), in the outbox's own English as its other errors are. */
export function refusalText(refusal: RecipientRefusal, row: { recipient: string; office_id: string | null }): string {
  return refusal === 'disabled'
    ? `not sent: ${row.recipient} was disabled or removed after this message was queued`
    : `not sent: ${row.recipient} may no longer read the reports of this ${row.office_id ? 'office' : 'administration'} (their roles changed after this message was queued)`;
}
