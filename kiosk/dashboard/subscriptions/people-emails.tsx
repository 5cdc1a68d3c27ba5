// An admin's view of who receives which report by e-mail in one of their administrations: subscribing a person, changing or stopping someone's e-mail.
import { useState } from 'preact/hooks';
import type { Administration } from '../../../server/contract/admin';
import type { Subscription } from '../../../server/contract/subscriptions';
import { listOffices, listUsers } from '../admin-api';
import { AdministrationPicker } from '../admin/administration-picker';
import { ConfirmButton } from '../admin/confirm-button';
import { formatWhen } from '../admin/format-when';
import { DataTable, Loading, LoadError } from '../admin/list-parts';
import { useLoad } from '../admin/use-load';
import { LanguageName } from '../components/email-language-field';
import { useEditFocus } from '../use-edit-focus';
import { EditSubscriptionForm } from './edit-subscription-form';
import { reportName } from './emails-page';
import { SubscribeForm } from './subscribe-form';
import { E, FREQUENCY_LABELS } from './subscription-labels';
import { cancelSubscription, listAdministrationSubscriptions, subscribePerson, updateSubscription, type ReportTarget } from './subscriptions-api';

interface Props {
  administrations: readonly Administration[];
  emailOn: boolean;
  me: string;
  /** One's own list changes too when an admin subscribes or stops themselves. */
  onChanged: () => void;
}

export function PeopleEmails({ administrations, emailOn, me, onChanged }: Props) {
  const [chosen, setChosen] = useState(administrations[0]!.id);
  const current = administrations.find((a) => a.id === chosen) ?? administrations[0]!;
  const subscriptions = useLoad((signal) => listAdministrationSubscriptions(current.id, signal), `subs:${current.id}`);
  const offices = useLoad((signal) => listOffices(current.id, signal), `offices:${current.id}`);
  // Only this administration's people: a consortium's collector holds hundreds, of dozens of comuni.
  const users = useLoad((signal) => listUsers(signal, current.id), `users:${current.id}`);
  const editing = useEditFocus<Subscription>();

  // The list holds those with a role in this administration or over the whole installation; the collector still checks each may read the report.
  const people = (users.data ?? [])
    .filter((u) => u.disabledAt === null)
    .map((u) => ({ id: u.id, name: u.id === me ? E.yourself(u.email) : `${u.name} <${u.email}>` }));
  const reports: ReportTarget[] = [
    { kind: 'administration', id: current.id, name: E.administrationReport(current.name) },
    ...(offices.data ?? []).filter((o) => o.archivedAt === null).map((o) => ({ kind: 'office' as const, id: o.id, name: E.officeReport(o.name, current.name) })),
  ];
  const changed = () => {
    subscriptions.reload();
    onChanged();
  };

  return (
    <section class="people-emails" data-testid="people-emails">
      <div class="admin-head">
        <h3>{E.people}</h3>
        <AdministrationPicker
          administrations={administrations}
          value={current.id}
          onChange={(id) => {
            if (!id) return;
            // The form edits a subscription of the administration left behind.
            editing.close();
            setChosen(id);
          }}
        />
      </div>
      <p class="muted">{E.peopleIntro}</p>
      {subscriptions.error ? <LoadError error={subscriptions.error} onRetry={subscriptions.reload} /> : !subscriptions.data ? <Loading /> : null}
      {subscriptions.data?.length === 0 && <p class="card note">{E.nonePeople}</p>}
      {!!subscriptions.data?.length && (
        <DataTable headers={[E.person, E.report, E.frequency, E.emailLanguage, E.by, E.actions]} testId="people-subscriptions">
          {subscriptions.data.map((s) => (
            <tr key={s.id} data-testid="person-subscription" data-subscription-id={s.id}>
              <td>
                <strong>{s.userName}</strong>
                <br />
                <span class="muted">{s.email}</span>
              </td>
              <td>
                {reportName(s)}
                {s.paused && (
                  <span class="subscription-paused" data-testid="subscription-paused">
                    {E.paused[s.paused]}
                  </span>
                )}
              </td>
              <td>{FREQUENCY_LABELS[s.frequency]}</td>
              <td data-testid="person-subscription-language">
                <LanguageName language={s.language} />
              </td>
              <td>
                {s.createdBy ?? '—'}
                <br />
                <span class="muted">{formatWhen(s.createdAt)}</span>
              </td>
              <td class="row-actions">
                {emailOn && (
                  <button type="button" data-testid="person-subscription-edit" ref={editing.buttonRef(s.id)} aria-label={E.editFor(s.userName, reportName(s))} onClick={() => editing.edit(s)}>
                    {E.edit}
                  </button>
                )}
                <ConfirmButton
                  label={E.stop}
                  question={E.confirmStopFor(s.userName, reportName(s))}
                  testId="person-subscription-stop"
                  onConfirm={async () => {
                    await cancelSubscription(s.id);
                    if (editing.item?.id === s.id) editing.close();
                    changed();
                  }}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {editing.item && (
        <EditSubscriptionForm
          key={editing.item.id}
          id="edit-person"
          subscription={editing.item}
          title={E.editFor(editing.item.userName, reportName(editing.item))}
          headingRef={editing.headingRef}
          onSave={(frequency, language) => updateSubscription(editing.item!.id, frequency, language)}
          onDone={(saved) => {
            editing.close();
            if (saved) changed();
          }}
        />
      )}
      {users.error && <LoadError error={users.error} onRetry={users.reload} />}
      {offices.error && <LoadError error={offices.error} onRetry={offices.reload} />}
      {emailOn && users.data && offices.data && (
        <SubscribeForm
          key={current.id}
          id="subscribe-person"
          reports={reports}
          people={people}
          submitLabel={E.subscribePerson}
          onSubmit={async (target, frequency, language, userId) => {
            await subscribePerson(current.id, userId ?? '', target.kind === 'office' ? target.id : null, frequency, language);
            changed();
          }}
        />
      )}
    </section>
  );
}
