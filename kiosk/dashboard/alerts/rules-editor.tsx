// The rules editor (admins): an administration's rules with their thresholds, a form for a new one, deleting one.
import { useState } from 'preact/hooks';
import { ALERT_KINDS, type AlertKind } from '../../../server/contract/alert-kinds';
import type { AlertParams, AlertRule } from '../../../server/contract/alerts';
import { listOffices, listServices } from '../admin-api';
import { ConfirmButton } from '../admin/confirm-button';
import { DataTable, Loading, LoadError } from '../admin/list-parts';
import { useLoad } from '../admin/use-load';
import { EmailLanguageField, LanguageName } from '../components/email-language-field';
import { Field, FormError, NamedOptions, TextField } from '../components/form-field';
import { LANGUAGE, type DashboardLanguage } from '../i18n/locale';
import { useSave } from '../use-save';
import { KIND_HINTS, KIND_LABELS, L } from './alert-labels';
import { createRule, deleteRule, listRules, listWebhooks } from './alerts-api';
import { RULE_SUMMARY } from './rule-summary-labels';

/** The thresholds of a rule as one line. */
function paramsText(p: AlertParams): string {
  switch (p.kind) {
    case 'negative-share':
      return RULE_SUMMARY[p.kind](p);
    case 'low-index':
      return RULE_SUMMARY[p.kind](p);
    case 'silence':
      return RULE_SUMMARY[p.kind](p);
    case 'charter-at-risk':
      return RULE_SUMMARY[p.kind](p);
  }
}

const DEFAULTS: Record<AlertKind, Record<string, string>> = {
  'negative-share': { lastVotes: '30', openAbovePct: '30', closeBelowPct: '20' },
  'low-index': { windowHours: '24', minVotes: '20', openBelow: '60', closeAbove: '70' },
  silence: { hours: '2' },
  'charter-at-risk': { minVotes: '30' },
};
const FIELDS: Record<AlertKind, readonly (keyof typeof L)[]> = {
  'negative-share': ['lastVotes', 'openAbovePct', 'closeBelowPct'],
  'low-index': ['windowHours', 'minVotes', 'openBelow', 'closeAbove'],
  silence: ['hours'],
  'charter-at-risk': ['minVotes'],
};

export function RulesEditor({ administrationId }: { administrationId: string }) {
  const rules = useLoad((signal) => listRules(administrationId, signal), `rules:${administrationId}`);
  const offices = useLoad((signal) => listOffices(administrationId, signal), `offices:${administrationId}`);
  const services = useLoad((signal) => listServices(administrationId, signal), `services:${administrationId}`);
  const webhooks = useLoad((signal) => listWebhooks(administrationId, signal), `webhooks:${administrationId}`);
  const [kind, setKind] = useState<AlertKind>('negative-share');
  const [name, setName] = useState('');
  const [officeId, setOfficeId] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [values, setValues] = useState<Record<string, string>>(DEFAULTS['negative-share']);
  const [notifyEmail, setNotifyEmail] = useState(false);
  const [webhookId, setWebhookId] = useState('');
  // The e-mails' language: the dashboard's own unless chosen otherwise (the recipients are addresses, not readers with a language).
  const [language, setLanguage] = useState<DashboardLanguage>(LANGUAGE);
  const save = useSave();

  const liveOffices = (offices.data ?? []).filter((o) => o.archivedAt === null);
  const liveServices = (services.data ?? []).filter((s) => s.archivedAt === null);
  const submit = (e: Event) => {
    e.preventDefault();
    const params = { kind, ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)])) } as AlertParams;
    void save.run(async () => {
      await createRule(administrationId, { name: name.trim(), officeId: officeId || null, serviceId: serviceId || null, params, notifyEmail, webhookId: webhookId || null, language });
      setName('');
      rules.reload();
    });
  };
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
              </td>
              <td>{KIND_LABELS[r.params.kind]}</td>
              <td>{where(r)}</td>
              <td>{paramsText(r.params)}</td>
              <td>{[L.onlyDashboard, ...(r.notifyEmail ? [L.emailAnd] : []), ...(r.webhookId ? [webhooks.data?.find((w) => w.id === r.webhookId)?.name ?? L.webhook] : [])].join(' + ')}</td>
              <td data-testid="alert-rule-language">
                <LanguageName language={r.language} />
              </td>
              <td class="row-actions">
                <ConfirmButton label={L.delete} question={L.confirmDelete(r.name)} testId="alert-rule-delete" onConfirm={async () => (await deleteRule(r.id), rules.reload())} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <form class="card rule-form" onSubmit={submit} data-testid="alert-rule-form">
        <h4>{L.newRule}</h4>
        <div class="rule-grid">
          <TextField id="rule-name" testId="rule-name" label={L.name} value={name} onInput={setName} required maxLength={120} problem={save.problem('/name')} />
          <Field id="rule-kind" label={L.kind} hint={KIND_HINTS[kind]}>
            <select
              id="rule-kind"
              data-testid="rule-kind"
              value={kind}
              aria-describedby="rule-kind-note"
              onChange={(e) => {
                const next = e.currentTarget.value as AlertKind;
                setKind(next);
                setValues(DEFAULTS[next]);
              }}
            >
              {ALERT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="rule-office" label={L.office} problem={save.problem('/officeId')}>
            <select id="rule-office" data-testid="rule-office" value={officeId} onChange={(e) => setOfficeId(e.currentTarget.value)}>
              <option value="">{L.noOffice}</option>
              <NamedOptions items={liveOffices} />
            </select>
          </Field>
          <Field id="rule-service" label={L.service} problem={save.problem('/serviceId')}>
            <select id="rule-service" data-testid="rule-service" value={serviceId} onChange={(e) => setServiceId(e.currentTarget.value)}>
              <option value="">{L.anyService}</option>
              <NamedOptions items={liveServices} />
            </select>
          </Field>
          {FIELDS[kind].map((f) => (
            <TextField key={f} id={`rule-${f}`} testId={`rule-${f}`} type="number" label={L[f] as string} value={values[f] ?? ''} onInput={(v) => setValues((s) => ({ ...s, [f]: v }))} required problem={save.problem(`/params/${f}`)} />
          ))}
          <Field id="rule-webhook" label={L.webhook} problem={save.problem('/webhookId')}>
            <select id="rule-webhook" data-testid="rule-webhook" value={webhookId} onChange={(e) => setWebhookId(e.currentTarget.value)}>
              <option value="">{L.noWebhook}</option>
              <NamedOptions items={webhooks.data ?? []} />
            </select>
          </Field>
          <EmailLanguageField id="rule-language" label={L.emailLanguage} value={language} onChange={setLanguage} problem={save.problem('/language')} />
        </div>
        <label class="check">
          <input type="checkbox" data-testid="rule-email" checked={notifyEmail} onChange={(e) => setNotifyEmail(e.currentTarget.checked)} />
          {L.notifyEmail}
        </label>
        <div class="toolbar">
          <button type="submit" class="primary" data-testid="rule-save" disabled={save.busy}>
            {save.busy ? L.saving : L.save}
          </button>
        </div>
        <FormError error={save.error} fields={['/name', '/officeId', '/serviceId', '/webhookId', '/params', '/language']} testId="rule-error" />
      </form>
    </section>
  );
}
