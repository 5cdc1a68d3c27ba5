// The rules editor (admins): an administration's rules with their thresholds, a form for a new one, changing one, deleting one.
import type { AlertRule, ListedAlertRule } from '../../../server/contract/alerts';
import { listOffices, listServices } from '../admin-api';
import { ConfirmButton } from '../admin/confirm-button';
import { DataTable, Loading, LoadError } from '../admin/list-parts';
import { useLoad } from '../admin/use-load';
import { LanguageName } from '../components/email-language-field';
import { formatWhen } from '../admin/format-when';
import { useEditFocus } from '../use-edit-focus';
import { KIND_LABELS, L } from './alert-labels';
import { deleteRule, listRules, listWebhooks } from './alerts-api';
import { getDeliveryStatus } from '../subscriptions/subscriptions-api';
import { RuleForm } from './rule-form';
import { paramsText } from './rule-text';

export function RulesEditor({ administrationId }: { administrationId: string }) {
  const rules = useLoad((signal) => listRules(administrationId, signal), `rules:${administrationId}`);
  const offices = useLoad((signal) => listOffices(administrationId, signal), `offices:${administrationId}`);
  const services = useLoad((signal) => listServices(administrationId, signal), `services:${administrationId}`);
  const webhooks = useLoad((signal) => listWebhooks(administrationId, signal), `webhooks:${administrationId}`);
  // Whether the collector can send e-mail: the form offers e-mail only where it can.
  const delivery = useLoad(getDeliveryStatus, 'delivery-status');
  // The form below the list is the new rule's, or the rule being changed (one form at a time).
  const editing = useEditFocus<AlertRule>();

  const where = (r: AlertRule) => [r.officeName ?? L.everyOffice, r.serviceName].filter(Boolean).join(', ');

  return (
    <section class="rules-editor" data-testid="alert-rules">
      <h3>{L.rules}</h3>
      {rules.error ? <LoadError error={rules.error} onRetry={rules.reload} /> : !rules.data ? <Loading /> : null}
      {rules.data?.length === 0 && <p class="card note">{L.noRules}</p>}
      {!!rules.data?.length && (
        <DataTable headers={[L.name, L.kind, L.where, L.params, L.notices, L.emailLanguage, L.actions]} testId="alert-rule-table">
          {rules.data.map((r) => (
            <tr key={r.id} data-testid="alert-rule">
              <td>
                <strong>{r.name}</strong>
                {r.updatedAt !== r.createdAt && (
                  <div class="muted small-text" data-testid="alert-rule-changed">
                    {L.changedOn(formatWhen(r.updatedAt))}
                  </div>
                )}
              </td>
              <td>{KIND_LABELS[r.params.kind]}</td>
              <td>{where(r)}</td>
              <td>
                {paramsText(r.params)}
                {r.judgement.state !== 'judging' && (
                  <div class="muted small-text" data-testid="alert-rule-judgement">
                    {judgementText(r.judgement)}
                  </div>
                )}
              </td>
              <td>
                {[L.onlyDashboard, ...(r.notifyEmail ? [L.emailAnd] : []), ...(r.webhookId ? [webhooks.data?.find((w) => w.id === r.webhookId)?.name ?? L.webhook] : [])].join(' + ')}
                {r.notifyEmail && (
                  // Whom the e-mail reaches now; nobody is said plainly, or it would go nowhere without a word.
                  <div class={r.emailRecipients === 0 ? 'field-problem' : 'muted small-text'} data-testid="alert-rule-recipients">
                    {r.emailRecipients === 0 ? L.emailNobody : L.emailTo(r.emailRecipients)}
                  </div>
                )}
              </td>
              <td data-testid="alert-rule-language">
                <LanguageName language={r.language} />
              </td>
              <td class="row-actions">
                {/* Named after its rule: a screen reader's list of buttons says which rule each one edits. */}
                <button type="button" data-testid="alert-rule-edit" ref={editing.buttonRef(r.id)} aria-label={L.editRule(r.name)} onClick={() => editing.edit(r)}>
                  {L.edit}
                </button>
                <ConfirmButton
                  label={L.delete}
                  question={L.confirmDelete(r.name)}
                  testId="alert-rule-delete"
                  onConfirm={async () => {
                    await deleteRule(r.id);
                    // Its form would save a rule that is gone.
                    if (editing.item?.id === r.id) editing.close();
                    rules.reload();
                  }}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <RuleForm
        key={editing.item?.id ?? 'new'}
        administrationId={administrationId}
        rule={editing.item}
        offices={offices.data ?? []}
        services={services.data ?? []}
        webhooks={webhooks.data ?? []}
        emailOn={delivery.data ? delivery.data.email : null}
        headingRef={editing.headingRef}
        onSaved={() => {
          if (editing.item) editing.close();
          rules.reload();
        }}
        onCancel={editing.item ? editing.close : undefined}
      />
    </section>
  );
}

/** Why a rule does not judge now, in words. */
function judgementText(j: Exclude<ListedAlertRule['judgement'], { state: 'judging' }>): string {
  switch (j.state) {
    case 'too-few-votes':
      return L.waitingVotes(j.votes, j.needed);
    case 'no-standard':
      return L.noStandard;
    case 'no-opening-hours':
      return L.noOpeningHours;
    case 'archived':
      return L.archivedTarget[j.what];
  }
}
