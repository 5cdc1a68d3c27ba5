// The language an alert rule's or a subscription's e-mails are written in: a labelled select in its form, a name in its list; each language named in itself.
import { LANGUAGE_CHOICES, type DashboardLanguage } from '../i18n/locale';
import { Field } from './form-field';

interface Props {
  /** The select's id and test id; its label is bound to it. */
  id: string;
  label: string;
  value: DashboardLanguage;
  onChange: (language: DashboardLanguage) => void;
  problem?: string;
}

export function EmailLanguageField({ id, label, value, onChange, problem }: Props) {
  return (
    <Field id={id} label={label} problem={problem}>
      <select id={id} data-testid={id} value={value} onChange={(e) => onChange(e.currentTarget.value as DashboardLanguage)} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-note` : undefined}>
        {LANGUAGE_CHOICES.map((l) => (
          <option key={l.id} value={l.id} lang={l.id}>
            {l.name}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A stored language as a list shows it: its own name, marked as that language for screen readers. */
export function LanguageName({ language }: { language: DashboardLanguage }) {
  return <span lang={language}>{LANGUAGE_CHOICES.find((l) => l.id === language)?.name ?? language}</span>;
}
