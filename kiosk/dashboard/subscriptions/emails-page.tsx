// «Le mie e-mail»: the reports the signed-in person receives by e-mail, subscribing to one they may read, changing
// or stopping one, and for admins (users:manage) the e-mails of the people of their administrations.
import type { SessionInfo } from '../../../server/contract/auth';
import type { Administration } from '../../../server/contract/admin';
import type { Subscription } from '../../../server/contract/subscriptions';
import { getOffices } from '../api';
import { allows, scopeOf } from '../grants';
import { ConfirmButton } from '../admin/confirm-button';
import { formatWhen } from '../admin/format-when';
import { DataTable, Loading, LoadError } from '../admin/list-parts';
import { useLoad } from '../admin/use-load';
import { LanguageName } from '../components/email-language-field';
import { useEditFocus } from '../use-edit-focus';
import { EditSubscriptionForm } from './edit-subscription-form';
import { PeopleEmails } from './people-emails';
import { SubscribeForm } from './subscribe-form';
import { E, FREQUENCY_LABELS, REPORT_FREQUENCY } from './subscription-labels';
import { cancelMine, getDeliveryStatus, listMySubscriptions, subscribeMe, updateMine, type ReportTarget } from './subscriptions-api';
import './subscriptions.css';

/** The report a subscription sends, as its rows and selects name it. */
export const reportName = (s: { officeName: string | null; administrationName: string }) => (s.officeName ? E.officeReport(s.officeName, s.administrationName) : E.administrationReport(s.administrationName));

export function EmailsPage({ session, administrations }: { session: SessionInfo; administrations: readonly Administration[] }) {
  const status = useLoad(getDeliveryStatus, 'delivery-status');
  const mine = useLoad(listMySubscriptions, 'mine');
  const offices = useLoad(getOffices, 'offices');
  const editing = useEditFocus<Subscription>();

  const grants = session.grants;
  const live = administrations.filter((a) => a.archivedAt === null);
  const reports: ReportTarget[] = [
    ...live.filter((a) => allows(grants, 'reports:read', { kind: 'administration', administrationId: a.id })).map((a) => ({ kind: 'administration' as const, id: a.id, name: E.administrationReport(a.name), group: a.name })),
    ...(offices.data ?? []).map((o) => ({ kind: 'office' as const, id: o.id, name: E.officeReport(o.name, o.administration.name), group: o.administration.name })),
  ];
  const manage = scopeOf(grants, 'users:manage');
  const managed = live.filter((a) => manage.everywhere || manage.administrationIds.includes(a.id));
  const emailOn = status.data?.email === true;

  return (
    <div class="emails-page">
      <p class="muted">{E.intro}</p>
      {status.error && <LoadError error={status.error} onRetry={status.reload} />}
      {status.data && !emailOn && (
        <p class="card note" data-testid="email-off">
          {E.emailOff}
        </p>
      )}
      {status.data?.from && <p class="muted">{E.sender(status.data.from)}</p>}

      <h3>{E.mine}</h3>
      {mine.error ? <LoadError error={mine.error} onRetry={mine.reload} /> : !mine.data ? <Loading /> : null}
      {mine.data?.length === 0 && <p class="card note">{E.noneMine}</p>}
      {!!mine.data?.length && (
        <DataTable headers={[E.report, E.frequency, E.emailLanguage, E.since, E.actions]} testId="my-subscriptions">
          {mine.data.map((s) => (
            <tr key={s.id} data-testid="my-subscription" data-subscription-id={s.id}>
              <td>
                <strong>{reportName(s)}</strong>
                {s.paused && (
                  <span class="subscription-paused" data-testid="subscription-paused">
                    {E.paused[s.paused]}
                  </span>
                )}
              </td>
              <td>{FREQUENCY_LABELS[s.frequency]}</td>
              <td data-testid="my-subscription-language">
                <LanguageName language={s.language} />
              </td>
              <td>{formatWhen(s.createdAt)}</td>
              <td class="row-actions">
                {/* While e-mail is off the collector refuses changes, as it refuses subscribing. */}
                {emailOn && (
                  <button type="button" data-testid="my-subscription-edit" ref={editing.buttonRef(s.id)} aria-label={E.editMine(reportName(s))} onClick={() => editing.edit(s)}>
                    {E.edit}
                  </button>
                )}
                <ConfirmButton
                  label={E.stop}
                  question={E.confirmStop(reportName(s), REPORT_FREQUENCY[s.frequency])}
                  testId="my-subscription-stop"
                  onConfirm={async () => {
                    await cancelMine(s.id);
                    if (editing.item?.id === s.id) editing.close();
                    mine.reload();
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
          id="edit-mine"
          subscription={editing.item}
          title={E.editMine(reportName(editing.item))}
          headingRef={editing.headingRef}
          onSave={(frequency, language) => updateMine(editing.item!.id, frequency, language)}
          onDone={(saved) => {
            editing.close();
            if (saved) mine.reload();
          }}
        />
      )}
      {emailOn && offices.data && reports.length === 0 && <p class="card note">{E.noReports}</p>}
      {emailOn && reports.length > 0 && (
        <SubscribeForm
          id="subscribe-me"
          reports={reports}
          submitLabel={E.subscribe}
          onSubmit={async (target, frequency, language) => {
            await subscribeMe({ ...target, name: '' }, frequency, language);
            mine.reload();
          }}
        />
      )}
      {offices.error && <LoadError error={offices.error} onRetry={offices.reload} />}

      {managed.length > 0 && <PeopleEmails administrations={managed} emailOn={emailOn} me={session.user.id} onChanged={mine.reload} />}
    </div>
  );
}
