// The form of an alert rule: a new one, or an existing one filled with its values, saved as the settings changed (PATCH, with the version read), with a cancel.
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { ALERT_KINDS, type AlertKind } from '../../../server/contract/alert-kinds';
import type { AlertParams, AlertRule } from '../../../server/contract/alerts';
import type { Webhook } from '../../../server/contract/delivery';
import { AUDIT } from '../admin/audit-labels';
import { changedFields, differences, type ShownField } from '../admin/differences';
import { S } from '../admin/stale-labels';
import { isStale, StaleNotice } from '../admin/stale-notice';
import { useFreshCopy } from '../admin/use-fresh-copy';
import { EmailLanguageField } from '../components/email-language-field';
import { Field, FormError, NamedOptions, TextField } from '../components/form-field';
import { LANGUAGE, LANGUAGE_CHOICES, type DashboardLanguage } from '../i18n/locale';
import { useSave } from '../use-save';
import { KIND_HINTS, KIND_LABELS, L } from './alert-labels';
import { changeRule, createRule, listRules } from './alerts-api';
import { paramsText } from './rule-text';

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

/** A rule's thresholds as the number fields hold them. */
const valuesOf = ({ kind: _kind, ...numbers }: AlertParams): Record<string, string> => Object.fromEntries(Object.entries(numbers).map(([k, v]) => [k, String(v)]));

/** Offices and services to choose from: the live ones, and the rule's own even if archived since, so the form shows what the rule names. */
const choices = <T extends { id: string; name: string; archivedAt: string | null }>(items: readonly T[], own: string | null | undefined) => items.filter((x) => x.archivedAt === null || x.id === own);

const SETTINGS = ['name', 'officeId', 'serviceId', 'params', 'notifyEmail', 'webhookId', 'language'] as const;

/** An office, service or webhook by name; none as the form's own words for none. */
const nameIn = (items: readonly { id: string; name: string }[], id: string | null, none: string) => (id === null ? none : (items.find((x) => x.id === id)?.name ?? id));

/** The rule's settings as the stale notice names them: offices, services and webhooks by name. */
function shown(p: Pick<Props, 'offices' | 'services' | 'webhooks'>): readonly ShownField<AlertRule>[] {
  return [
    { key: 'name', label: L.name, show: String },
    { key: 'officeId', label: L.office, show: (v) => nameIn(p.offices, v, L.noOffice) },
    { key: 'serviceId', label: L.service, show: (v) => nameIn(p.services, v, L.anyService) },
    { key: 'params', label: AUDIT.thresholds, show: (v) => `${KIND_LABELS[v.kind]}: ${paramsText(v)}` },
    { key: 'notifyEmail', label: AUDIT.notifyEmail, show: (v) => (v ? AUDIT.yes : AUDIT.no) },
    { key: 'webhookId', label: L.webhook, show: (v) => nameIn(p.webhooks, v, L.noWebhook) },
    { key: 'language', label: L.emailLanguage, show: (v) => LANGUAGE_CHOICES.find((l) => l.id === v)?.name ?? v },
  ];
}
interface Props {
  administrationId: string;
  /** The rule edited; absent: a new rule. */
  rule?: AlertRule;
  offices: readonly { id: string; name: string; archivedAt: string | null }[];
  services: readonly { id: string; name: string; archivedAt: string | null }[];
  webhooks: readonly Webhook[];
  /** Whether the collector can send e-mail; null while not known yet. */
  emailOn: boolean | null;
  /** The heading's ref: editing moves the focus there. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** After a save: a new rule was created, or the rule changed. */
  onSaved: () => void;
  /** Editing only: closes the form without saving. */
  onCancel?: () => void;
}

