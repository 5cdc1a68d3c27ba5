// The form that subscribes someone to a report: the report (an office's or an administration's), the frequency, and for admins the person.
import { useState } from 'preact/hooks';
import type { Frequency } from '../../../server/contract/subscription-paths';
import { EmailLanguageField } from '../components/email-language-field';
import { Field, FormError } from '../components/form-field';
import { LANGUAGE, type DashboardLanguage } from '../i18n/locale';
import { useSave } from '../use-save';
import { FrequencyField } from './frequency-field';
import { E } from './subscription-labels';
import { parseTarget, targetValue, type ReportTarget } from './subscriptions-api';

interface Props {
  id: string;
  reports: readonly ReportTarget[];
  /** Admins pick the person; absent: the signed-in person subscribes. */
  people?: readonly { id: string; name: string }[];
  submitLabel: string;
  onSubmit: (target: Pick<ReportTarget, 'kind' | 'id'>, frequency: Frequency, language: DashboardLanguage, userId: string | null) => Promise<unknown>;
}

export function SubscribeForm({ id, reports, people, submitLabel, onSubmit }: Props) {
  const [report, setReport] = useState(reports[0] ? targetValue(reports[0]) : '');
  const [frequency, setFrequency] = useState<Frequency>('weekly');
  const [person, setPerson] = useState('');
  // The e-mail's and its PDF's language: the dashboard's own unless chosen otherwise.
  const [language, setLanguage] = useState<DashboardLanguage>(LANGUAGE);
  const save = useSave();
  const submit = (e: Event) => {
    e.preventDefault();
    const target = parseTarget(report);
    if (!target) return;
    void save.run(() => onSubmit(target, frequency, language, people ? person : null));
  };
  return (
    <form class="card inline-form subscribe-form" onSubmit={submit} data-testid={`${id}-form`}>
      {people && (
        <Field id={`${id}-person`} label={E.person} problem={save.problem('/userId')}>
          <select id={`${id}-person`} data-testid={`${id}-person`} value={person} required onChange={(e) => setPerson(e.currentTarget.value)} aria-describedby={save.problem('/userId') ? `${id}-person-note` : undefined}>
            <option value="">{E.choose}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field id={`${id}-report`} label={E.report} problem={save.problem('/officeId') ?? save.problem('/administrationId')}>
        <select id={`${id}-report`} data-testid={`${id}-report`} value={report} onChange={(e) => setReport(e.currentTarget.value)}>
          {groupsOf(reports).map(([group, items]) =>
            group === null ? (
              items.map((r) => <ReportOption key={targetValue(r)} report={r} />)
            ) : (
              <optgroup key={group} label={group}>
                {items.map((r) => (
                  <ReportOption key={targetValue(r)} report={r} />
                ))}
              </optgroup>
            ),
          )}
        </select>
      </Field>
      <FrequencyField id={`${id}-frequency`} value={frequency} onChange={setFrequency} problem={save.problem('/frequency')} />
      <EmailLanguageField id={`${id}-language`} label={E.emailLanguage} value={language} onChange={setLanguage} problem={save.problem('/language')} />
      <button type="submit" class="primary" data-testid={`${id}-submit`} disabled={save.busy || !report}>
        {save.busy ? E.subscribing : submitLabel}
      </button>
      <FormError error={save.error} fields={['/userId', '/officeId', '/administrationId', '/frequency', '/language']} testId={`${id}-error`} />
    </form>
  );
}

function ReportOption({ report }: { report: ReportTarget }) {
  return <option value={targetValue(report)}>{report.name}</option>;
}

/**
 * The reports under their administration, each administration's report first, when they belong to
 * more than one (a consortium's IT staff: hundreds of offices, the same office names in many comuni);
 * one list as they come otherwise.
 */
export function groupsOf(reports: readonly ReportTarget[]): [string | null, ReportTarget[]][] {
  const groups = new Map<string, ReportTarget[]>();
  for (const r of reports) groups.set(r.group ?? '', [...(groups.get(r.group ?? '') ?? []), r]);
  if (groups.size < 2) return [[null, [...reports]]];
  return [...groups].map(([group, items]) => [group || null, [...items].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'administration' ? -1 : 1))]);
}