export function RuleForm({ administrationId, rule, offices, services, webhooks, emailOn, headingRef, onSaved, onCancel }: Props) {
  const [kind, setKind] = useState<AlertKind>(rule?.params.kind ?? 'negative-share');
  const [name, setName] = useState(rule?.name ?? '');
  const [officeId, setOfficeId] = useState(rule?.officeId ?? '');
  const [serviceId, setServiceId] = useState(rule?.serviceId ?? '');
  const [values, setValues] = useState<Record<string, string>>(rule ? valuesOf(rule.params) : DEFAULTS['negative-share']);
  const [notifyEmail, setNotifyEmail] = useState(rule?.notifyEmail ?? false);
  const [webhookId, setWebhookId] = useState(rule?.webhookId ?? '');
  // The e-mails' language: the dashboard's own unless chosen otherwise (the recipients are addresses, not readers with a language).
  const [language, setLanguage] = useState<DashboardLanguage>(rule?.language ?? LANGUAGE);
  const save = useSave();
  const fresh = useFreshCopy(rule, async () => {
    const stored = (await listRules(administrationId)).find((r) => r.id === rule!.id);
    if (!stored) throw new Error(S.ruleGone);
    return stored;
  });

  const submit = (e: Event) => {
    e.preventDefault();
    const params = { kind, ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)])) } as AlertParams;
    const input = { name: name.trim(), officeId: officeId || null, serviceId: serviceId || null, params, notifyEmail, webhookId: webhookId || null, language };
    void save.run(async () => {
      // Only the settings changed from the rule as opened (the thresholds whole when any of them or the kind changed):
      // a colleague's change to the others stays; one made since the version read is refused as stale.
      if (rule) {
        const change = changedFields(rule, input, SETTINGS);
        if (Object.keys(change).length > 0) await changeRule(rule.id, { ...change, version: fresh.version });
      } else {
        await createRule(administrationId, input);
        setName('');
      }
      onSaved();
    });
  };
  const title = rule ? L.editRule(rule.name) : L.newRule;

  return (
    <form class="card rule-form" onSubmit={submit} data-testid="alert-rule-form" aria-labelledby="rule-form-title">
      <h4 id="rule-form-title" tabIndex={-1} ref={headingRef} data-testid="rule-form-title">
        {title}
      </h4>
      {rule && <p class="muted">{L.editNote}</p>}
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
              // Back to the rule's own kind: its own thresholds, not the defaults.
              setValues(rule && next === rule.params.kind ? valuesOf(rule.params) : DEFAULTS[next]);
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
            <NamedOptions items={choices(offices, rule?.officeId)} />
          </select>
        </Field>
        <Field id="rule-service" label={L.service} problem={save.problem('/serviceId')}>
          <select id="rule-service" data-testid="rule-service" value={serviceId} onChange={(e) => setServiceId(e.currentTarget.value)}>
            <option value="">{L.anyService}</option>
            <NamedOptions items={choices(services, rule?.serviceId)} />
          </select>
        </Field>
        {FIELDS[kind].map((f) => (
          <TextField key={f} id={`rule-${f}`} testId={`rule-${f}`} type="number" label={L[f] as string} value={values[f] ?? ''} onInput={(v) => setValues((s) => ({ ...s, [f]: v }))} required problem={save.problem(`/params/${f}`)} />
        ))}
        <Field id="rule-webhook" label={L.webhook} problem={save.problem('/webhookId')}>
          <select id="rule-webhook" data-testid="rule-webhook" value={webhookId} onChange={(e) => setWebhookId(e.currentTarget.value)}>
            <option value="">{L.noWebhook}</option>
            <NamedOptions items={webhooks} />
          </select>
        </Field>
        <EmailLanguageField id="rule-language" label={L.emailLanguage} value={language} onChange={setLanguage} problem={save.problem('/language')} />
      </div>
      <label class="check">
        {/* Off while the collector sends no e-mail, unless the rule already asks for it: unticking must stay possible. */}
        <input
          type="checkbox"
          data-testid="rule-email"
          checked={notifyEmail}
          disabled={emailOn === false && !notifyEmail}
          aria-describedby={emailOn === false ? 'rule-email-off' : undefined}
          onChange={(e) => setNotifyEmail(e.currentTarget.checked)}
        />
        {L.notifyEmail}
      </label>
      {emailOn === false && (
        <p class="muted small" id="rule-email-off" data-testid="rule-email-off">
          {L.emailOffHint}
        </p>
      )}
      <div class="toolbar">
        <button type="submit" class="primary" data-testid="rule-save" disabled={save.busy}>
          {save.busy ? L.saving : rule ? L.saveChanges : L.save}
        </button>
        {onCancel && (
          <button type="button" data-testid="rule-cancel" onClick={onCancel}>
            {L.cancel}
          </button>
        )}
      </div>
      {isStale(save.error) ? (
        <StaleNotice what="rule" error={save.error} fresh={fresh} theirs={rule && fresh.theirs && differences(rule, fresh.theirs, shown({ offices, services, webhooks }))} testId="rule-stale" />
      ) : (
        <FormError error={save.error} fields={['/name', '/officeId', '/serviceId', '/webhookId', '/params', '/language']} testId="rule-error" />
      )}
    </form>
  );
}
